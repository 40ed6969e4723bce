"""Build the synthetic warehouse inventory table with stock-out risk labels.

Run from the repository root:

    python datasets/inventory/make.py

Writes datasets/inventory/inventory.csv: one row per SKU (a product stocked in
one warehouse of a fictional distribution network). All product names,
suppliers and numbers are invented. The label `risk` comes from the
deterministic rule in `risk_rule()` below; then about 3% of labels are moved
to a neighbouring class to simulate human judgement noise (the flipped SKUs
are printed and listed in README.md, not stored in a column).

Standard library only; deterministic (random.Random(20261123)).
"""

from __future__ import annotations

import csv
import math
import os
import random
import unicodedata
from fractions import Fraction

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inventory.csv")

N_ROWS = 440          # SKUs to keep out of all product x warehouse pairs
FLIP_FRACTION = 0.03  # share of labels moved to a neighbouring class

COLUMNS = (["sku", "product_name", "category", "warehouse", "supplier", "stock_on_hand", "reorder_point",
            "lead_time_days", "supplier_on_time_rate", "unit_cost_vnd"]
           + [f"demand_w{i}" for i in range(1, 9)] + ["risk", "risk_reason"])

# rule thresholds (documented in README.md)
RISING_RATIO = Fraction(13, 10)     # last 4 weeks >= 1.3 x previous 4 weeks
UNRELIABLE_RATE = Fraction(80, 100)  # supplier on-time rate below 0.80

# ---------------------------------------------------------------------------
# authored catalogue
# ---------------------------------------------------------------------------

WAREHOUSES = {
    # name: (demand scale, extra lead-time days)
    "Bình Dương": (1.25, 0),
    "Long An": (0.85, 1),
    "Bắc Ninh": (1.0, 1),
    "Đà Nẵng": (0.7, 3),
}

# category: (weekly demand range per warehouse, lead-time range in days, suppliers with base on-time rate)
CATEGORIES = {
    "Thực phẩm khô": ((60, 400), (3, 10), [
        ("Công ty TNHH Nông sản Đồng Xanh", 0.95),
        ("Công ty CP Thực phẩm Hương Quê Việt", 0.87),
        ("Công ty TNHH Thương mại Phú An Khang", 0.76)]),
    "Đồ uống": ((80, 500), (3, 8), [
        ("Công ty CP Nước giải khát Suối Mát", 0.93),
        ("Công ty TNHH Đồ uống Sông Trà", 0.85),
        ("Công ty TNHH Phân phối Minh Lộc Phát", 0.73)]),
    "Gia dụng": ((8, 80), (7, 21), [
        ("Công ty TNHH Gia dụng Nhà Xinh Việt", 0.90),
        ("Công ty CP Inox Thành Đạt Hưng", 0.81),
        ("Công ty TNHH Hàng gia dụng Trong Lành", 0.94)]),
    "Điện tử": ((5, 60), (14, 35), [
        ("Công ty TNHH Linh kiện Tín Quang", 0.82),
        ("Công ty CP Công nghệ Sao Bắc Đẩu", 0.88),
        ("Công ty TNHH Nhập khẩu Hải Đăng Xanh", 0.71)]),
    "Chăm sóc cá nhân": ((30, 250), (5, 14), [
        ("Công ty CP Mỹ phẩm Hoa Cỏ Nội", 0.92),
        ("Công ty TNHH Hóa mỹ phẩm An Nhiên", 0.84),
        ("Công ty TNHH Vệ sinh Tiện Lợi", 0.89)]),
    "Văn phòng phẩm": ((20, 200), (3, 10), [
        ("Công ty TNHH Văn phòng phẩm Bút Việt", 0.96),
        ("Công ty CP Giấy Trúc Xanh", 0.86),
        ("Công ty TNHH Thiết bị Văn phòng Đại Lộc", 0.78)]),
}

