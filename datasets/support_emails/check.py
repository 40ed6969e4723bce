"""Validate the support-email dataset against its datasheet and generator.

Run from the repository root:

    python3 datasets/support_emails/check.py

The datasheet is read by datasets/datasheet.py. Exits with status 1 and a list of problems if any
check fails; prints a short summary otherwise.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # datasets/datasheet.py: the workbench's datasheet parser
from datasheet import front_matter  # noqa: E402
FIELDS = ("id", "subject", "body", "category", "priority", "template")
CATEGORIES = ["thanh toán", "giao hàng", "đổi trả", "tài khoản", "kỹ thuật", "góp ý"]
PRIORITIES = {"cao", "trung bình", "thấp"}
FILES = {"train": "train.jsonl", "validation": "validation.jsonl", "test": "test.jsonl"}
ID_RE = {"train": r"em-train-\d{4}", "validation": r"em-val-\d{4}", "test": r"em-test-\d{4}"}
MIN_TOTAL = {"train": 400, "validation": 80, "test": 100}
PROBLEMS: list[str] = []


def fail(msg: str) -> None:
    PROBLEMS.append(msg)


def load_make():
    spec = importlib.util.spec_from_file_location("support_emails_make", os.path.join(HERE, "make.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?]+(?=[\s\"')]|$)", text))


def main() -> None:
    make = load_make()
    data = {}
    raw = {}
    for split, fname in FILES.items():
        path = os.path.join(HERE, fname)
        raw[split] = open(path, "rb").read()
        recs = []
        for n, line in enumerate(raw[split].decode("utf-8").splitlines(), 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"{fname}:{n}: bad JSON ({e})")
        data[split] = recs

    # 1. Regeneration is byte-identical.
    gen, pools = make.generate()
    for split, fname in FILES.items():
        if make.serialise(gen[split]) != raw[split]:
            fail(f"{fname}: differs from what make.py generates")

    # 2. Per-record checks.
    bodies = Counter()
    ids = Counter()
    for split, recs in data.items():
        fname = FILES[split]
        if len(recs) < MIN_TOTAL[split]:
            fail(f"{fname}: only {len(recs)} records")
        for r in recs:
            rid = r.get("id", "?")
            if tuple(r) != FIELDS:
                fail(f"{fname} {rid}: fields {list(r)}")
            for k in FIELDS:
                v = r.get(k)
                if not isinstance(v, str):
                    fail(f"{fname} {rid}: {k} is not a string")
                    continue
                if unicodedata.normalize("NFC", v) != v:
                    fail(f"{fname} {rid}: {k} not NFC")
                if "{" in v or "}" in v:
                    fail(f"{fname} {rid}: unfilled slot in {k}")
                if v != v.strip() or "  " in v:
                    fail(f"{fname} {rid}: stray whitespace in {k}")
            if not re.fullmatch(ID_RE[split], str(rid)):
                fail(f"{fname} {rid}: bad id")
            ids[rid] += 1
            if r.get("category") not in CATEGORIES:
                fail(f"{fname} {rid}: bad category {r.get('category')!r}")
            if r.get("priority") not in PRIORITIES:
                fail(f"{fname} {rid}: bad priority {r.get('priority')!r}")
            body = r.get("body", "")
            if not body.strip():
                fail(f"{fname} {rid}: empty body")
            if len(body) > 600:
                fail(f"{fname} {rid}: body has {len(body)} characters")
            ns = sentences(body)
            if not 1 <= ns <= 7:
                fail(f"{fname} {rid}: body has {ns} sentences")
            if not r.get("subject", "").strip():
                fail(f"{fname} {rid}: empty subject")
            bodies[body] += 1
            # priority rule
            text = (r.get("subject", "") + "\n" + body).lower()
            marked = any(mk in text for mk in make.URGENCY_MARKERS)
            cat = r.get("category")
            key = r.get("template", "")
            m = re.fullmatch(r"(\w+)-core-(\d+)", key)
            if not m or m.group(1) != make.CATEGORY_KEYS.get(cat):
                fail(f"{fname} {rid}: template {key!r} does not match category")
                continue
            base = make.CORES[cat][int(m.group(2)) - 1][0]
            want = "cao" if (base == "c" or marked) else make.PRIORITY[base]
            if r.get("priority") != want:
                fail(f"{fname} {rid}: priority {r.get('priority')} but rule gives {want}")
            if cat == "góp ý" and r.get("priority") != "thấp":
                fail(f"{fname} {rid}: feedback email not 'thấp'")
    for b, n in bodies.items():
        if n > 1:
            fail(f"duplicate body ({n}x): {b[:60]!r}")
    for i, n in ids.items():
        if n > 1:
            fail(f"duplicate id {i}")

    # 3. Templates and pool items never shared between splits.
    tmpl = {s: {r["template"] for r in recs} for s, recs in data.items()}
    for a, b in (("train", "validation"), ("train", "test"), ("validation", "test")):
        shared = tmpl[a] & tmpl[b]
        if shared:
            fail(f"templates shared by {a} and {b}: {sorted(shared)[:5]}")
    owner = {}
    for split in make.SPLITS:
        for name, items in pools[split].items():
            if name.startswith("cores:"):
                items = [name + str(i) for i in items]
            for it in items:
                txt = it[1] if isinstance(it, tuple) else it
                if txt in owner and owner[txt] != split:
                    fail(f"pool item in {owner[txt]} and {split}: {txt!r}")
                owner[txt] = split
    # Urgency markers appear only in the urgency pools.
    for cat, cores in make.CORES.items():
        for c in cores:
            for t in (c[2], c[3]):
                if any(mk in t.lower() for mk in make.URGENCY_MARKERS):
                    fail(f"urgency marker in core: {t!r}")
    other = (make.GENERIC_CONTEXTS + make.INTROS + make.TONES + make.FEEDBACK_CLOSERS
             + make.GENERIC_SUBJECTS + [t for _, t in make.REQUESTS]
             + [t for v in make.CONTEXTS.values() for _, t in v]
             + [t for v in make.CATEGORY_SUBJECTS.values() for t in v]
             + [t for d in (make.GREETINGS, make.CLOSINGS, make.SIGNATURES) for v in d.values() for t in v])
    for t in other:
        if any(mk in t.lower() for mk in make.URGENCY_MARKERS):
            fail(f"urgency marker outside the urgency pool: {t!r}")
    for t in make.URGENCY:
        if not any(mk in t.lower() for mk in make.URGENCY_MARKERS):
            fail(f"urgency sentence without a marker: {t!r}")
    for cat, cores in make.CORES.items():
        if len(cores) < 36:
            fail(f"{cat}: only {len(cores)} cores")
        for s in make.SPLITS:
            if not pools[s]["cores:" + cat]:
                fail(f"{cat}: no cores in {s}")

    # 4. Label balance per split.
    for split, recs in data.items():
        cnt = Counter(r["category"] for r in recs)
        for cat in CATEGORIES:
            share = cnt[cat] / max(1, len(recs))
            if not 0.12 <= share <= 0.22:
                fail(f"{FILES[split]}: {cat} is {share:.1%} of the split")

    # 5. README front matter matches the files.
    fm = front_matter(HERE)
    counts = fm.get("files", {})
    for split, fname in FILES.items():
        if counts.get(fname) != len(data[split]):
            fail(f"README.md says {fname}: {counts.get(fname)}, file has {len(data[split])}")
    if fm.get("label_field") != "category" or fm.get("labels") != CATEGORIES:
        fail(f"README.md: label_field {fm.get('label_field')!r} and labels {fm.get('labels')!r} should be "
             f"'category' and {CATEGORIES}")

    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS[:200]:
            print(" -", p)
        sys.exit(1)

    # Summary, including how far test wording is from train wording.
    def grams(text, n=6):
        w = re.findall(r"\w+", text.lower())
        return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
    train_grams = set()
    for r in data["train"]:
        train_grams |= grams(r["body"])
    tot = seen = 0
    for r in data["test"]:
        g = grams(r["body"])
        tot += len(g)
        seen += len(g & train_grams)
    for split, recs in data.items():
        cats = Counter(r["category"] for r in recs)
        pri = Counter(r["priority"] for r in recs)
        print(f"{FILES[split]}: {len(recs)} emails, {len(tmpl[split])} templates")
        print("   ", ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
        print("   ", ", ".join(f"{p} {pri[p]}" for p in ("cao", "trung bình", "thấp")))
    print(f"test word 6-grams also found in train: {seen}/{tot} ({seen / max(1, tot):.1%})")
    print("OK")


if __name__ == "__main__":
    main()
