"""Self-check for datasets/vi_corpus (train.jsonl, validation.jsonl, README.md).

Run from the repository root:

    python3 datasets/vi_corpus/check.py

Checks: fields and types, ids, allowed domains (each in both splits), NFC, no empty
text, no leftover slots, no duplicate documents, document and byte totals, validation
share, README counts, no sentence shared between train and validation, no sentence
repeated inside a document, tone-mark style, and the most frequent sentence's share of
documents. Prints per-split / per-domain statistics. Exit status 0 when all pass.
The datasheet is read by datasets/datasheet.py.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # datasets/datasheet.py: the workbench's datasheet parser
from datasheet import front_matter  # noqa: E402
DOMAINS = ["dịch vụ công", "y tế", "giáo dục", "bảo hiểm", "logistics", "chăm sóc khách hàng",
           "nhân sự", "đời sống"]
FIELDS = ["id", "domain", "title", "text"]
MIN_DOCS = 320
MIN_BYTES = 520_000
MAX_SENT_SHARE = 0.03
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]”)\s+|\n+")
# new-style tone placement in an open syllable (hoà, thuỷ, khoẻ); "quý" etc. are fine
NEW_STYLE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zA-Zà-ỹÀ-ỸđĐăâêôơư])", re.IGNORECASE)


def sentences(text):
    return [s.strip() for s in SENT_SPLIT.split(text) if s.strip()]


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith("\n"):
                raise AssertionError(f"{name}:{n}: line does not end with a newline")
            rows.append(json.loads(line))
    return rows


def main() -> int:
    errors = []

    def fail(msg):
        errors.append(msg)

    splits = {"train": load("train.jsonl"), "validation": load("validation.jsonl")}
    ids = Counter()
    texts = Counter()
    for split, rows in splits.items():
        for r in rows:
            if list(r) != FIELDS:
                fail(f"{split} {r.get('id')}: fields {list(r)} != {FIELDS}")
            for k in FIELDS:
                if not isinstance(r.get(k), str) or not r.get(k).strip():
                    fail(f"{split} {r.get('id')}: field {k} missing, not a string or empty")
            if not re.fullmatch(r"vi-\d{4}", r["id"]):
                fail(f"{split} {r['id']}: bad id")
            if r["domain"] not in DOMAINS:
                fail(f"{split} {r['id']}: unknown domain {r['domain']!r}")
            for k in ("title", "text"):
                if unicodedata.normalize("NFC", r[k]) != r[k]:
                    fail(f"{split} {r['id']}: {k} not NFC")
                if any(c in r[k] for c in "{}\x00"):
                    fail(f"{split} {r['id']}: leftover slot in {k}")
            n_par = len(r["text"].split("\n\n"))
            if not 3 <= n_par <= 8:
                fail(f"{split} {r['id']}: {n_par} paragraphs")
            ids[r["id"]] += 1
            texts[r["text"]] += 1
    if [i for i, c in ids.items() if c > 1]:
        fail("duplicate ids")
    if [t for t, c in texts.items() if c > 1]:
        fail("duplicate documents")

    n_docs = sum(len(r) for r in splits.values())
    n_bytes = sum(len(r["text"].encode("utf-8")) for rows in splits.values() for r in rows)
    if n_docs < MIN_DOCS:
        fail(f"only {n_docs} documents (< {MIN_DOCS})")
    if n_bytes < MIN_BYTES:
        fail(f"only {n_bytes} text bytes (< {MIN_BYTES})")
    val_share = len(splits["validation"]) / n_docs
    if not 0.04 <= val_share <= 0.08:
        fail(f"validation share {val_share:.3f} not about 6%")
    for split, rows in splits.items():
        missing = set(DOMAINS) - {r["domain"] for r in rows}
        if missing:
            fail(f"{split}: domains missing: {sorted(missing)}")

    rc = front_matter(HERE).get("files", {})
    for split, rows in splits.items():
        if rc.get(f"{split}.jsonl") != len(rows):
            fail(f"README says {rc.get(f'{split}.jsonl')} for {split}.jsonl, file has {len(rows)}")

    # sentences: partition, repetition, within-document duplicates
    sent_split = {s: set() for s in splits}
    doc_freq = Counter()
    within = 0
    for split, rows in splits.items():
        for r in rows:
            ss = sentences(r["text"])
            within += len(ss) - len(set(ss))
            sent_split[split].update(ss)
            doc_freq.update(set(ss))
    shared = sent_split["train"] & sent_split["validation"]
    if shared:
        fail(f"{len(shared)} sentences shared between train and validation, e.g. {sorted(shared)[:3]}")
    if within:
        fail(f"{within} repeated sentences inside documents")
    top = doc_freq.most_common(5)
    max_share = top[0][1] / n_docs
    if max_share > MAX_SENT_SHARE:
        fail(f"most frequent sentence in {max_share:.1%} of documents: {top[0][0]!r}")

    style = Counter()
    for rows in splits.values():
        for r in rows:
            style.update(m.group(0).lower() for m in NEW_STYLE.finditer(r["title"] + " " + r["text"]))
    if style:
        fail(f"new-style tone marks found: {dict(style)}")

    # report
    table = defaultdict(lambda: [0, 0])
    for split, rows in splits.items():
        for r in rows:
            table[(split, r["domain"])][0] += 1
            table[(split, r["domain"])][1] += len(r["text"].encode("utf-8"))
    print(f"{'domain':22} {'train docs':>10} {'train bytes':>12} {'val docs':>9} {'val bytes':>10}")
    for d in DOMAINS:
        tr, va = table[("train", d)], table[("validation", d)]
        print(f"{d:22} {tr[0]:>10} {tr[1]:>12,} {va[0]:>9} {va[1]:>10,}")
    for split, rows in splits.items():
        b = sum(len(r["text"].encode("utf-8")) for r in rows)
        print(f"{split}: {len(rows)} documents, {b:,} text bytes")
    print(f"total: {n_docs} documents, {n_bytes:,} text bytes, validation share {val_share:.1%}")
    n_sent = sum(doc_freq.values())
    print(f"distinct sentences: {len(doc_freq):,} (sentence occurrences {n_sent:,}); "
          f"shared train/validation: {len(shared)}")
    print("most frequent sentences (share of documents):")
    for s, c in top:
        print(f"  {c:3d} docs ({c / n_docs:.1%})  {s[:90]}")
    if errors:
        print(f"\nFAILED ({len(errors)}):")
        for e in errors[:40]:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
