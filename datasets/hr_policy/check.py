"""Validate datasets/hr_policy against its datasheet. Exit code 1 on any problem.

Also prints an informational BM25 baseline (question -> passage, top-k hit
rate) so that changes to the data can be compared with the README.

Run from the repository root:
    python datasets/hr_policy/check.py
"""
import json
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # datasets/datasheet.py: the workbench's datasheet parser
from datasheet import front_matter  # noqa: E402
FIELDS = {
    "policies.jsonl": {"id", "document", "section", "text"},
    "qa.jsonl": {"id", "question", "answer", "passage_id", "evidence", "split"},
}
errors = []


def err(msg):
    errors.append(msg)


def load(name, declared):
    path = os.path.join(HERE, name)
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines[-1] != "":
        err(f"{name}: missing final newline")
    lines = lines[:-1]
    if declared is None or int(declared) != len(lines):
        err(f"{name}: README says {declared}, file has {len(lines)} lines")
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != FIELDS[name]:
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
            if not v.strip():
                err(f"{name}:{i}: empty {k}")
            if v != v.strip() or "  " in v:
                err(f"{name}:{i}: {k} has stray whitespace")
        rows.append(r)
    ids = Counter(r["id"] for r in rows)
    for k, c in ids.items():
        if c > 1:
            err(f"{name}: duplicate id {k}")
    return rows


def sentences(text):
    # Split on sentence-final punctuation followed by a capital letter; the
    # abbreviation "TP." is not a sentence end.
    t = text.replace("TP. ", "TP ")
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ỹ“])", t) if s]


def bm25_baseline(policies, qa):
    tok = lambda s: re.findall(r"\w+", s.lower())  # noqa: E731  (syllable tokens)
    docs = [tok(p["document"] + " " + p["section"] + " " + p["text"]) for p in policies]
    n, avg = len(docs), sum(map(len, docs)) / len(docs)
    df = Counter(t for d in docs for t in set(d))
    tfs = [Counter(d) for d in docs]
    k1, b = 1.5, 0.75

    def score(q, i):
        s = 0.0
        for t in q:
            if t in df:
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                f = tfs[i][t]
                s += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(docs[i]) / avg))
        return s

    res = {}
    for split in ("train", "test"):
        qs = [q for q in qa if q["split"] == split]
        hits = Counter()
        for q in qs:
            qt = tok(q["question"])
            rank = sorted(range(n), key=lambda i: (-score(qt, i), i))
            pos = [policies[i]["id"] for i in rank].index(q["passage_id"])
            for k in (1, 3, 5):
                hits[k] += pos < k
        res[split] = {k: hits[k] / len(qs) for k in (1, 3, 5)}
    return res


def main():
    fm = front_matter(HERE)
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    if fm.get("name") != "hr_policy":
        err("README: name must be 'hr_policy'")
    if fm.get("language") != "vi" or fm.get("license") != "CC-BY-4.0" or fm.get("task") != "question-answering":
        err("README: language/license/task values")
    if "title" not in fm:
        err("README: missing title")
    for name, want in FIELDS.items():
        got = set(fm.get("fields", {}).get(name, {}))
        if got != want:
            err(f"README: fields for {name} {sorted(got)} != {sorted(want)}")

    files = fm.get("files", {})
    policies = load("policies.jsonl", files.get("policies.jsonl"))
    qa = load("qa.jsonl", files.get("qa.jsonl"))

    # --- policies -----------------------------------------------------------
    by_id = {p["id"]: p for p in policies}
    slug_doc = {}
    for p in policies:
        m = re.fullmatch(r"([a-z]+(?:-[a-z]+)*)-(\d{2})", p["id"])
        if not m:
            err(f"policies: bad id {p['id']}")
            continue
        if slug_doc.setdefault(m[1], p["document"]) != p["document"]:
            err(f"policies: id prefix {m[1]} used for two documents")
        n = len(sentences(p["text"]))
        if not 2 <= n <= 6:
            err(f"policies: {p['id']} has {n} sentences (want 2-6)")
        if not re.match(r"\d+\. ", p["section"]):
            err(f"policies: {p['id']} section should start with a number")
    if len(set(slug_doc.values())) != len(slug_doc):
        err("policies: one document uses two id prefixes")
    texts = Counter(p["text"] for p in policies)
    for t, c in texts.items():
        if c > 1:
            err(f"policies: duplicate passage text {t[:50]!r}")
    n_docs = len({p["document"] for p in policies})
    if n_docs < 12:
        err(f"only {n_docs} documents (need >= 12)")
    if len(policies) < 70:
        err(f"only {len(policies)} passages (need >= 70)")

    # --- qa ------------------------------------------------------------------
    per_doc = defaultdict(Counter)
    for q in qa:
        if not re.fullmatch(r"qa-\d{3}", q["id"]):
            err(f"qa: bad id {q['id']}")
        p = by_id.get(q["passage_id"])
        if p is None:
            err(f"qa: {q['id']} refers to unknown passage {q['passage_id']}")
            continue
        if q["evidence"] not in p["text"]:
            err(f"qa: {q['id']} evidence is not a substring of {q['passage_id']}")
        if len(q["evidence"]) < 10:
            err(f"qa: {q['id']} evidence is very short")
        if q["split"] not in ("train", "test"):
            err(f"qa: {q['id']} bad split {q['split']!r}")
        per_doc[p["document"]][q["split"]] += 1
    dup_q = [k for k, c in Counter(q["question"] for q in qa).items() if c > 1]
    for k in dup_q:
        err(f"qa: duplicate question {k[:60]!r}")
    if len(qa) < 160:
        err(f"only {len(qa)} QA pairs (need >= 160)")
    unused = set(by_id) - {q["passage_id"] for q in qa}
    if unused:
        err(f"passages without any question: {sorted(unused)}")
    for doc, c in sorted(per_doc.items()):
        tot = c["train"] + c["test"]
        if c["test"] == 0 or c["train"] == 0 or not 0.2 <= c["test"] / tot <= 0.4:
            err(f"qa: split for '{doc}' is {c['train']} train / {c['test']} test (want ~70/30)")
    n_test = sum(q["split"] == "test" for q in qa)

    # --- README examples must be real rows ------------------------------------
    blocks = re.findall(r"```json\n(.*?)\n```", readme, re.S)
    if len(blocks) < 2:
        err("README: expected at least 2 json examples")
    all_rows = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in policies + qa]
    for b in blocks:
        ex = json.dumps(json.loads(b), sort_keys=True, ensure_ascii=False)
        if ex not in all_rows:
            err(f"README example is not a row of the data: {b[:60]!r}")

    print(f"policies.jsonl: {len(policies)} passages in {n_docs} documents")
    print(f"qa.jsonl: {len(qa)} pairs ({len(qa) - n_test} train / {n_test} test, {n_test / len(qa):.1%} test)")
    for doc, c in sorted(per_doc.items()):
        print(f"  {doc}: {c['train']} train / {c['test']} test")
    if not errors:
        base = bm25_baseline(policies, qa)
        for split, r in base.items():
            print(f"BM25 baseline ({split}): top-1 {r[1]:.3f}, top-3 {r[3]:.3f}, top-5 {r[5]:.3f}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:100]:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
