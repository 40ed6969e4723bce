"""Validate datasets/instructions against its datasheet. Exit code 1 on any problem.

Run from the repository root:
    python datasets/instructions/check.py
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import authored  # noqa: E402  (only used to look up the known review labels)
sys.path.insert(0, os.path.dirname(HERE))  # datasets/datasheet.py: the workbench's datasheet parser
from datasheet import front_matter  # noqa: E402

FILES = ["train.jsonl", "validation.jsonl"]
FIELDS = {"id", "task", "instruction", "input", "output", "domain"}
DOMAINS = {"dịch vụ công", "y tế", "giáo dục", "bảo hiểm", "logistics",
           "chăm sóc khách hàng", "nhân sự", "đời sống"}
AUTHORED_TASKS = {"rewrite_polite", "summarize", "explain", "list", "email_reply",
                  "qa_general", "fix_spelling", "extract_info", "classify_intent"}
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
CONSTANTS = {Fraction(c) for c in (12, 24, 60, 100, 1000)}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# number / equation helpers
# ---------------------------------------------------------------------------
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
TERM = rf"(?:{NUM})%?"
EQ = re.compile(rf"({TERM}(?:\s*[×÷+−]\s*{TERM})+)\s*=\s*({NUM})")


def val(tok):
    pct = tok.endswith("%")
    x = Fraction(tok.rstrip("%").replace(".", "").replace(",", "."))
    return x / 100 if pct else x


def evaluate(expr):
    toks = re.findall(rf"{TERM}|[×÷+−]", expr)
    # first pass: × and ÷
    out = [val(toks[0])]
    ops = []
    i = 1
    while i < len(toks):
        op, x = toks[i], val(toks[i + 1])
        if op == "×":
            out[-1] *= x
        elif op == "÷":
            out[-1] /= x
        else:
            ops.append(op)
            out.append(x)
        i += 2
    res = out[0]
    for op, x in zip(ops, out[1:]):
        res = res + x if op == "+" else res - x
    return res


def numbers_in(text):
    return {val(m) for m in re.findall(NUM, text)}


def check_arith(r):
    where = r["id"]
    out = r["output"]
    eqs = EQ.findall(out)
    if not eqs:
        return err(f"{where}: no equation found in output")
    given = numbers_in(r["instruction"] + "\n" + r["input"])
    known = set(given) | CONSTANTS
    for lhs, rhs in eqs:
        got = evaluate(lhs)
        if got != val(rhs):
            err(f"{where}: wrong arithmetic '{lhs} = {rhs}' (should be {got})")
        for t in re.findall(TERM, lhs):
            raw = Fraction(t.rstrip("%").replace(".", "").replace(",", "."))
            if raw not in known:
                err(f"{where}: operand {t} is neither given nor computed earlier")
        known.add(val(rhs))
    last_rhs = eqs[-1][1]
    if last_rhs not in out.strip().splitlines()[-1]:
        err(f"{where}: final line does not state the last result {last_rhs}")
    m = re.search(rf"({NUM}) ÷ ({NUM}) = ({NUM}), nên cần mua (\d+) vỉ", out)
    if m:
        need, per = val(m.group(1)), val(m.group(2))
        if int(m.group(4)) != -(-need // per):
            err(f"{where}: wrong number of packs")
    m = re.search(rf"= ({NUM}) đồng, vượt hạn mức ({NUM}) đồng", out)
    if m and not val(m.group(1)) > val(m.group(2)):
        err(f"{where}: cap statement is false")
    m = re.search(rf"không vượt hạn mức ({NUM}) đồng", out)
    if m and val(eqs[0][1]) > val(m.group(1)):
        err(f"{where}: cap statement is false")


# ---------------------------------------------------------------------------
# date helpers
# ---------------------------------------------------------------------------
DMY = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WORDS = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")


def dates(text):
    found = []
    for m in DMY.finditer(text):
        found.append(("dmy", dt.date(int(m[3]), int(m[2]), int(m[1]))))
    for m in ISO.finditer(text):
        found.append(("iso", dt.date(int(m[1]), int(m[2]), int(m[3]))))
    for m in WORDS.finditer(text):
        found.append(("words", dt.date(int(m[3]), int(m[2]), int(m[1]))))
    return found


def check_date_format(r):
    src = dates(r["instruction"] + "\n" + r["input"])
    dst = dates(r["output"])
    if len(src) != 1 or len(dst) != 1:
        return err(f"{r['id']}: expected one date in prompt and one in output")
    if src[0][1] != dst[0][1]:
        err(f"{r['id']}: converted date differs")
    if src[0][0] == dst[0][0]:
        err(f"{r['id']}: output uses the same format as the input")


def check_weekday(r):
    src = dates(r["instruction"])
    if len(src) != 1:
        return err(f"{r['id']}: expected one date")
    name = WEEKDAYS[src[0][1].weekday()]
    if not r["output"].rstrip(".").endswith(" là " + name):
        err(f"{r['id']}: wrong weekday (expected {name})")


def check_date_diff(r):
    src = [d for _, d in dates(r["instruction"])]
    m = re.search(r"Đáp số: (\d+) ngày", r["output"])
    if len(src) != 2 or not m:
        return err(f"{r['id']}: cannot parse date_diff")
    if int(m[1]) != abs((src[1] - src[0]).days):
        err(f"{r['id']}: wrong day difference")


def check_date_add(r):
    ins = r["instruction"]
    src = [d for _, d in dates(ins)]
    n = re.search(r"(\d+) ngày", DMY.sub("", ins))
    m = re.search(r"Đáp số: ngày (\d{2})/(\d{2})/(\d{4}) \((.+?)\)", r["output"])
    if len(src) != 1 or not n or not m:
        return err(f"{r['id']}: cannot parse date_add")
    d1, n = src[0], int(n[1])
    if "ngày làm việc" in ins:
        cur, left = d1, n
        while left:
            cur += dt.timedelta(days=1)
            if cur.weekday() < 5:
                left -= 1
        want = cur
        if re.search(r"\((thứ [^)]+|Chủ nhật)\)", ins) and not ins.count(f"({WEEKDAYS[d1.weekday()]})"):
            err(f"{r['id']}: stated weekday of the start date is wrong")
    elif "tính cả ngày bắt đầu" in ins and "hiệu lực" not in ins:
        want = d1 + dt.timedelta(days=n - 1)
    else:
        want = d1 + dt.timedelta(days=n)
    got = dt.date(int(m[3]), int(m[2]), int(m[1]))
    if got != want:
        err(f"{r['id']}: wrong resulting date {got} (expected {want})")
    if m[4] != WEEKDAYS[got.weekday()]:
        err(f"{r['id']}: wrong weekday in answer")


# ---------------------------------------------------------------------------
# extraction, sorting, labels
# ---------------------------------------------------------------------------
PHONE = re.compile(r"(?:\+84[ .]?|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}")


def norm_phone(s):
    d = re.sub(r"\D", "", s)
    return "0" + d[2:] if s.startswith("+84") else d


def check_extract(r):
    inp, out = r["input"], r["output"]
    phones = [norm_phone(p) for p in PHONE.findall(inp)]
    if out == "Tin nhắn không có số điện thoại.":
        if phones:
            err(f"{r['id']}: says no phone but input has one")
        return
    if out.startswith("Họ tên:"):
        m = re.fullmatch(r"Họ tên: (.+); Số điện thoại: (\d{10}); Mã đơn: (\S+)", out)
        if not m:
            return err(f"{r['id']}: bad combined format")
        if m[1] not in inp or m[3] not in inp or phones != [m[2]]:
            err(f"{r['id']}: combined extraction does not match input")
        return
    if re.fullmatch(r"0\d{9}", out):
        if phones != [out]:
            err(f"{r['id']}: phone does not match input")
        return
    if "@" in out:
        emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+\w", inp)
        if emails != [out]:
            err(f"{r['id']}: e-mail does not match input")
        return
    if out not in inp:
        err(f"{r['id']}: extracted code not in input")


def sort_key(item):
    m = DMY.search(item)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"(\d{1,2})h(\d{2})", item)
    if m:
        return int(m[1]) * 60 + int(m[2])
    nums = re.findall(NUM, item)
    return val(nums[-1])


def check_sort(r):
    a, b = r["input"].split("; "), r["output"].split("; ")
    if Counter(a) != Counter(b):
        return err(f"{r['id']}: sorted list is not a permutation of the input")
    ins = r["instruction"]
    desc = any(k in ins for k in ("giảm dần", "từ cao đến thấp", "từ muộn đến sớm", "từ nặng đến nhẹ"))
    asc = any(k in ins for k in ("tăng dần", "từ thấp đến cao", "từ sớm đến muộn", "từ nhẹ đến nặng"))
    if desc == asc:
        return err(f"{r['id']}: cannot tell sort direction")
    keys = [sort_key(x) for x in b]
    if keys != sorted(keys, reverse=desc) or len(set(keys)) != len(keys):
        err(f"{r['id']}: output not strictly sorted")


REVIEW_LABEL = {unicodedata.normalize("NFC", t): l for _, t, l in authored.REVIEWS}
SENT = ("tích cực", "tiêu cực", "trung tính")
INTENTS = ("hỏi thông tin", "khiếu nại", "yêu cầu hủy", "cảm ơn")


def check_sentiment(r):
    found = [l for l in SENT if l in r["output"].lower()]
    if len(found) != 1:
        return err(f"{r['id']}: output must contain exactly one label")
    want = REVIEW_LABEL.get(r["input"])
    if want is None:
        err(f"{r['id']}: review not among the authored reviews")
    elif found[0] != want:
        err(f"{r['id']}: label {found[0]} but authored label is {want}")


def check_intent(r):
    if r["output"] not in INTENTS:
        err(f"{r['id']}: unknown intent label {r['output']!r}")


TASK_CHECKS = {
    "arithmetic": check_arith, "unit_convert": check_arith,
    "date_format": check_date_format, "date_weekday": check_weekday,
    "date_diff": check_date_diff, "date_add": check_date_add,
    "extract": check_extract, "sort": check_sort,
    "classify_sentiment": check_sentiment, "classify_intent": check_intent,
}


# ---------------------------------------------------------------------------
def main():
    fm = front_matter(HERE)
    if fm.get("name") != "instructions":
        err("README: name must be 'instructions'")
    for k in ("title", "language", "license", "task"):
        if k not in fm:
            err(f"README: missing '{k}'")
    if fm.get("language") != "vi" or fm.get("license") != "CC-BY-4.0" or fm.get("task") != "text-generation":
        err("README: language/license/task values")
    if set(fm.get("fields", {})) != FIELDS:
        err(f"README: fields {sorted(fm.get('fields', {}))} != {sorted(FIELDS)}")

    rows = {}
    for name in FILES:
        path = os.path.join(HERE, name)
        raw = open(path, encoding="utf-8").read()
        lines = raw.split("\n")
        if lines[-1] != "":
            err(f"{name}: missing final newline")
        lines = lines[:-1]
        declared = fm.get("files", {}).get(name)
        if declared is None or int(declared) != len(lines):
            err(f"{name}: README says {declared}, file has {len(lines)} lines")
        rows[name] = []
        for i, line in enumerate(lines, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: bad JSON ({e})")
                continue
            if not isinstance(r, dict) or set(r) != FIELDS:
                err(f"{name}:{i}: fields {sorted(r) if isinstance(r, dict) else type(r)}")
                continue
            if line != json.dumps(r, ensure_ascii=False):
                err(f"{name}:{i}: not written with ensure_ascii=False / default separators")
            for k, v in r.items():
                if not isinstance(v, str):
                    err(f"{name}:{i}: {k} is not a string")
                    continue
                if unicodedata.normalize("NFC", v) != v:
                    err(f"{name}:{i}: {k} is not NFC")
                if k != "input" and not v.strip():
                    err(f"{name}:{i}: empty {k}")
                if v != v.strip():
                    err(f"{name}:{i}: {k} has leading/trailing whitespace")
            if not re.fullmatch(r"ins-\d{4}", r["id"]):
                err(f"{name}:{i}: bad id {r['id']}")
            if not re.fullmatch(r"[a-z_]+", r["task"]):
                err(f"{name}:{i}: bad task slug {r['task']}")
            if r["domain"] not in DOMAINS:
                err(f"{name}:{i}: bad domain {r['domain']}")
            if len(r["output"]) >= 500:
                err(f"{name}:{i}: output has {len(r['output'])} characters")
            rows[name].append(r)

    allrows = rows["train.jsonl"] + rows["validation.jsonl"]
    ids = Counter(r["id"] for r in allrows)
    for k, c in ids.items():
        if c > 1:
            err(f"duplicate id {k}")
    pairs = Counter((r["instruction"], r["input"]) for r in allrows)
    for k, c in pairs.items():
        if c > 1:
            err(f"duplicate instruction+input: {k[0][:60]!r}")
    shared = {r["instruction"] for r in rows["train.jsonl"]} & {r["instruction"] for r in rows["validation.jsonl"]}
    for s in sorted(shared):
        err(f"instruction shared between splits: {s[:70]!r}")
    shared_inp = ({r["input"] for r in rows["train.jsonl"] if r["input"]}
                  & {r["input"] for r in rows["validation.jsonl"] if r["input"]})
    for s in sorted(shared_inp):
        err(f"input shared between splits: {s[:70]!r}")

    n, nv = len(allrows), len(rows["validation.jsonl"])
    if n < 560:
        err(f"only {n} pairs (need >= 560)")
    if not 0.08 <= nv / n <= 0.12:
        err(f"validation share {nv / n:.3f} is not about 10%")
    n_auth = sum(r["task"] in AUTHORED_TASKS for r in allrows)
    if n_auth < 180:
        err(f"only {n_auth} authored free-form pairs (need >= 180)")

    # Examples quoted in README.md must be real rows.
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    blocks = re.findall(r"```json\n(.*?)\n```", readme, re.S)
    if len(blocks) < 2:
        err("README: expected at least 2 json examples")
    triples = {(r["instruction"], r["input"], r["output"]) for r in allrows}
    for b in blocks:
        ex = json.loads(b)
        if (ex.get("instruction"), ex.get("input"), ex.get("output")) not in triples:
            err(f"README example not found in data: {ex.get('instruction', '')[:50]!r}")

    checked = Counter()
    for r in allrows:
        fn = TASK_CHECKS.get(r["task"])
        if fn:
            fn(r)
            checked[r["task"]] += 1

    tasks = Counter(r["task"] for r in allrows)
    doms = Counter(r["domain"] for r in allrows)
    print(f"rows: {n} ({n - nv} train / {nv} validation, {nv / n:.1%}); authored free-form: {n_auth}")
    print("tasks:", ", ".join(f"{k}={v}" for k, v in sorted(tasks.items())))
    print("domains:", ", ".join(f"{k}={v}" for k, v in sorted(doms.items())))
    print("recomputed:", ", ".join(f"{k}={v}" for k, v in sorted(checked.items())))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:100]:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
