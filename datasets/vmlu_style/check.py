"""Validate the VMLU-style dataset against its datasheet.

Run from the repository root:

    python datasets/vmlu_style/check.py

The datasheet is read by datasets/datasheet.py. Exits with status 1 and a list of problems if any
check fails.
"""

from __future__ import annotations

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
FIELDS = {"id", "subject", "group", "level", "question", "choices", "answer"}
GROUPS = {"STEM", "Khoa học xã hội", "Nhân văn", "Khác"}
LEVELS = {"Tiểu học", "THCS", "THPT", "Đại học", "Chuyên nghiệp"}
PROBLEMS: list[str] = []


def fail(msg: str) -> None:
    PROBLEMS.append(msg)


def is_nfc(s: str) -> bool:
    return unicodedata.normalize("NFC", s) == s


def load(name: str) -> list[dict]:
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail(f"{name}:{n}: blank line")
                continue
            rows.append(json.loads(line))
    return rows


def main() -> int:
    fm = front_matter(HERE)
    for key, want in (("name", "vmlu_style"), ("language", "vi"), ("license", "CC-BY-4.0"),
                      ("task", "multiple-choice"), ("label_field", "answer")):
        if fm.get(key) != want:
            fail(f"front matter {key} = {fm.get(key)!r}, expected {want!r}")
    if set(fm.get("fields", {})) != FIELDS:
        fail(f"front matter fields {sorted(fm.get('fields', {}))} != {sorted(FIELDS)}")
    if fm.get("labels") != ["A", "B", "C", "D"]:
        fail(f"front matter labels = {fm.get('labels')!r}, expected ['A', 'B', 'C', 'D']")

    splits = {name: load(name) for name in ("dev.jsonl", "test.jsonl")}
    if set(fm.get("files", {})) != set(splits):
        fail(f"front matter files {sorted(fm.get('files', {}))} != {sorted(splits)}")
    for name, rows in splits.items():
        declared = int(fm.get("files", {}).get(name, -1))
        if declared != len(rows):
            fail(f"{name}: {len(rows)} records but README says {declared}")

    all_rows = splits["dev.jsonl"] + splits["test.jsonl"]
    ids, questions = Counter(), Counter()
    subj_meta: dict[str, tuple] = {}
    for r in all_rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            fail(f"{rid}: fields {sorted(r)}")
            continue
        for k in ("id", "subject", "group", "level", "question", "answer"):
            if not isinstance(r[k], str) or not r[k].strip():
                fail(f"{rid}: {k} empty or not a string")
        if not re.fullmatch(r"vm-\d{4}", r["id"]):
            fail(f"{rid}: bad id format")
        if r["group"] not in GROUPS:
            fail(f"{rid}: bad group {r['group']!r}")
        if r["level"] not in LEVELS:
            fail(f"{rid}: bad level {r['level']!r}")
        if r["answer"] not in ("A", "B", "C", "D"):
            fail(f"{rid}: bad answer {r['answer']!r}")
        ch = r["choices"]
        if not (isinstance(ch, list) and len(ch) == 4 and all(isinstance(c, str) and c.strip() for c in ch)):
            fail(f"{rid}: choices must be 4 non-empty strings")
        elif len(set(ch)) != 4:
            fail(f"{rid}: choices not distinct")
        elif any(re.match(r"^[A-D][.):]\s", c) for c in ch):
            fail(f"{rid}: choice carries a letter prefix")
        strings = [r[k] for k in ("id", "subject", "group", "level", "question", "answer")] + list(ch)
        if not all(is_nfc(s) for s in strings):
            fail(f"{rid}: text not NFC")
        ids[r["id"]] += 1
        questions[r["question"]] += 1
        meta = (r["group"], r["level"])
        if subj_meta.setdefault(r["subject"], meta) != meta:
            fail(f"{rid}: subject {r['subject']} has inconsistent group/level")

    for k, v in ids.items():
        if v > 1:
            fail(f"duplicate id {k}")
    for k, v in questions.items():
        if v > 1:
            fail(f"duplicate question: {k[:60]}")

    per_subject = Counter(r["subject"] for r in all_rows)
    dev_subject = Counter(r["subject"] for r in splits["dev.jsonl"])
    for s, n in per_subject.items():
        if n < 12:
            fail(f"subject {s}: only {n} questions (< 12)")
        if dev_subject.get(s, 0) != 5:
            fail(f"subject {s}: {dev_subject.get(s, 0)} dev questions (need exactly 5)")
    if len(per_subject) < 12:
        fail(f"only {len(per_subject)} subjects (< 12)")
    if len(all_rows) < 240:
        fail(f"only {len(all_rows)} questions (< 240)")
    groups = {g for g, _ in subj_meta.values()}
    if groups != GROUPS:
        fail(f"groups covered: {sorted(groups)}")

    answers = Counter(r["answer"] for r in all_rows)
    for letter in "ABCD":
        share = answers[letter] / len(all_rows)
        if not 0.20 <= share <= 0.30:
            fail(f"answer {letter} share {share:.1%} outside 20–30%")

    # README per-subject table must match the data
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for s, n in per_subject.items():
        if not re.search(rf"\|\s*{re.escape(s)}\s*\|[^\n]*\|\s*{n}\s*\|", readme):
            fail(f"README table has no row '| {s} | ... | {n} |'")

    # regeneration is deterministic and matches the files on disk
    sys.path.insert(0, HERE)
    import make  # noqa: E402
    dev2, test2 = make.build()
    if dev2 != splits["dev.jsonl"] or test2 != splits["test.jsonl"]:
        fail("make.build() output differs from dev.jsonl/test.jsonl (run make.py again)")

    print(f"records: dev={len(splits['dev.jsonl'])} test={len(splits['test.jsonl'])} total={len(all_rows)}")
    print(f"subjects: {len(per_subject)}  groups: {sorted(groups)}")
    print("answer shares:", {k: f"{answers[k] / len(all_rows):.1%}" for k in 'ABCD'})
    if PROBLEMS:
        print(f"\n{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS:
            print("  -", p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