# category: [(product name, unit cost in VND)]
PRODUCTS = {
    "Thực phẩm khô": [
        ("Gạo ST25 túi 5kg", 165000), ("Mì ăn liền vị tôm chua cay (thùng 30 gói)", 98000),
        ("Nước mắm Phú Quốc 500ml", 42000), ("Dầu ăn đậu nành 1 lít", 48000),
        ("Đường cát trắng 1kg", 24000), ("Hạt nêm rau củ 400g", 36000),
        ("Bún khô 500g", 18000), ("Hạt điều rang muối 250g", 95000),
        ("Bánh quy bơ hộp 400g", 62000), ("Muối i-ốt 500g", 6000),
        ("Nước tương đậu nành 500ml", 21000), ("Miến dong 200g", 19000),
        ("Tiêu đen xay 100g", 28000), ("Sữa đặc có đường 380g", 23000),
        ("Gạo nếp cái hoa vàng 2kg", 70000), ("Phở khô 500g", 22000),
        ("Cá mòi sốt cà chua hộp 155g", 19000), ("Đậu xanh cà vỏ 500g", 27000),
        ("Rong biển sấy giòn (gói 10 lá)", 25000), ("Bột chiên giòn 1kg", 34000),
    ],
    "Đồ uống": [
        ("Nước khoáng thiên nhiên 500ml (thùng 24 chai)", 96000), ("Trà xanh đóng chai 450ml (thùng 24 chai)", 168000),
        ("Cà phê sữa hòa tan (hộp 10 gói)", 45000), ("Nước tăng lực lon 250ml (thùng 24 lon)", 210000),
        ("Sữa tươi tiệt trùng 1 lít", 31000), ("Nước ép cam 1 lít", 39000),
        ("Trà túi lọc hoa nhài (hộp 25 gói)", 29000), ("Nước dừa đóng hộp 330ml", 14000),
        ("Sữa đậu nành hộp 200ml (lốc 6 hộp)", 33000), ("Cà phê hạt Robusta 1kg", 210000),
        ("Nước ngọt có ga lon 330ml (thùng 24 lon)", 175000), ("Trà sữa hòa tan (hộp 8 gói)", 52000),
        ("Nước tinh khiết bình 19 lít", 52000), ("Cà phê rang xay 500g", 115000),
        ("Sữa chua uống chai 180ml (lốc 4 chai)", 26000), ("Nước yến đóng lon 240ml (lốc 6 lon)", 72000),
        ("Trà ô long đóng chai 450ml", 9000), ("Bột ca cao hòa tan 350g", 68000),
        ("Nước chanh dây đóng chai 350ml", 11000), ("Trà gừng mật ong (hộp 20 gói)", 41000),
    ],
    "Gia dụng": [
        ("Nồi cơm điện 1,8 lít", 690000), ("Chảo chống dính 26cm", 245000),
        ("Bộ nồi inox 3 chiếc", 520000), ("Ấm siêu tốc 1,7 lít", 285000),
        ("Quạt đứng 3 cánh", 460000), ("Bình giữ nhiệt 500ml", 155000),
        ("Bộ hộp thủy tinh đựng thực phẩm (3 hộp)", 189000), ("Bộ chổi lau nhà xoay 360 độ", 235000),
        ("Móc phơi quần áo nhựa (bộ 10 cái)", 32000), ("Thùng rác đạp chân 12 lít", 115000),
        ("Nước rửa chén hương chanh 750ml", 27000), ("Nước giặt đậm đặc 3,6kg", 145000),
        ("Khăn giấy rút (lốc 3 gói)", 39000), ("Thớt gỗ tràm 30cm", 85000),
        ("Bộ dao bếp inox 3 chiếc", 210000), ("Giá phơi đồ inox gấp gọn", 390000),
        ("Bình đựng nước thủy tinh 1,5 lít", 75000), ("Nước lau sàn hương quế 1 lít", 32000),
        ("Túi đựng rác tự hủy (cuộn 30 túi)", 18000), ("Đèn bàn LED chống cận", 265000),
    ],
    "Điện tử": [
        ("Tai nghe Bluetooth không dây", 320000), ("Sạc dự phòng 10.000mAh", 280000),
        ("Cáp sạc USB-C 1m", 45000), ("Củ sạc nhanh 20W", 120000),
        ("Chuột không dây", 135000), ("Bàn phím có dây", 165000),
        ("Loa Bluetooth mini", 290000), ("Ổ cắm điện đa năng 6 lỗ", 98000),
        ("Bóng đèn LED 9W", 29000), ("Pin tiểu AA (vỉ 4 viên)", 24000),
        ("Thẻ nhớ microSD 64GB", 115000), ("USB lưu trữ 32GB", 89000),
        ("Camera an ninh Wi-Fi trong nhà", 540000), ("Bộ phát Wi-Fi băng tần kép", 450000),
        ("Tai nghe có dây jack 3,5mm", 65000), ("Giá đỡ điện thoại để bàn", 55000),
        ("Bàn là hơi nước cầm tay", 390000), ("Máy sấy tóc 1200W", 255000),
        ("Đèn pin sạc LED", 110000), ("Ổ cứng di động 1TB", 1250000),
    ],
    "Chăm sóc cá nhân": [
        ("Dầu gội thảo dược 650ml", 115000), ("Sữa tắm hương sen 900g", 135000),
        ("Kem đánh răng bạc hà 180g", 32000), ("Bàn chải đánh răng lông mềm (vỉ 2 cây)", 28000),
        ("Sữa rửa mặt nghệ 100g", 59000), ("Kem chống nắng SPF50 50ml", 185000),
        ("Lăn khử mùi 50ml", 62000), ("Dao cạo râu (vỉ 3 cây)", 35000),
        ("Nước súc miệng 500ml", 68000), ("Khẩu trang y tế (hộp 50 cái)", 38000),
        ("Giấy vệ sinh (lốc 10 cuộn)", 72000), ("Xà phòng cục 90g", 14000),
        ("Dầu xả bưởi 500ml", 98000), ("Khăn ướt không mùi (gói 80 tờ)", 29000),
        ("Nước rửa tay diệt khuẩn 500ml", 55000), ("Tăm bông (hộp 200 que)", 17000),
        ("Dầu dừa nguyên chất 250ml", 75000), ("Son dưỡng môi 4g", 45000),
        ("Nước tẩy trang 400ml", 125000), ("Bông tẩy trang (túi 120 miếng)", 27000),
    ],
    "Văn phòng phẩm": [
        ("Giấy in A4 70gsm (ram 500 tờ)", 68000), ("Bút bi xanh (hộp 20 cây)", 52000),
        ("Vở kẻ ngang 200 trang", 16000), ("Bìa hồ sơ nhựa (xấp 10 cái)", 35000),
        ("Kim bấm số 10 (hộp 1000 kim)", 6000), ("Dập ghim cỡ trung", 45000),
        ("Băng keo trong 5cm", 12000), ("Bút dạ quang (bộ 5 màu)", 39000),
        ("Sổ tay bìa da A5", 75000), ("Máy tính bỏ túi 12 số", 165000),
        ("Kéo văn phòng 20cm", 22000), ("Hồ dán nước 30ml", 5000),
        ("Giấy nhớ 76x76mm (xấp 100 tờ)", 11000), ("Bút chì gỗ 2B (hộp 12 cây)", 30000),
        ("Thước kẻ nhựa 30cm", 7000), ("Bảng trắng mini 40x60cm", 120000),
        ("Bút lông bảng trắng (hộp 10 cây)", 65000), ("Kẹp giấy 32mm (hộp 100 cái)", 9000),
        ("File càng cua A4 7cm", 48000), ("Phong bì trắng A5 (xấp 50 cái)", 26000),
    ],
}

