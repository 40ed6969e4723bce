"""Validate the inventory dataset against its datasheet.

Run from the repository root:

    python datasets/inventory/check.py

The datasheet is read by datasets/datasheet.py. Exits with status 1 and a list of problems if any
check fails.
"""

from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from collections import Counter
from fractions import Fraction

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # datasets/datasheet.py: the workbench's datasheet parser
from datasheet import front_matter  # noqa: E402
COLUMNS = (["sku", "product_name", "category", "warehouse", "supplier", "stock_on_hand", "reorder_point",
            "lead_time_days", "supplier_on_time_rate", "unit_cost_vnd"]
           + [f"demand_w{i}" for i in range(1, 9)] + ["risk", "risk_reason"])
INT_COLS = ["stock_on_hand", "reorder_point", "lead_time_days", "unit_cost_vnd"] + [f"demand_w{i}" for i in range(1, 9)]
TEXT_COLS = ["sku", "product_name", "category", "warehouse", "supplier", "risk", "risk_reason"]
CATEGORIES = {"Thực phẩm khô", "Đồ uống", "Gia dụng", "Điện tử", "Chăm sóc cá nhân", "Văn phòng phẩm"}
CLASSES = ("cao", "trung bình", "thấp")
BALANCE = {"cao": (0.20, 0.30), "trung bình": (0.30, 0.40), "thấp": (0.30, 0.50)}
NEIGHBOURS = {("cao", "trung bình"), ("trung bình", "cao"), ("trung bình", "thấp"), ("thấp", "trung bình")}
PROBLEMS: list[str] = []


def fail(msg: str) -> None:
    PROBLEMS.append(msg)


def independent_rule(row: dict) -> str:
    """Second, independent implementation of the label rule (label only)."""
    stock = int(row["stock_on_hand"])
    lead = int(row["lead_time_days"])
    rate = Fraction(row["supplier_on_time_rate"])
    d = [int(row[f"demand_w{i}"]) for i in range(1, 9)]
    prev, recent = sum(d[:4]), sum(d[4:])
    if recent == 0:
        return "thấp"
    cover = Fraction(28 * stock, recent)
    rising = prev == 0 or Fraction(recent, prev) >= Fraction("1.3")
    unreliable = rate < Fraction("0.80")
    extra = rising or unreliable
    if cover < lead or (cover < Fraction(3, 2) * lead and extra):
        return "cao"
    if cover < 2 * lead or (cover < 3 * lead and extra):
        return "trung bình"
    return "thấp"


