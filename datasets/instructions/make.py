"""Generate the instructions dataset (train.jsonl, validation.jsonl).

Two sources:
  * authored.py — hand-written pairs (rewrite, summarise, explain, tips,
    replies, everyday questions, ...) and short reviews with known labels;
  * the generators below — tasks whose answers are computed here and are
    therefore correct by construction (arithmetic with VND amounts, dates,
    unit conversion, extraction of phone / e-mail / order code, sorting,
    sentiment of the authored reviews).

Validation never shares an instruction text with train: generated tasks use
separate instruction phrasings per split, and authored items are split by
whole instruction groups.

Run from the repository root:
    python datasets/instructions/make.py
"""
import datetime as dt
import json
import os
import random
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import authored  # noqa: E402

SEED = 20261123
VAL_SHARE = 0.1
MAX_OUT = 500
DOMAINS = {"dịch vụ công", "y tế", "giáo dục", "bảo hiểm", "logistics",
           "chăm sóc khách hàng", "nhân sự", "đời sống"}

WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


# ---------------------------------------------------------------------------
# formatting helpers
# ---------------------------------------------------------------------------
def nfc(s):
    return unicodedata.normalize("NFC", s)


def vnd(n):
    """Integer with Vietnamese thousands separator: 1250000 -> '1.250.000'."""
    assert n == int(n)
    return f"{int(n):,}".replace(",", ".")


def num(x, places=3):
    """Number in Vietnamese style: thousands '.', decimal ','; no trailing zeros."""
    from fractions import Fraction
    x = Fraction(x)
    if x.denominator == 1:
        return vnd(x)
    s = f"{float(x):.{places}f}".rstrip("0").rstrip(".")
    assert Fraction(s) == x, (x, s)  # only exact decimals are allowed
    whole, frac = s.split(".")
    return vnd(int(whole)) + "," + frac


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def iso(d):
    return d.isoformat()


def words(d):
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def wd(d):
    return WEEKDAYS[d.weekday()]