# ---------------------------------------------------------------------------
# the labelling rule
# ---------------------------------------------------------------------------


def _floor1(x: Fraction) -> str:
    """Floor to one decimal, Vietnamese decimal comma (e.g. 4,7)."""
    v = math.floor(x * 10) / 10
    s = f"{v:.1f}".replace(".", ",")
    return s[:-2] if s.endswith(",0") else s


def _days(x: Fraction) -> str:
    return str(math.floor(x)) if x >= 10 else _floor1(x)


def risk_rule(row) -> tuple[str, str]:
    """Deterministic stock-out risk label and a short Vietnamese reason.

    Inputs (strings from the CSV or numbers): stock_on_hand, lead_time_days,
    supplier_on_time_rate, demand_w1 … demand_w8 (w8 = most recent week).

      recent  = demand_w5 + … + demand_w8      (last 4 weeks)
      prev    = demand_w1 + … + demand_w4      (previous 4 weeks)
      cover   = stock_on_hand / (recent / 28)  days of cover
      L       = lead_time_days
      rising  = recent >= 1.3 × prev  (or prev = 0 and recent > 0)
      unreliable = supplier_on_time_rate < 0.80

      cao         if cover < L
                  or (cover < 1.5·L and (rising or unreliable))
      trung bình  elif cover < 2·L
                  or (cover < 3·L and (rising or unreliable))
      thấp        otherwise (including recent = 0: no demand, no cover limit)

    Exact rational arithmetic (fractions.Fraction) is used so the label is the
    same on every machine.
    """
    stock = int(row["stock_on_hand"])
    lead = int(row["lead_time_days"])
    rate = Fraction(str(row["supplier_on_time_rate"]))
    d = [int(row[f"demand_w{i}"]) for i in range(1, 9)]
    prev, recent = sum(d[:4]), sum(d[4:])

    if recent == 0:
        return "thấp", f"Không bán được đơn vị nào trong 4 tuần gần đây; tồn kho {stock} đơn vị chưa có nguy cơ thiếu hàng"

    cover = Fraction(stock * 28, recent)
    rising = recent * RISING_RATIO.denominator >= prev * RISING_RATIO.numerator if prev > 0 else True
    unreliable = rate < UNRELIABLE_RATE
    rate_pct = round(float(rate) * 100)

    if prev > 0:
        change = Fraction(recent - prev, prev) * 100
        rise_txt = f"nhu cầu 4 tuần gần đây tăng {math.floor(change)}% so với 4 tuần trước"
    else:
        change = None
        rise_txt = "nhu cầu 4 tuần gần đây tăng đột biến sau 4 tuần không bán được"
    unrel_txt = f"nhà cung cấp chỉ giao đúng hạn {rate_pct}% số đơn"
    factors = [t for t, on in ((rise_txt, rising), (unrel_txt, unreliable)) if on]
    factor_txt = " và ".join(factors)

    if stock == 0:
        cover_txt = "Đã hết hàng (tồn kho bằng 0)"
    else:
        cover_txt = f"Tồn kho chỉ đủ {_days(cover)} ngày"

    if cover < lead:
        reason = f"{cover_txt} trong khi thời gian nhập hàng là {lead} ngày"
        if factors:
            reason += f"; ngoài ra {factor_txt}"
        return "cao", reason
    if cover * 2 < lead * 3 and factors:
        return "cao", (f"Tồn kho đủ {_days(cover)} ngày, chỉ nhỉnh hơn thời gian nhập hàng {lead} ngày, "
                       f"trong khi {factor_txt}")
    if cover < 2 * lead:
        return "trung bình", (f"Tồn kho đủ {_days(cover)} ngày, chưa bằng 2 lần thời gian nhập hàng "
                              f"({lead} ngày)")
    if cover < 3 * lead and factors:
        return "trung bình", (f"Tồn kho đủ {_days(cover)} ngày (gấp {_floor1(cover / lead)} lần thời gian nhập hàng "
                              f"{lead} ngày) nhưng {factor_txt}")
    reason = f"Tồn kho đủ {_days(cover)} ngày, gấp {_floor1(cover / lead)} lần thời gian nhập hàng {lead} ngày"
    if change is not None and change <= -20:
        reason += f"; nhu cầu 4 tuần gần đây giảm {math.floor(-change)}%"
    return "thấp", reason


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