def main() -> int:
    fm = front_matter(HERE)
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for key, want in (("name", "inventory"), ("language", "vi"), ("license", "CC-BY-4.0"),
                      ("task", "tabular-classification"), ("label_field", "risk")):
        if fm.get(key) != want:
            fail(f"front matter {key} = {fm.get(key)!r}, expected {want!r}")
    if fm.get("labels") != list(CLASSES):
        fail(f"front matter labels = {fm.get('labels')!r}, expected {list(CLASSES)!r}")
    if list(fm.get("fields", {})) != COLUMNS:
        fail("front matter fields do not list the CSV columns in order")
    if set(fm.get("files", {})) != {"inventory.csv"}:
        fail(f"front matter files: {sorted(fm.get('files', {}))}")

    path = os.path.join(HERE, "inventory.csv")
    raw = open(path, encoding="utf-8", newline="").read()
    if not unicodedata.is_normalized("NFC", raw):
        fail("inventory.csv is not NFC")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        body = list(reader)
    if header != COLUMNS:
        fail(f"header {header} != {COLUMNS}")
    rows = []
    for n, values in enumerate(body, 2):
        if len(values) != len(header):
            fail(f"line {n}: {len(values)} values, expected {len(header)}")
            continue
        rows.append(dict(zip(header, values)))
    declared = int(fm.get("files", {}).get("inventory.csv", -1))
    if declared != len(rows):
        fail(f"inventory.csv: {len(rows)} data rows but README says {declared}")
    if len(rows) < 400:
        fail(f"only {len(rows)} rows (< 400)")

    skus = Counter()
    for row in rows:
        sku = row["sku"]
        skus[sku] += 1
        if not re.fullmatch(r"SKU-\d{5}", sku):
            fail(f"{sku}: bad sku format")
        for c in TEXT_COLS:
            if not row[c].strip():
                fail(f"{sku}: empty {c}")
        for c in INT_COLS:
            if not re.fullmatch(r"\d+", row[c]):
                fail(f"{sku}: {c}={row[c]!r} is not a non-negative int")
        if not re.fullmatch(r"[01]\.\d\d", row["supplier_on_time_rate"]) or not 0 <= float(row["supplier_on_time_rate"]) <= 1:
            fail(f"{sku}: supplier_on_time_rate={row['supplier_on_time_rate']!r} not a 2-decimal float in [0, 1]")
        if row["risk"] not in CLASSES:
            fail(f"{sku}: risk {row['risk']!r}")
        if row["category"] not in CATEGORIES:
            fail(f"{sku}: category {row['category']!r}")
        if re.fullmatch(r"\d+", row["lead_time_days"]) and int(row["lead_time_days"]) <= 0:
            fail(f"{sku}: lead_time_days must be positive")
        if re.fullmatch(r"\d+", row["unit_cost_vnd"]) and int(row["unit_cost_vnd"]) <= 0:
            fail(f"{sku}: unit_cost_vnd must be positive")
    for k, v in skus.items():
        if v > 1:
            fail(f"duplicate sku {k}")
    if PROBLEMS:
        return report(rows)

    # the rule reproduces every label except the documented flipped rows
    sys.path.insert(0, HERE)
    import make  # noqa: E402
    m = re.search(r"<!-- flipped:start -->(.*?)<!-- flipped:end -->", readme, re.S)
    documented = set(re.findall(r"SKU-\d{5}", m.group(1))) if m else set()
    if not m:
        fail("README has no <!-- flipped:start --> … <!-- flipped:end --> block")
    mismatched = set()
    for row in rows:
        rule_label, rule_reason = make.risk_rule(row)
        if rule_label != independent_rule(row):
            fail(f"{row['sku']}: make.risk_rule and the independent rule disagree")
        if row["risk_reason"] != rule_reason:
            fail(f"{row['sku']}: risk_reason is not the rule's reason")
        if rule_label != row["risk"]:
            mismatched.add(row["sku"])
            if (rule_label, row["risk"]) not in NEIGHBOURS:
                fail(f"{row['sku']}: flipped {rule_label} -> {row['risk']} is not to a neighbouring class")
    if mismatched != documented:
        fail(f"rule/label mismatches {sorted(mismatched)} != documented flipped rows {sorted(documented)}")
    share = len(mismatched) / len(rows)
    if not 0.02 <= share <= 0.04:
        fail(f"flipped share {share:.1%} not about 3%")

    counts = Counter(r["risk"] for r in rows)
    for cls, (lo, hi) in BALANCE.items():
        s = counts[cls] / len(rows)
        if not lo <= s <= hi:
            fail(f"class {cls}: {s:.1%} outside {lo:.0%}–{hi:.0%}")
        if not re.search(rf"\|\s*`?{cls}`?\s*\|\s*{counts[cls]}\s*\|", readme):
            fail(f"README class table has no row for {cls} with {counts[cls]}")

    # regeneration is deterministic and matches the file on disk
    rows2, flipped2 = make.build()
    if [{k: str(v) for k, v in r.items()} for r in rows2] != rows:
        fail("make.build() output differs from inventory.csv (run make.py again)")
    if set(flipped2) != documented:
        fail("make.build() flips different rows than README documents")
    return report(rows, counts, mismatched)


def report(rows, counts=None, mismatched=None) -> int:
    print(f"rows: {len(rows)}")
    if counts:
        print("classes:", {k: f"{counts[k]} ({counts[k] / len(rows):.1%})" for k in CLASSES})
    if mismatched is not None:
        print(f"rule/label mismatches (documented flips): {len(mismatched)}")
    if PROBLEMS:
        print(f"\n{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS:
            print("  -", p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