def fold(s):
    """Strip Vietnamese diacritics for e-mail local parts."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def join_vi(parts):
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " và " + parts[-1]


# ---------------------------------------------------------------------------
# shared vocabulary
# ---------------------------------------------------------------------------
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
DEM_NAM = ["Văn", "Minh", "Quang", "Hữu", "Đức", "Gia", "Thành"]
DEM_NU = ["Thị", "Thu", "Ngọc", "Thanh", "Hoài", "Khánh", "Mỹ"]
TEN_NAM = ["Bình", "Dũng", "Hải", "Hiếu", "Huy", "Khoa", "Long", "Nam", "Phong",
           "Phúc", "Quân", "Sơn", "Trung", "Tú", "Tuấn", "Khải"]
TEN_NU = ["Chi", "Giang", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Ngân",
          "Quỳnh", "Tâm", "Thảo", "Trang", "Vy", "Yến", "Nhung"]


def person(rng):
    if rng.random() < 0.5:
        return rng.choice(HO), rng.choice(DEM_NAM), rng.choice(TEN_NAM)
    return rng.choice(HO), rng.choice(DEM_NU), rng.choice(TEN_NU)


def rand_date(rng, y0=2024, y1=2027):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------------------
# Generators. Each takes (rng, split) and returns
# (domain, instruction, input, output). `split` selects the phrasing pool.
# ---------------------------------------------------------------------------
def pick(rng, pools, split):
    return rng.choice(pools[split])


# --- arithmetic: invoice total -------------------------------------------
SHOP_ITEMS = [
    ("bánh mì", "ổ", [20000, 25000, 30000]), ("cà phê sữa", "ly", [25000, 29000, 35000]),
    ("trà đào", "ly", [35000, 40000, 45000]), ("phở bò", "tô", [50000, 55000, 60000]),
    ("bún chả", "suất", [45000, 50000]), ("nước suối", "chai", [8000, 10000, 12000]),
    ("sữa tươi", "hộp", [8000, 9000, 12000]), ("sổ tay", "quyển", [18000, 25000, 32000]),
    ("bút bi", "cây", [5000, 6000, 8000]), ("gạo", "kg", [18000, 22000, 25000]),
    ("trứng gà", "chục", [30000, 35000, 38000]), ("táo", "kg", [45000, 60000, 75000]),
    ("khẩu trang", "hộp", [30000, 45000]), ("pin AA", "vỉ", [24000, 32000]),
    ("nước rửa chén", "chai", [29000, 35000, 42000]), ("cơm gà", "suất", [40000, 45000, 50000]),
    ("bánh bao", "cái", [12000, 15000, 18000]), ("xà phòng", "bánh", [15000, 18000, 22000]),
]
INVOICE_INLINE = {
    "train": [
        "Một khách mua {items}. Tính tổng số tiền khách phải trả.",
        "Chị Lan đi chợ mua {items}. Hỏi chị phải trả tất cả bao nhiêu tiền?",
        "Tính tổng hóa đơn gồm: {items}.",
        "Cửa hàng tạp hóa bán cho khách {items}. Tổng cộng hóa đơn là bao nhiêu?",
    ],
    "validation": [
        "Anh Minh đặt {items}. Anh cần thanh toán tổng cộng bao nhiêu?",
    ],
}
INVOICE_LIST = {
    "train": ["Tính tổng số tiền của hóa đơn dưới đây."],
    "validation": ["Hãy cộng tiền các món trong hóa đơn sau và cho biết tổng cần thanh toán."],
}


def item_lines(chosen):
    lines, subtotals = [], []
    for name, unit, q, p in chosen:
        t = q * p
        subtotals.append(t)
        lines.append(f"Tiền {name}: {q} × {vnd(p)} = {vnd(t)} đồng.")
    return lines, subtotals


def total_line(label, subtotals):
    s = sum(subtotals)
    if len(subtotals) == 1:
        return f"{label}: {vnd(s)} đồng.", s
    return f"{label}: {' + '.join(vnd(t) for t in subtotals)} = {vnd(s)} đồng.", s


def gen_invoice(rng, split):
    k = rng.randint(2, 4)
    chosen = []
    for name, unit, prices in rng.sample(SHOP_ITEMS, k):
        chosen.append((name, unit, rng.randint(1, 6), rng.choice(prices)))
    lines, subs = item_lines(chosen)
    last, _ = total_line("Tổng cộng", subs)
    out = "\n".join(lines + [last])
    dom = rng.choice(["đời sống", "chăm sóc khách hàng"])
    if rng.random() < 0.35:
        ins = pick(rng, INVOICE_LIST, split)
        inp = "\n".join(f"- {name[0].upper() + name[1:]}: {q} {unit} × {vnd(p)} đồng"
                        for name, unit, q, p in chosen)
        return dom, ins, inp, out
    items = join_vi([f"{q} {unit} {name} giá {vnd(p)} đồng/{unit}" for name, unit, q, p in chosen])
    return dom, pick(rng, INVOICE_INLINE, split).format(items=items), "", out


# --- arithmetic: order with percentage discount ---------------------------
FASHION = [
    ("áo thun", "chiếc", [150000, 180000, 220000, 250000]), ("quần jean", "chiếc", [350000, 420000, 450000]),
    ("đôi giày thể thao", "đôi", [450000, 590000, 750000]), ("túi xách", "chiếc", [320000, 480000]),
    ("nồi cơm điện", "chiếc", [690000, 890000]), ("quạt bàn", "chiếc", [350000, 420000]),
    ("bộ chăn ga", "bộ", [560000, 780000]), ("bình giữ nhiệt", "chiếc", [180000, 240000]),
    ("áo sơ mi", "chiếc", [260000, 310000]), ("balo", "chiếc", [390000, 520000]),
]
DISCOUNT_ORDER = {
    "train": [
        "Đơn hàng gồm {items}. Cửa hàng giảm {p}% trên tổng đơn. Tính số tiền khách phải trả.",
        "Khách mua {items} và được áp mã giảm {p}% cho cả đơn. Khách cần trả bao nhiêu?",
        "Tính tiền cho đơn hàng: {items}; chương trình khuyến mãi giảm {p}% tổng hóa đơn.",
    ],
    "validation": [
        "Trong đợt giảm giá {p}% toàn bộ đơn hàng, chị Hoa mua {items}. Hỏi chị phải thanh toán bao nhiêu?",
    ],
}


def gen_discount_order(rng, split):
    k = rng.randint(2, 3)
    chosen = [(n, u, rng.randint(1, 3), rng.choice(ps)) for n, u, ps in rng.sample(FASHION, k)]
    p = rng.choice([5, 10, 15, 20, 25, 30])
    lines, subs = item_lines(chosen)
    tl, s = total_line("Tạm tính", subs)
    d = s * p // 100
    assert s * p % 100 == 0
    out = "\n".join(lines + [tl, f"Giảm giá: {vnd(s)} × {p}% = {vnd(d)} đồng.",
                             f"Số tiền phải trả: {vnd(s)} − {vnd(d)} = {vnd(s - d)} đồng."])
    items = join_vi([f"{q} {u} {n} giá {vnd(pr)} đồng" for n, u, q, pr in chosen])
    return "chăm sóc khách hàng", pick(rng, DISCOUNT_ORDER, split).format(items=items, p=p), "", out


# --- arithmetic: splitting a cost evenly -----------------------------------
SPLIT_ONE = {
    "train": [
        ("đời sống", "Nhóm {n} người bạn đi ăn hết {total} đồng và chia đều. Mỗi người phải trả bao nhiêu?"),
        ("nhân sự", "Phòng Kinh doanh có {n} người góp tiền mua quà sinh nhật cho đồng nghiệp, món quà giá {total} đồng. Nếu chia đều, mỗi người góp bao nhiêu?"),
        ("đời sống", "Tiền điện tháng này của phòng trọ là {total} đồng, {n} người ở chung chia đều. Mỗi người đóng bao nhiêu?"),
    ],
    "validation": [
        ("đời sống", "Cả nhóm {n} người thuê một căn homestay hết {total} đồng. Chia đều thì mỗi người trả bao nhiêu tiền?"),
    ],
}
SPLIT_TWO = {
    "train": [
        ("đời sống", "Chuyến dã ngoại của {n} người có tiền thuê xe {a} đồng và tiền ăn {b} đồng. Nếu chia đều, mỗi người góp bao nhiêu?"),
        ("nhân sự", "Buổi liên hoan của nhóm {n} nhân viên gồm tiền đồ ăn {a} đồng và tiền nước {b} đồng. Chia đều thì mỗi người trả bao nhiêu?"),
    ],
    "validation": [
        ("giáo dục", "Lớp học thêm có {n} học sinh cùng góp tiền in tài liệu {a} đồng và mua đồ dùng chung {b} đồng. Mỗi học sinh góp bao nhiêu nếu chia đều?"),
    ],
}


def gen_split(rng, split):
    n = rng.randint(3, 12)
    per = rng.randrange(50000, 900001, 5000)
    total = per * n
    if rng.random() < 0.5:
        dom, tpl = pick(rng, SPLIT_ONE, split)
        out = f"Mỗi người trả: {vnd(total)} ÷ {n} = {vnd(per)} đồng."
        return dom, tpl.format(n=n, total=vnd(total)), "", out
    a = rng.randrange(1000 * (total // 4000), 1000 * (3 * total // 4000) + 1, 1000)
    b = total - a
    dom, tpl = pick(rng, SPLIT_TWO, split)
    out = (f"Tổng chi phí: {vnd(a)} + {vnd(b)} = {vnd(total)} đồng.\n"
           f"Mỗi người trả: {vnd(total)} ÷ {n} = {vnd(per)} đồng.")
    return dom, tpl.format(n=n, a=vnd(a), b=vnd(b)), "", out


# --- arithmetic: single item discount -------------------------------------
PRODUCTS = ["chiếc áo khoác", "đôi dép", "cuốn từ điển", "chiếc nồi chiên không dầu",
            "bộ bút màu", "chiếc ghế văn phòng", "máy sấy tóc", "chiếc đồng hồ treo tường",
            "bộ hộp cơm", "chiếc ô gấp", "cặp sách", "bàn học gấp"]
ITEM_DISCOUNT = {
    "train": [
        "Một {item} giá {price} đồng đang được giảm {p}%. Giá sau khi giảm là bao nhiêu?",
        "{Item} có giá niêm yết {price} đồng, cửa hàng giảm giá {p}%. Khách phải trả bao nhiêu?",
        "Tính giá bán của {item} sau khi giảm {p}%, biết giá gốc là {price} đồng.",
    ],
    "validation": [
        "Giá gốc của {item} là {price} đồng. Nếu được giảm {p}% thì số tiền phải trả còn lại bao nhiêu?",
    ],
}


def gen_item_discount(rng, split):
    item = rng.choice(PRODUCTS)
    price = rng.randrange(80000, 2500001, 10000)
    p = rng.choice([10, 15, 20, 25, 30, 35, 40, 50])
    d = price * p // 100
    assert price * p % 100 == 0
    out = (f"Số tiền được giảm: {vnd(price)} × {p}% = {vnd(d)} đồng.\n"
           f"Giá sau giảm: {vnd(price)} − {vnd(d)} = {vnd(price - d)} đồng.")
    ins = pick(rng, ITEM_DISCOUNT, split).format(item=item, Item=item[0].upper() + item[1:],
                                                 price=vnd(price), p=p)
    return "chăm sóc khách hàng", ins, "", out


# --- arithmetic: insurance co-payment -------------------------------------
COPAY = {
    "train": [
        "Tổng chi phí điều trị ngoại trú của chị Mai là {x} đồng. Bảo hiểm chi trả {p}% chi phí{cap}. Bảo hiểm trả bao nhiêu và chị Mai tự trả bao nhiêu?",
        "Hóa đơn khám chữa bệnh là {x} đồng, gói bảo hiểm chi trả {p}%{cap}. Tính số tiền bảo hiểm trả và số tiền người bệnh phải tự chi.",
    ],
    "validation": [
        "Anh Bình nằm viện hết {x} đồng. Hợp đồng bảo hiểm chi trả {p}% chi phí{cap}. Hỏi bảo hiểm thanh toán bao nhiêu, anh Bình tự trả bao nhiêu?",
    ],
}


def gen_copay(rng, split):
    x = rng.randrange(500000, 30000001, 50000)
    p = rng.choice([50, 70, 80, 90])
    y = x * p // 100
    cap = None
    if rng.random() < 0.4:
        cap = rng.randrange(1000000, 20000001, 500000)
    tpl = pick(rng, COPAY, split)
    cap_txt = f", tối đa {vnd(cap)} đồng mỗi lần" if cap else ""
    if cap and y > cap:
        out = (f"Theo tỷ lệ: {vnd(x)} × {p}% = {vnd(y)} đồng, vượt hạn mức {vnd(cap)} đồng "
               f"nên bảo hiểm chỉ trả {vnd(cap)} đồng.\n"
               f"Người bệnh tự trả: {vnd(x)} − {vnd(cap)} = {vnd(x - cap)} đồng.")
    else:
        extra = f" (không vượt hạn mức {vnd(cap)} đồng)" if cap else ""
        out = (f"Bảo hiểm chi trả: {vnd(x)} × {p}% = {vnd(y)} đồng{extra}.\n"
               f"Người bệnh tự trả: {vnd(x)} − {vnd(y)} = {vnd(x - y)} đồng.")
    return "bảo hiểm", tpl.format(x=vnd(x), p=p, cap=cap_txt), "", out


# --- arithmetic: shipping fee ---------------------------------------------
SHIPPING = {
    "train": [
        "Phí giao hàng là {base} đồng cho {k} kg đầu tiên, mỗi kg tiếp theo tính thêm {r} đồng. Kiện hàng nặng {w} kg thì phí giao là bao nhiêu?",
        "Một đơn vị vận chuyển tính {base} đồng cho {k} kg đầu và {r} đồng cho mỗi kg vượt. Tính phí gửi một kiện hàng {w} kg.",
    ],
    "validation": [
        "Bảng giá gửi hàng: {k} kg đầu giá {base} đồng, từ kg thứ {k1} trở đi cộng {r} đồng/kg. Gửi kiện {w} kg hết bao nhiêu tiền?",
    ],
}


def gen_shipping(rng, split):
    k = rng.choice([1, 2, 3, 5])
    base = rng.choice([15000, 18000, 20000, 22000, 25000, 30000])
    r = rng.choice([3000, 4000, 5000, 6000, 8000])
    w = rng.randint(k + 1, k + 25)
    e = w - k
    f = e * r
    out = (f"Số kg vượt mức: {w} − {k} = {e} kg.\n"
           f"Phí phần vượt: {e} × {vnd(r)} = {vnd(f)} đồng.\n"
           f"Tổng phí: {vnd(base)} + {vnd(f)} = {vnd(base + f)} đồng.")
    ins = pick(rng, SHIPPING, split).format(base=vnd(base), k=k, k1=k + 1, r=vnd(r), w=w)
    return "logistics", ins, "", out


# --- arithmetic: overtime pay ---------------------------------------------
OVERTIME = {
    "train": [
        "Lương giờ cơ bản của anh Tuấn là {h} đồng. Anh làm thêm {t} giờ vào {day}, được trả {pct}% lương giờ. Tính tiền làm thêm của anh.",
        "Chị Hạnh có lương giờ {h} đồng. Tuần này chị làm thêm {t} giờ vào {day} với mức {pct}% lương giờ. Chị được bao nhiêu tiền làm thêm?",
    ],
    "validation": [
        "Theo quy chế của một công ty, làm thêm vào {day} được trả {pct}% lương giờ. Nhân viên có lương giờ {h} đồng làm thêm {t} giờ thì nhận bao nhiêu?",
    ],
}


def gen_overtime(rng, split):
    h = rng.randrange(30000, 120001, 2000)
    t = rng.randint(2, 12)
    day, pct = rng.choice([("ngày thường", 150), ("ngày nghỉ hằng tuần", 200), ("ngày lễ", 300)])
    g = h * pct // 100
    assert h * pct % 100 == 0
    out = (f"Lương mỗi giờ làm thêm: {vnd(h)} × {pct}% = {vnd(g)} đồng.\n"
           f"Tiền làm thêm: {t} × {vnd(g)} = {vnd(t * g)} đồng.")
    ins = pick(rng, OVERTIME, split).format(h=vnd(h), t=t, day=day, pct=pct)
    return "nhân sự", ins, "", out


# --- arithmetic: annual premium -------------------------------------------
PREMIUM = {
    "train": [
        "Phí bảo hiểm là {m} đồng mỗi tháng. Nếu đóng một lần cho cả năm (12 tháng), khách được giảm {p}%. Tính số phí phải đóng khi chọn đóng theo năm.",
        "Gói bảo hiểm sức khỏe có phí {m} đồng/tháng. Đóng trọn 12 tháng một lần thì được giảm {p}%. Khách cần đóng bao nhiêu?",
    ],
    "validation": [
        "Khách hàng đang đóng phí {m} đồng mỗi tháng và muốn chuyển sang đóng một lần cho 12 tháng để được giảm {p}%. Số tiền cần đóng là bao nhiêu?",
    ],
}


def gen_premium(rng, split):
    m = rng.randrange(150000, 1500001, 10000)
    p = rng.choice([3, 5, 8, 10])
    y = 12 * m
    d = y * p // 100
    assert y * p % 100 == 0
    out = (f"Phí 12 tháng: 12 × {vnd(m)} = {vnd(y)} đồng.\n"
           f"Số tiền được giảm: {vnd(y)} × {p}% = {vnd(d)} đồng.\n"
           f"Phí đóng theo năm: {vnd(y)} − {vnd(d)} = {vnd(y - d)} đồng.")
    return "bảo hiểm", pick(rng, PREMIUM, split).format(m=vnd(m), p=p), "", out


# --- arithmetic: change ------------------------------------------------------
CHANGE = {
    "train": [
        "Hóa đơn của khách là {bill} đồng, khách đưa {paid} đồng. Cần trả lại khách bao nhiêu?",
        "Khách mua hàng hết {bill} đồng và đưa cho thu ngân tờ {paid} đồng. Thu ngân phải thối lại bao nhiêu tiền?",
    ],
    "validation": [
        "Mẹ đưa con {paid} đồng đi mua đồ, con mua hết {bill} đồng. Con còn thừa bao nhiêu tiền?",
    ],
}


def gen_change(rng, split):
    paid = rng.choice([100000, 200000, 500000])
    bill = rng.randrange(paid // 5, paid - 1000 + 1, 1000)
    out = f"Tiền thừa: {vnd(paid)} − {vnd(bill)} = {vnd(paid - bill)} đồng."
    return "đời sống", pick(rng, CHANGE, split).format(bill=vnd(bill), paid=vnd(paid)), "", out


# --- arithmetic: administrative fees (explicitly hypothetical) -------------
FEES = {
    "train": [
        "Giả sử lệ phí chứng thực là {f} đồng mỗi bản. Ông Nam cần chứng thực {a} bản sao căn cước và {b} bản sao bằng tốt nghiệp. Tổng lệ phí là bao nhiêu?",
        "Một văn phòng thu {f} đồng cho mỗi trang tài liệu được in sao. Bà Hoa cần in {a} trang hồ sơ và {b} trang phụ lục. Bà phải trả bao nhiêu?",
    ],
    "validation": [
        "Nếu mỗi bản sao có lệ phí {f} đồng, một người nộp {a} bản sao giấy khai sinh và {b} bản sao sổ đỏ thì tổng lệ phí bao nhiêu?",
    ],
}


def gen_fees(rng, split):
    f = rng.choice([2000, 3000, 5000, 10000])
    a, b = rng.randint(1, 8), rng.randint(1, 8)
    out = (f"Tổng số bản: {a} + {b} = {a + b}.\n"
           f"Tổng lệ phí: {a + b} × {vnd(f)} = {vnd((a + b) * f)} đồng.")
    return "dịch vụ công", pick(rng, FEES, split).format(f=vnd(f), a=a, b=b), "", out


# --- arithmetic: tablets to buy ----------------------------------------------
TABLETS = {
    "train": [
        "Theo đơn, mỗi ngày uống {d} viên, dùng trong {n} ngày. Thuốc bán theo vỉ {v} viên. Cần mua ít nhất bao nhiêu vỉ?",
        "Một đợt dùng thuốc kéo dài {n} ngày, mỗi ngày {d} viên. Mỗi vỉ có {v} viên thì phải mua tối thiểu mấy vỉ?",
    ],
    "validation": [
        "Bác sĩ kê {d} viên mỗi ngày trong {n} ngày. Nếu nhà thuốc chỉ bán nguyên vỉ {v} viên, cần mua bao nhiêu vỉ cho đủ?",
    ],
}


def gen_tablets(rng, split):
    from fractions import Fraction
    d = rng.choice([1, 2, 3])
    n = rng.choice([5, 7, 10, 14])
    v = rng.choice([10, 20])
    need = d * n
    packs = -(-need // v)
    q = Fraction(need, v)
    if q.denominator == 1:
        tail = f"Số vỉ: {need} ÷ {v} = {num(q)} vỉ."
    else:
        tail = f"Số vỉ: {need} ÷ {v} = {num(q)}, nên cần mua {packs} vỉ."
    out = f"Số viên cần: {d} × {n} = {need} viên.\n{tail}"
    return "y tế", pick(rng, TABLETS, split).format(d=d, n=n, v=v), "", out


# --- arithmetic: average score ----------------------------------------------
AVERAGE = {
    "train": [
        "Điểm {k} bài kiểm tra của {name} lần lượt là {scores}. Tính điểm trung bình.",
        "Tính điểm trung bình cộng của {k} điểm sau: {scores}.",
    ],
    "validation": [
        "Trong học kỳ, bạn {name} có {k} điểm kiểm tra là {scores}. Điểm trung bình của bạn là bao nhiêu?",
    ],
}


def gen_average(rng, split):
    from fractions import Fraction
    while True:
        k = rng.choice([3, 4])
        sc = [Fraction(rng.randint(8, 20), 2) for _ in range(k)]
        avg = sum(sc) / k
        if (avg * 100).denominator == 1:
            break
    name = rng.choice(["An", "Bình", "Chi", "Dũng", "Hà", "Khoa", "Lan", "Minh", "Ngân", "Quân"])
    s = sum(sc)
    out = (f"Tổng điểm: {' + '.join(num(x) for x in sc)} = {num(s)}.\n"
           f"Điểm trung bình: {num(s)} ÷ {k} = {num(avg)}.")
    scores = "; ".join(num(x) for x in sc)
    return "giáo dục", pick(rng, AVERAGE, split).format(name=name, scores=scores, k=k), "", out


ARITH = [gen_invoice, gen_discount_order, gen_split, gen_item_discount, gen_copay,
         gen_shipping, gen_overtime, gen_premium, gen_change, gen_fees, gen_tablets,
         gen_average]


# --- unit conversion ---------------------------------------------------------
UNITS = [
    # (from, to, factor, multiply?, domain, value choices)
    ("km", "m", 1000, True, "đời sống", ["2,5", "0,75", "12", "3,2", "1,05", "7,8"]),
    ("m", "km", 1000, False, "logistics", ["1500", "750", "12300", "2050", "800", "4600"]),
    ("kg", "g", 1000, True, "đời sống", ["1,25", "0,5", "2,4", "0,35", "3"]),
    ("g", "kg", 1000, False, "logistics", ["2500", "850", "1200", "450", "3750"]),
    ("tấn", "kg", 1000, True, "logistics", ["1,5", "3,2", "0,8", "12", "2,75"]),
    ("lít", "ml", 1000, True, "y tế", ["1,5", "0,25", "2", "0,6", "3,5"]),
    ("ml", "lít", 1000, False, "y tế", ["500", "1250", "750", "2000", "330"]),
    ("giờ", "phút", 60, True, "nhân sự", ["1,5", "2,25", "3", "0,75", "4,5"]),
    ("phút", "giờ", 60, False, "nhân sự", ["90", "150", "45", "210", "75"]),
    ("ngày", "giờ", 24, True, "đời sống", ["3", "1,5", "7", "2,5", "0,25"]),
    ("cm", "m", 100, False, "y tế", ["165", "152", "178", "98", "240"]),
    ("m", "cm", 100, True, "đời sống", ["1,65", "2,4", "0,85", "3", "1,2"]),
]
BIG_SMALL = {("km", "m"): ("km", "m"), ("kg", "g"): ("kg", "g"), ("tấn", "kg"): ("tấn", "kg"),
             ("lít", "ml"): ("lít", "ml"), ("giờ", "phút"): ("giờ", "phút"),
             ("ngày", "giờ"): ("ngày", "giờ"), ("m", "cm"): ("m", "cm")}
UNIT_PHR = {
    "train": ["Đổi {v} {u1} sang {u2}.", "{v} {u1} bằng bao nhiêu {u2}?",
              "Quy đổi {v} {u1} ra đơn vị {u2}."],
    "validation": ["Hãy chuyển đổi {v} {u1} thành {u2}."],
}


def parse_vi(s):
    from fractions import Fraction
    return Fraction(s.replace(".", "").replace(",", "."))


def gen_unit(rng, split):
    u1, u2, f, mul, dom, vals = rng.choice(UNITS)
    v = parse_vi(rng.choice(vals))
    big, small = (u1, u2) if mul else (u2, u1)
    r = v * f if mul else v / f
    op = "×" if mul else "÷"
    out = f"Vì 1 {big} = {num(f)} {small} nên {num(v)} {u1} = {num(v)} {op} {num(f)} = {num(r)} {u2}."
    ins = pick(rng, UNIT_PHR, split).format(v=num(v), u1=u1, u2=u2)
    return dom, ins, "", out


# --- dates -------------------------------------------------------------------
DATE_FMT = {
    "train": [
        ("iso", "dmy", "Chuyển ngày {src} sang định dạng ngày/tháng/năm (dd/mm/yyyy)."),
        ("dmy", "iso", "Viết ngày {src} theo định dạng ISO (yyyy-mm-dd)."),
        ("dmy", "words", "Viết ngày {src} bằng chữ theo dạng “ngày … tháng … năm …”."),
        ("words", "dmy", "Đổi “{src}” sang dạng số dd/mm/yyyy."),
        ("iso", "words", "Viết ngày {src} theo cách đọc tiếng Việt “ngày … tháng … năm …”."),
    ],
    "validation": [
        ("iso", "dmy", "Hãy đổi ngày {src} sang dạng dd/mm/yyyy thường dùng ở Việt Nam."),
        ("dmy", "iso", "Viết lại ngày {src} theo chuẩn yyyy-mm-dd để nhập vào hệ thống."),
    ],
}
DATE_SENT = {
    "train": [("words", "dmy", "Chuẩn hóa ngày trong câu sau về định dạng dd/mm/yyyy.")],
    "validation": [("words", "iso", "Viết lại câu sau, đổi ngày sang định dạng yyyy-mm-dd.")],
}
SENTENCES = [
    ("dịch vụ công", "Hạn nộp hồ sơ là {d}."),
    ("nhân sự", "Nhân viên mới bắt đầu đi làm từ {d}."),
    ("logistics", "Lô hàng dự kiến cập cảng vào {d}."),
    ("giáo dục", "Buổi lễ khai giảng được tổ chức vào {d}."),
    ("y tế", "Lịch tái khám của bệnh nhân là {d}."),
    ("bảo hiểm", "Hợp đồng bảo hiểm có hiệu lực từ {d}."),
]
FMT = {"dmy": dmy, "iso": iso, "words": words}


def gen_date_format(rng, split):
    d = rand_date(rng)
    if rng.random() < 0.3:
        a, b, ins = pick(rng, DATE_SENT, split)
        dom, tpl = rng.choice(SENTENCES)
        inp = tpl.format(d=FMT[a](d))
        out = tpl.format(d=("ngày " + FMT[b](d)) if b != "words" else FMT[b](d))
        return dom, ins, inp, out
    a, b, tpl = pick(rng, DATE_FMT, split)
    dom = rng.choice(["dịch vụ công", "nhân sự", "đời sống", "giáo dục"])
    return dom, tpl.format(src=FMT[a](d)), "", FMT[b](d)


WEEKDAY_PHR = {
    "train": [("dmy", "Ngày {src} là thứ mấy trong tuần?"),
              ("words", "Cho biết {src} rơi vào thứ mấy."),
              ("dmy", "{src} là thứ mấy vậy?")],
    "validation": [("iso", "Hãy xác định thứ trong tuần của ngày {src}.")],
}


def gen_weekday(rng, split):
    d = rand_date(rng)
    a, tpl = pick(rng, WEEKDAY_PHR, split)
    dom = rng.choice(["đời sống", "dịch vụ công", "nhân sự", "giáo dục"])
    return dom, tpl.format(src=FMT[a](d)), "", f"Ngày {dmy(d)} là {wd(d)}."


DIFF_PHR = {
    "train": [
        ("đời sống", "Từ ngày {d1} đến ngày {d2} cách nhau bao nhiêu ngày?"),
        ("bảo hiểm", "Hợp đồng ký ngày {d1}, hôm nay là {d2}. Đã bao nhiêu ngày trôi qua kể từ ngày ký?"),
        ("đời sống", "Hôm nay là {d1}. Còn bao nhiêu ngày nữa là đến ngày {d2}?"),
        ("logistics", "Đơn hàng đặt ngày {d1} và được giao ngày {d2}. Từ lúc đặt đến lúc giao là bao nhiêu ngày?"),
    ],
    "validation": [
        ("đời sống", "Tính số ngày giữa hai mốc {d1} và {d2}."),
        ("y tế", "Bệnh nhân nhập viện ngày {d1} và ra viện ngày {d2}. Lấy ngày ra viện trừ ngày nhập viện thì được bao nhiêu ngày?"),
    ],
}


def gen_date_diff(rng, split):
    d1 = rand_date(rng, 2024, 2026)
    n = rng.choice([rng.randint(2, 40), rng.randint(41, 400)])
    d2 = d1 + dt.timedelta(days=n)
    dom, tpl = pick(rng, DIFF_PHR, split)
    out = f"Lấy ngày {dmy(d2)} trừ ngày {dmy(d1)} được {n} ngày.\nĐáp số: {n} ngày."
    return dom, tpl.format(d1=dmy(d1), d2=dmy(d2)), "", out


def add_workdays(d, n):
    cur = d
    left = n
    while left:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            left -= 1
    return cur


ADD_PHR = {
    "train": [
        ("dịch vụ công", "cal", "Hồ sơ nộp ngày {d1}, thời hạn trả kết quả là {n} ngày sau ngày nộp (tính cả thứ Bảy, Chủ nhật). Ngày trả kết quả là ngày nào?"),
        ("logistics", "cal", "Hàng được gửi đi ngày {d1}, dự kiến giao sau {n} ngày. Ngày giao dự kiến là ngày nào?"),
        ("dịch vụ công", "work", "Hồ sơ nộp ngày {d1} ({w1}). Thời hạn giải quyết là {n} ngày làm việc, không tính thứ Bảy, Chủ nhật và giả sử không có ngày lễ; ngày làm việc thứ nhất là ngày làm việc kế tiếp sau ngày nộp. Hạn trả kết quả là ngày nào?"),
        ("nhân sự", "incl", "Nhân viên bắt đầu thử việc ngày {d1}, thời gian thử việc là {n} ngày, tính cả ngày bắt đầu. Ngày cuối cùng của thời gian thử việc là ngày nào?"),
        ("y tế", "incl", "Thuốc được kê dùng trong {n} ngày, bắt đầu từ ngày {d1}, tính cả ngày bắt đầu. Ngày uống thuốc cuối cùng là ngày nào?"),
    ],
    "validation": [
        ("bảo hiểm", "cal", "Bảo hiểm có hiệu lực từ ngày {d1} với thời gian chờ {n} ngày, tính ngày hiệu lực là ngày chờ đầu tiên. Ngày đầu tiên sau khi hết thời gian chờ là ngày nào?"),
        ("nhân sự", "work", "Đơn xin nghỉ phép gửi ngày {d1} ({w1}); quản lý phải phản hồi trong {n} ngày làm việc, đếm từ ngày làm việc kế tiếp, không tính thứ Bảy, Chủ nhật và giả sử không có ngày lễ. Hạn chót phản hồi là ngày nào?"),
    ],
}


def gen_date_add(rng, split):
    dom, kind, tpl = pick(rng, ADD_PHR, split)
    d1 = rand_date(rng, 2024, 2026)
    if kind == "work":
        while d1.weekday() >= 5:
            d1 += dt.timedelta(days=1)
        n = rng.choice([2, 3, 5, 7, 10, 15, 20])
        r = add_workdays(d1, n)
        expl = f"Đếm {n} ngày làm việc kể từ ngày làm việc kế tiếp sau {dmy(d1)}, bỏ qua thứ Bảy và Chủ nhật, ta được ngày {dmy(r)}."
    elif kind == "incl":
        n = rng.choice([5, 7, 10, 14, 30, 60, 90])
        r = d1 + dt.timedelta(days=n - 1)
        expl = f"Tính cả ngày bắt đầu nên ngày cuối là {dmy(d1)} cộng thêm {n - 1} ngày, tức ngày {dmy(r)}."
    else:
        n = rng.choice([3, 5, 7, 10, 15, 20, 30, 45, 60, 90])
        r = d1 + dt.timedelta(days=n)
        expl = f"Cộng {n} ngày vào ngày {dmy(d1)} được ngày {dmy(r)}."
    out = f"{expl}\nĐáp số: ngày {dmy(r)} ({wd(r)})."
    return dom, tpl.format(d1=dmy(d1), w1=wd(d1), n=n), "", out


# --- extraction: phone / e-mail / order code ---------------------------------
MSG_PHONE_CODE = [
    ("chăm sóc khách hàng", "Chào shop, mình là {name}. Đơn {code} của mình đặt từ thứ Hai mà chưa thấy giao, shop kiểm tra giúp và gọi lại cho mình qua số {phone} nhé."),
    ("logistics", "Em tên {name}, em muốn đổi địa chỉ nhận cho đơn hàng {code}. Có gì liên hệ em theo số {phone} ạ."),
    ("chăm sóc khách hàng", "Tôi là {name}, số điện thoại {phone}. Đơn hàng {code} giao đến bị thiếu một món, đề nghị cửa hàng xử lý."),
    ("chăm sóc khách hàng", "Xin chào, {name} đây. Nhờ bên mình hủy giúp đơn {code}, cần xác nhận thì gọi {phone}."),
    ("logistics", "Anh giao hàng ơi, đơn {code} người nhận là {name}, số {phone}, giao trong giờ hành chính giúp mình nhé."),
    ("logistics", "Chị ơi, em là {name}, mã đơn của em là {code}. Số của em là {phone}, chị báo em khi hàng về kho nhé."),
    ("chăm sóc khách hàng", "Kính gửi bộ phận chăm sóc khách hàng, tôi tên {name}, điện thoại {phone}, muốn hỏi về bảo hành cho đơn {code}."),
    ("chăm sóc khách hàng", "Mình đặt đơn {code} hôm qua, tên người nhận {name}, số điện thoại {phone}. Mình muốn thêm một món vào đơn được không?"),
]
MSG_NO_PHONE = [
    ("chăm sóc khách hàng", "Chào shop, mình là {name}, đơn {code} giao rồi nhưng mình muốn đổi màu, shop nhắn lại giúp mình trong ứng dụng nhé."),
    ("logistics", "Em {name} đây, đơn hàng {code} em nhận đủ rồi nhé, cảm ơn anh chị."),
    ("chăm sóc khách hàng", "Tôi là {name}, tôi muốn hỏi đơn {code} khi nào được giao, cửa hàng trả lời qua tin nhắn này giúp tôi."),
]
MSG_EMAIL = [
    ("nhân sự", "Chào anh chị, em là {name}, em gửi hồ sơ ứng tuyển vị trí kế toán. Anh chị phản hồi giúp em qua email {email} ạ."),
    ("giáo dục", "Phụ huynh {name} xin gửi đơn cho con nghỉ học; mọi trao đổi xin gửi về {email}."),
    ("bảo hiểm", "Tôi là {name}, cần bổ sung hồ sơ bồi thường. Vui lòng gửi hướng dẫn vào hộp thư {email} giúp tôi."),
    ("nhân sự", "Kính gửi Phòng Nhân sự, tôi là {name}. Xin gửi bảng lương tháng trước về địa chỉ {email}. Trân trọng."),
    ("đời sống", "Mình là {name}, đăng ký tham gia hội thảo tuần sau. Vé mời gửi về {email} nhé."),
    ("giáo dục", "Chào trung tâm, em là {name}, em muốn nhận lịch học qua địa chỉ {email} ạ."),
    ("dịch vụ công", "Tôi tên {name}, xin được nhận thông báo kết quả hồ sơ qua thư điện tử {email}."),
]
EX_PHONE = {
    "train": ["Trích xuất số điện thoại trong tin nhắn sau, viết liền 10 chữ số bắt đầu bằng 0.",
              "Tìm số điện thoại liên hệ trong đoạn tin nhắn dưới đây và ghi lại dưới dạng 10 chữ số liền nhau."],
    "validation": ["Lấy ra số điện thoại có trong tin nhắn, chỉ ghi dãy 10 chữ số liền nhau."],
}
EX_EMAIL = {
    "train": ["Trích xuất địa chỉ email trong tin nhắn sau.",
              "Tin nhắn dưới đây có địa chỉ email nào? Chỉ ghi địa chỉ email."],
    "validation": ["Hãy tìm và ghi lại email của người gửi trong đoạn sau."],
}
EX_CODE = {
    "train": ["Tìm mã đơn hàng trong tin nhắn của khách.",
              "Trích xuất mã đơn hàng được nhắc đến trong đoạn sau."],
    "validation": ["Mã đơn hàng trong tin nhắn này là gì?"],
}
EX_ALL = {
    "train": ["Trích xuất họ tên, số điện thoại và mã đơn hàng từ tin nhắn sau. Trả lời theo dạng: Họ tên: …; Số điện thoại: …; Mã đơn: …"],
    "validation": ["Từ tin nhắn dưới đây, hãy lấy ra tên khách hàng, số điện thoại và mã đơn. Trình bày: Họ tên: …; Số điện thoại: …; Mã đơn: …"],
}
PREFIXES = ["090", "091", "093", "094", "096", "097", "098", "086", "088", "070", "077", "079", "081", "083", "085"]


def phone(rng):
    digits = rng.choice(PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 4)
    if style == 0:
        shown = digits
    elif style == 1:
        shown = f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    elif style == 2:
        shown = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    elif style == 3:
        shown = f"+84 {digits[1:4]} {digits[4:7]} {digits[7:]}"
    else:
        shown = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits, shown


def order_code(rng):
    style = rng.randint(0, 2)
    if style == 0:
        return f"DH{rng.randint(100000, 999999)}"
    if style == 1:
        return f"SHP{rng.randint(1000000, 9999999)}"
    return f"MD-{rng.choice(['24', '25', '26'])}{rng.randint(10000, 99999)}"


def email(rng, ho, dem, ten):
    h, d, t = fold(ho).lower(), fold(dem).lower(), fold(ten).lower()
    local = rng.choice([f"{t}.{h}", f"{h}{d}{t}", f"{t}{h}{rng.randint(80, 99)}", f"{t}.{d}{h}"])
    return f"{local}@{rng.choice(['example.com', 'example.org', 'example.net'])}"


def gen_extract(rng, split):
    ho, dem, ten = person(rng)
    name = f"{ho} {dem} {ten}"
    kind = rng.choices(["phone", "nophone", "email", "code", "all"], [6, 1, 5, 5, 5])[0]
    digits, shown = phone(rng)
    code = order_code(rng)
    if kind == "email":
        dom, tpl = rng.choice(MSG_EMAIL)
        em = email(rng, ho, dem, ten)
        return dom, pick(rng, EX_EMAIL, split), tpl.format(name=name, email=em), em
    if kind == "nophone":
        dom, tpl = rng.choice(MSG_NO_PHONE)
        return dom, pick(rng, EX_PHONE, split), tpl.format(name=name, code=code), "Tin nhắn không có số điện thoại."
    dom, tpl = rng.choice(MSG_PHONE_CODE)
    msg = tpl.format(name=name, code=code, phone=shown)
    if kind == "phone":
        return dom, pick(rng, EX_PHONE, split), msg, digits
    if kind == "code":
        return dom, pick(rng, EX_CODE, split), msg, code
    return dom, pick(rng, EX_ALL, split), msg, f"Họ tên: {name}; Số điện thoại: {digits}; Mã đơn: {code}"


# --- sorting -----------------------------------------------------------------
SORT_MONEY = {
    "train": [("tăng dần", "Sắp xếp các số tiền sau theo thứ tự tăng dần."),
              ("giảm dần", "Sắp xếp các khoản chi sau theo thứ tự giảm dần.")],
    "validation": [("giảm dần", "Hãy xếp các số tiền dưới đây từ cao đến thấp (giảm dần).")],
}
SORT_DATES = {
    "train": [("tăng dần", "Sắp xếp các ngày sau theo thứ tự từ sớm đến muộn."),
              ("giảm dần", "Xếp các mốc ngày dưới đây theo thứ tự từ muộn đến sớm.")],
    "validation": [("tăng dần", "Hãy sắp các ngày hẹn sau theo trình tự thời gian, từ sớm đến muộn.")],
}
SORT_WEIGHT = {
    "train": [("giảm dần", "Sắp xếp các kiện hàng sau theo khối lượng từ nặng đến nhẹ."),
              ("tăng dần", "Xếp các kiện hàng dưới đây theo khối lượng từ nhẹ đến nặng.")],
    "validation": [("giảm dần", "Hãy sắp thứ tự bốc xếp các kiện hàng, kiện nặng trước: từ nặng đến nhẹ.")],
}
SORT_SCORE = {
    "train": [("giảm dần", "Sắp xếp học sinh theo điểm từ cao đến thấp."),
              ("tăng dần", "Xếp danh sách học sinh sau theo điểm từ thấp đến cao.")],
    "validation": [("giảm dần", "Lập bảng xếp hạng: sắp các bạn dưới đây theo điểm từ cao đến thấp.")],
}
SORT_TIME = {
    "train": [("tăng dần", "Sắp xếp bệnh nhân theo giờ đến khám, từ sớm đến muộn.")],
    "validation": [("tăng dần", "Cho biết thứ tự gọi khám nếu ai đến trước được khám trước (xếp giờ đến từ sớm đến muộn).")],
}
SHORT_NAMES = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Khoa", "Lan", "Linh",
               "Long", "Mai", "Nam", "Ngân", "Phong", "Quân", "Sơn", "Thảo", "Trang", "Vy"]


def gen_sort(rng, split):
    kind = rng.choice(["money", "dates", "weight", "score", "time"])
    k = rng.randint(4, 6)
    if kind == "money":
        vals = rng.sample(range(15, 3000), k)
        items = [(v * 1000, f"{vnd(v * 1000)} đồng") for v in vals]
        direction, ins = pick(rng, SORT_MONEY, split)
        dom = rng.choice(["đời sống", "chăm sóc khách hàng"])
    elif kind == "dates":
        ds = []
        while len(ds) < k:
            d = rand_date(rng, 2025, 2026)
            if d not in ds:
                ds.append(d)
        items = [(d, dmy(d)) for d in ds]
        direction, ins = pick(rng, SORT_DATES, split)
        dom = rng.choice(["dịch vụ công", "nhân sự", "giáo dục"])
    elif kind == "weight":
        ws = rng.sample(range(2, 400), k)  # tenths of a kg
        labels = rng.sample("ABCDEFGH", k)
        items = [(w, f"Kiện {lab}: {num(parse_vi(str(w)) / 10)} kg") for w, lab in zip(ws, labels)]
        direction, ins = pick(rng, SORT_WEIGHT, split)
        dom = "logistics"
    elif kind == "score":
        ss = rng.sample(range(8, 41), k)  # quarter points
        names = rng.sample(SHORT_NAMES, k)
        items = [(s, f"{n}: {num(parse_vi(str(s)) / 4)}") for s, n in zip(ss, names)]
        direction, ins = pick(rng, SORT_SCORE, split)
        dom = "giáo dục"
    else:
        ts = rng.sample(range(7 * 60, 11 * 60, 5), k)
        names = rng.sample(["ông Hùng", "bà Lan", "chị Mai", "anh Tuấn", "cô Hoa", "bé Na",
                            "chú Sơn", "anh Khải", "chị Yến"], k)
        items = [(t, f"{n}: {t // 60}h{t % 60:02d}") for t, n in zip(ts, names)]
        direction, ins = pick(rng, SORT_TIME, split)
        dom = "y tế"
    inp = "; ".join(lab for _, lab in items)
    ordered = sorted(items, key=lambda x: x[0], reverse=(direction == "giảm dần"))
    out = "; ".join(lab for _, lab in ordered)
    return dom, ins, inp, out


# --- sentiment ---------------------------------------------------------------
SENT_PHR = {
    "train": [
        ("Phân loại cảm xúc của đánh giá sau: tích cực, tiêu cực hay trung tính?", "{Label}"),
        ("Đánh giá dưới đây mang sắc thái gì? Chỉ trả lời một từ: tích cực, tiêu cực hoặc trung tính.", "{label}"),
        ("Xác định thái độ của khách hàng trong nhận xét sau (tích cực / tiêu cực / trung tính).", "Thái độ của khách hàng: {label}."),
        ("Nhận xét này là khen, chê hay chỉ nêu thông tin? Trả lời bằng một nhãn: tích cực, tiêu cực hoặc trung tính.", "{label}"),
    ],
    "validation": [
        ("Cho biết sắc thái cảm xúc của câu đánh giá này: tích cực, tiêu cực hay trung tính.", "{Label}"),
        ("Hãy gán nhãn cảm xúc (tích cực, tiêu cực, trung tính) cho phản hồi sau.", "Nhãn: {label}."),
    ],
}


def sentiment_records(rng):
    reviews = list(authored.REVIEWS)
    by_label = defaultdict(list)
    for r in reviews:
        by_label[r[2]].append(r)
    val = set()
    for lab in sorted(by_label):
        group = by_label[lab]
        k = max(1, round(len(group) * VAL_SHARE))
        for r in rng.sample(group, k):
            val.add(r[1])
    recs = []
    for dom, text, lab in reviews:
        split = "validation" if text in val else "train"
        ins, fmt = rng.choice(SENT_PHR[split])
        out = fmt.format(label=lab, Label=lab[0].upper() + lab[1:])
        recs.append((split, "classify_sentiment", dom, ins, text, out))
    return recs


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
GENERATED = [
    # (task, generator, count)
    *[("arithmetic", g, 13) for g in ARITH],
    ("unit_convert", gen_unit, 50),
    ("date_format", gen_date_format, 45),
    ("date_weekday", gen_weekday, 30),
    ("date_diff", gen_date_diff, 35),
    ("date_add", gen_date_add, 40),
    ("extract", gen_extract, 60),
    ("sort", gen_sort, 45),
]


def generated_records(rng, seen):
    recs = []
    for task, gen, count in GENERATED:
        n_val = max(1, round(count * VAL_SHARE))
        val_idx = set(rng.sample(range(count), n_val))
        for i in range(count):
            split = "validation" if i in val_idx else "train"
            for _ in range(200):
                dom, ins, inp, out = gen(rng, split)
                key = (ins, inp)
                if key not in seen:
                    break
            else:
                sys.exit(f"could not make a unique item for {gen.__name__}")
            seen.add(key)
            recs.append((split, task, dom, ins, inp, out))
    return recs


def authored_records(rng):
    items = authored.all_items()
    by_task = defaultdict(list)
    for it in items:
        by_task[it[0]].append(it)
    recs = []
    for task in sorted(by_task):
        rows = by_task[task]
        groups = defaultdict(list)
        for r in rows:
            groups[r[2]].append(r)
        keys = sorted(groups)
        rng.shuffle(keys)
        target = max(1, round(len(rows) * VAL_SHARE))
        chosen, size = [], 0
        for k in keys:
            if size + len(groups[k]) <= target + 1:
                chosen.append(k)
                size += len(groups[k])
            if size >= target:
                break
        if not chosen:
            chosen = [min(keys, key=lambda k: (len(groups[k]), keys.index(k)))]
        for r in rows:
            split = "validation" if r[2] in chosen else "train"
            recs.append((split, *r))
    return recs


def build():
    rng = random.Random(SEED)
    recs = authored_records(rng)
    seen = {(r[3], r[4]) for r in recs}
    recs += sentiment_records(rng)
    seen |= {(r[3], r[4]) for r in recs}
    recs += generated_records(rng, seen)

    rows = {"train": [], "validation": []}
    for split, task, dom, ins, inp, out in recs:
        assert dom in DOMAINS, dom
        rec = {"task": task, "instruction": nfc(ins), "input": nfc(inp),
               "output": nfc(out), "domain": nfc(dom)}
        if len(rec["output"]) >= MAX_OUT:
            sys.exit(f"output too long ({len(rec['output'])}): {rec['instruction'][:60]}")
        rows[split].append(rec)

    # Deterministic order: shuffle each split, then number ids across both.
    rng.shuffle(rows["train"])
    rng.shuffle(rows["validation"])
    n = 0
    out = {}
    for split in ("train", "validation"):
        out[split] = []
        for r in rows[split]:
            n += 1
            out[split].append({"id": f"ins-{n:04d}", **r})

    tr = {r["instruction"] for r in out["train"]}
    va = {r["instruction"] for r in out["validation"]}
    assert not tr & va, "instruction text shared between splits"
    return out


def write_jsonl(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main():
    out = build()
    write_jsonl(os.path.join(HERE, "train.jsonl"), out["train"])
    write_jsonl(os.path.join(HERE, "validation.jsonl"), out["validation"])
    for split, rows in out.items():
        c = Counter(r["task"] for r in rows)
        print(f"{split}.jsonl: {len(rows)} rows  " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