PATTERNS = [("ổn định", 0.42), ("tăng dần", 0.15), ("giảm dần", 0.15), ("đột biến", 0.14), ("mùa vụ", 0.14)]
NEIGHBOURS = {"cao": ["trung bình"], "thấp": ["trung bình"], "trung bình": ["cao", "thấp"]}


def weighted(r: random.Random, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def demand_series(r: random.Random, base: float) -> list[int]:
    pattern = weighted(r, PATTERNS)
    amp = r.uniform(0.03, 0.10)
    phase = r.uniform(0, 2 * math.pi)
    growth = 0.0
    spike_weeks, spike_mult = 0, 1.0
    if pattern == "tăng dần":
        growth = r.uniform(0.05, 0.12)
    elif pattern == "giảm dần":
        growth = -r.uniform(0.05, 0.11)
    elif pattern == "đột biến":
        spike_weeks, spike_mult = r.choice([1, 2, 3]), r.uniform(1.6, 2.8)
    elif pattern == "mùa vụ":
        amp = r.uniform(0.25, 0.40)
    out = []
    for w in range(8):
        level = base * (1 + growth) ** (w - 3.5)
        level *= 1 + amp * math.sin(2 * math.pi * w / 8 + phase)
        if w >= 8 - spike_weeks:
            level *= spike_mult
        level *= max(0.2, r.gauss(1.0, 0.12))
        out.append(max(0, round(level)))
    return out


def build():
    r = random.Random(SEED)
    combos = [(cat, name, cost, wh) for cat, items in PRODUCTS.items() for name, cost in items for wh in WAREHOUSES]
    chosen = sorted(r.sample(range(len(combos)), N_ROWS))
    # each product is bought from one supplier of its category
    product_supplier = {}
    product_base = {}
    for cat, items in PRODUCTS.items():
        lo, hi = CATEGORIES[cat][0]
        for name, _ in items:
            product_supplier[name] = r.choice(CATEGORIES[cat][2])
            product_base[name] = math.exp(r.uniform(math.log(lo), math.log(hi)))
    sku_numbers = r.sample(range(10000, 99999), N_ROWS)  # random order: SKU number carries no information
    rows = []
    for sku_no, idx in zip(sku_numbers, chosen):
        cat, name, cost, wh = combos[idx]
        scale, extra_lead = WAREHOUSES[wh]
        supplier, base_rate = product_supplier[name]
        base = product_base[name] * scale * math.exp(r.gauss(0, 0.25))
        demand = demand_series(r, base)
        lt_lo, lt_hi = CATEGORIES[cat][1]
        lead = r.randint(lt_lo, lt_hi) + extra_lead
        rate = min(0.99, max(0.55, base_rate + r.gauss(0, 0.035)))
        avg_daily_8w = sum(demand) / 56
        # planner's stocking decision: a multiple of lead-time demand, based on the 8-week average
        f = weighted(r, [(("low", 0.35, 1.15), 0.22), (("mid", 1.0, 2.4), 0.38), (("high", 2.0, 5.5), 0.40)])
        cover_target = lead * r.uniform(f[1], f[2])
        stock = max(0, round(avg_daily_8w * cover_target * r.uniform(0.9, 1.1)))
        safety_days = r.randint(2, 6)
        reorder = math.ceil(avg_daily_8w * (lead + safety_days))
        row = {
            "sku": f"SKU-{sku_no}",
            "product_name": name,
            "category": cat,
            "warehouse": wh,
            "supplier": supplier,
            "stock_on_hand": stock,
            "reorder_point": reorder,
            "lead_time_days": lead,
            "supplier_on_time_rate": f"{rate:.2f}",
            "unit_cost_vnd": int(round(cost * r.uniform(0.97, 1.03), -2)),
        }
        for i, v in enumerate(demand, 1):
            row[f"demand_w{i}"] = v
        row["risk"], row["risk_reason"] = risk_rule(row)
        rows.append(row)
    rows.sort(key=lambda x: x["sku"])
    # human-judgement noise: move ~3% of labels to a neighbouring class
    n_flip = round(FLIP_FRACTION * len(rows))
    flipped = sorted(r.sample(range(len(rows)), n_flip))
    for i in flipped:
        rows[i]["risk"] = r.choice(NEIGHBOURS[rows[i]["risk"]])
    for row in rows:
        for k, v in row.items():
            if isinstance(v, str):
                row[k] = unicodedata.normalize("NFC", v)
    return rows, [rows[i]["sku"] for i in flipped]


def write_csv(rows):
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, OUT)


def main():
    rows, flipped = build()
    write_csv(rows)
    from collections import Counter
    c = Counter(r["risk"] for r in rows)
    n = len(rows)
    print(f"rows: {n}")
    for k in ("cao", "trung bình", "thấp"):
        print(f"  {k:11s} {c[k]:4d} ({100 * c[k] / n:.1f}%)")
    print(f"flipped ({len(flipped)}): {', '.join(flipped)}")
    for sku in flipped:
        row = next(x for x in rows if x["sku"] == sku)
        print(f"  {sku}: rule={risk_rule(row)[0]} -> label={row['risk']}")


if __name__ == "__main__":
    main()
