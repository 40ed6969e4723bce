"""Build the pretraining mix of the bundled model: classification chats, one-topic documents, emails.

Run from the repository root (about a minute; writes build/pretrain_mix/, which git ignores):

    python3 datasets/pretrain_mix/make.py

Why a mix: a model pretrained only on plain text never learns to gather a text's topic at the
place where it must answer, so LoRA has nothing to adapt (the first bundled model scored 17 % on
the email triage after fine-tuning). Pretraining on many classification tasks, with the labels in
the prompt, teaches that skill at toy scale, as instruction tuning does for large models.

What goes in (standard library only, deterministic, seed 20261207):
* classification chats built from the authored tasks in tasks_*.py (13 tasks, 4-8 labels each,
  written for this project) and from the corpus's eight domains (`datasets/vi_corpus`, train):
  2-5 sentences of one label, neutral extras, slots filled, the labels shuffled in the prompt,
  several instruction wordings, a share typed without diacritics or with typos and chat shorthand;
* one-topic documents from the same sentences (a document never changes label);
* unlabeled support emails composed only from the training split's authored pieces
  (`datasets/support_emails/make.py`): the in-domain text an organisation has plenty of.
  The email categories themselves never appear as a task;
* the instruction chats (`datasets/instructions`, train) and the corpus documents (train).
A validation file holds chats from 10 % of every label's sentences, kept out of training, to
measure the classification skill on sentences the model has not seen.

Nothing in the mix shares an 8-word sequence with any evaluation split of the project's datasets
(support_emails validation/test, vi_corpus validation, instructions validation, vmlu_style,
hr_policy questions): a document that does is dropped, and tests/test_pretrain_mix.py checks it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True

SEED = 20261207
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "build" / "pretrain_mix"
CHATS_PER_TASK = 2600        # classification chats per authored task
DOMAIN_CHATS = 4000          # chats of the corpus-domain task
TOPIC_DOCS_PER_TASK = 450    # one-topic plain documents per authored task
UNLABELED_EMAILS = 12000
NGRAM = 8

SLOT_VALUES = {
    "ten": None,  # names are built from the corpus's name lists, see _name
    "noi": None,
    "so": [str(n) for n in range(2, 31)],
    "gio": ["7 giờ sáng", "8 giờ", "9 giờ 30", "10 giờ sáng", "11 giờ trưa", "13 giờ", "14 giờ chiều",
            "15 giờ 30", "16 giờ", "17 giờ chiều", "19 giờ tối", "20 giờ", "21 giờ", "22 giờ đêm",
            "6 giờ 45 sáng", "sáng sớm", "giờ nghỉ trưa", "chiều tối"],
}
SYSTEMS = ["Bạn là trợ lý phân loại văn bản.", "Bạn là trợ lý ảo, trả lời ngắn gọn bằng tiếng Việt.",
           "Bạn là trợ lý hữu ích.", "Bạn giúp sắp xếp tin nhắn vào đúng nhóm.",
           "Bạn là nhân viên tiếp nhận, hãy chuyển mỗi yêu cầu đến đúng bộ phận.", None]
TEMPLATES = [  # {kind}: what the texts are; {labels}: the shuffled label list; {text}: the text
    (40, "Phân loại {kind} sau vào đúng một nhóm: {labels}.\n\n{text}\n\nNhóm:"),
    (15, "{text}\n\n{Kind} trên thuộc nhóm nào trong các nhóm sau: {labels}? Trả lời đúng tên một nhóm."),
    (15, "Các nhóm: {labels}.\n{Kind}: {text}\nChọn một nhóm:"),
    (10, "Đọc {kind} dưới đây và cho biết nó thuộc loại nào ({labels}).\n\n{text}"),
    (10, "Hãy gán một nhãn cho {kind} này. Nhãn có thể là: {labels}.\n\"{text}\"\nNhãn:"),
    (10, "Phân loại văn bản sau vào đúng một nhóm: {labels}.\n\n{text}\n\nNhóm:"),
]
YES_NO = "{text}\n\n{Kind} trên có thuộc nhóm \"{label}\" không? Trả lời có hoặc không."
SHORTHAND = {"không": ["ko", "k", "hông", "khg"], "được": ["đc", "dc"], "với": ["vs", "zới"], "rồi": ["r", "rùi"],
             "gì": ["j"], "biết": ["bít"], "vậy": ["z", "vầy"], "anh": ["a"], "em": ["e"], "bạn": ["b"],
             "thì": ["thì"], "nhé": ["nha", "nhá"], "mình": ["mk", "mik"], "trước": ["trc"], "người": ["ng"]}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def authored_tasks() -> list[dict]:
    tasks = []
    for path in sorted(HERE.glob("tasks_*.py")):
        tasks += _load(path, path.stem).TASKS
    return tasks


class Filler:
    """Fills {slots} with names, places, money, dates and codes (values reused from the corpus script)."""

    def __init__(self, rng: random.Random, corpus):
        self.rng, self.c = rng, corpus

    def _name(self) -> str:
        c, r = self.c, self.rng
        if r.random() < 0.5:
            return f"{r.choice(c.HO)} {r.choice(c.DEM_NAM)} {r.choice(c.TEN_NAM)}"
        return f"{r.choice(c.HO)} {r.choice(c.DEM_NU)} {r.choice(c.TEN_NU)}"

    def _money(self) -> str:
        r = self.rng
        value = r.choice([r.randrange(50, 1000) * 1000, r.randrange(1, 200) * 100_000, r.randrange(2, 90) * 1_000_000])
        text = f"{value:,}".replace(",", ".")
        options = [text + " đồng", text + "đ", text + " VNĐ"]
        if value >= 1_000_000 and value % 100_000 == 0:
            options += [f"{value / 1e6:g}".replace(".", ",") + " triệu", f"{value / 1e6:g}".replace(".", ",") + " triệu đồng"]
        elif value < 1_000_000:
            options += [f"{value // 1000}k", f"{value // 1000} nghìn"]
        return r.choice(options)

    def _date(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.randint(1, 12)
        return r.choice([f"{day}/{month}", f"ngày {day}/{month}", f"{day}/{month}/2026", f"ngày {day} tháng {month}"])

    def _code(self) -> str:
        r = self.rng
        prefix = "".join(r.choice("ABCDEGHKLMNPQRSTVX") for _ in range(r.randint(1, 3)))
        return prefix + str(r.randint(1000, 9999999))

    def value(self, slot: str) -> str:
        if slot == "ten":
            return self._name()
        if slot == "noi":
            return self.rng.choice(self.c.TINH + list(self.c.THANH_PHO))
        if slot == "tien":
            return self._money()
        if slot == "ngay":
            return self._date()
        if slot == "ma":
            return self._code()
        return self.rng.choice(SLOT_VALUES[slot])

    def fill(self, sentence: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), sentence)


def add_noise(text: str, rng: random.Random) -> str:
    """A share of real messages: typed without diacritics, with chat shorthand, or with a typo or two."""
    roll = rng.random()
    if roll < 0.18:
        return ascii_fold(text)
    if roll < 0.28:
        words = text.split(" ")
        for i, word in enumerate(words):
            bare = word.lower().strip(".,!?")
            if bare in SHORTHAND and rng.random() < 0.6:
                words[i] = word.lower().replace(bare, rng.choice(SHORTHAND[bare]))
        return " ".join(words)
    if roll < 0.36:
        words = text.split(" ")
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 3:
                j = rng.randrange(1, len(w) - 1)
                words[i] = rng.choice([w[:j] + w[j + 1:], w[:j] + w[j] + w[j:], w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]])
        return " ".join(words)
    if roll < 0.42:
        return text.lower()
    return text


def compose_text(rng: random.Random, sentences: list[str], extras: list[str], fill) -> str:
    """2-5 sentences of one label, sometimes with one or two neutral sentences around them."""
    k = min(len(sentences), rng.choice([1, 2, 2, 3, 3, 4]))
    chosen = rng.sample(sentences, k)
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        if extras:
            chosen.insert(rng.randint(0, len(chosen)), rng.choice(extras))
    text = " ".join(fill(s) for s in chosen)
    return add_noise(text, rng)


def make_chat(rng: random.Random, kind: str, labels: list[str], label: str, text: str) -> list[dict]:
    """One classification chat: the labels are shuffled (sometimes a subset), the answer is `label`."""
    shown = list(labels)
    if len(shown) > 3 and rng.random() < 0.3:
        others = [x for x in shown if x != label]
        shown = [label] + rng.sample(others, rng.randint(2, len(others)))
    rng.shuffle(shown)
    fields = {"kind": kind, "Kind": kind[:1].upper() + kind[1:], "labels": ", ".join(shown), "text": text}
    if rng.random() < 0.08:  # a yes/no question about one label keeps the model reading the labels
        asked = label if rng.random() < 0.5 else rng.choice([x for x in labels if x != label])
        user, answer = YES_NO.format(label=asked, **fields), "có" if asked == label else "không"
    else:
        template = rng.choices([t for _, t in TEMPLATES], weights=[w for w, _ in TEMPLATES])[0]
        user, answer = template.format(**fields), label
    system = rng.choice(SYSTEMS)
    messages = [{"role": "system", "content": system}] if system else []
    return messages + [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]


def split_sentences(task: dict, rng: random.Random) -> tuple[dict, dict]:
    """Per label: 90 % of the sentences for training, 10 % (at least 2) held out for validation."""
    train, valid = {}, {}
    for label, sentences in task["labels"].items():
        items = list(sentences)
        rng.shuffle(items)
        n_valid = max(2, len(items) // 10)
        valid[label], train[label] = items[:n_valid], items[n_valid:]
    return train, valid


def corpus_domain_task(corpus_rows: list[dict]) -> dict:
    """The corpus's eight domains as a task: paragraphs of its training documents, labelled by domain."""
    labels = {}
    for row in corpus_rows:
        for para in row["text"].split("\n\n"):
            if len(para.split()) >= 8:
                labels.setdefault(row["domain"], []).append(para)
    return {"name": "corpus_domain", "text_kind": "đoạn văn", "labels": labels, "extras": []}


def unlabeled_emails(n: int, rng: random.Random) -> list[str]:
    """Support emails composed only from the training split's pieces, without their category."""
    emails = _load(ROOT / "datasets" / "support_emails" / "make.py", "support_emails_make")
    pools = emails.build_pools(random.Random(emails.SEED))["train"]  # the same partition as the dataset
    out = []
    for i in range(n):
        cat = emails.CATEGORIES[i % len(emails.CATEGORIES)]
        record = emails.compose(rng, pools, cat, rng.choice(pools["cores:" + cat]))
        text = f"Tiêu đề: {record['subject']}\nNội dung: {record['body']}"
        out.append(add_noise(text, rng) if rng.random() < 0.5 else text)
    return out


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", nfc(text).lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def evaluation_texts() -> dict[str, list[str]]:
    """Every text of every evaluation split in the project, by name."""
    d = ROOT / "datasets"

    def rows(path):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    out = {}
    for split in ("validation", "test"):
        out[f"support_emails/{split}"] = [f"{r['subject']} {r['body']}" for r in rows(d / "support_emails" / f"{split}.jsonl")]
    out["vi_corpus/validation"] = [r["text"] for r in rows(d / "vi_corpus" / "validation.jsonl")]
    out["instructions/validation"] = [" ".join(str(r[k]) for k in ("instruction", "input", "output"))
                                      for r in rows(d / "instructions" / "validation.jsonl")]
    for split in ("dev", "test"):
        out[f"vmlu_style/{split}"] = [json.dumps(r, ensure_ascii=False) for r in rows(d / "vmlu_style" / f"{split}.jsonl")]
    out["hr_policy/qa"] = [json.dumps(r, ensure_ascii=False) for r in rows(d / "hr_policy" / "qa.jsonl")]
    return out


def document_text(doc: dict) -> str:
    return doc["text"] if "text" in doc else "\n".join(m["content"] for m in doc["messages"])


def generate() -> tuple[list[dict], list[dict], dict]:
    """Return (training documents, validation chats, statistics). A document is {"text"} or {"messages"}."""
    rng = random.Random(SEED)
    corpus = _load(ROOT / "datasets" / "vi_corpus" / "make.py", "vi_corpus_make")
    fill = Filler(rng, corpus).fill
    corpus_rows = [json.loads(x) for x in (ROOT / "datasets" / "vi_corpus" / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    tasks = authored_tasks()
    docs, valid = [], []
    for task in tasks + [corpus_domain_task(corpus_rows)]:
        train_s, valid_s = split_sentences(task, rng)
        labels = list(task["labels"])
        n_chats = DOMAIN_CHATS if task["name"] == "corpus_domain" else CHATS_PER_TASK
        for i in range(n_chats):
            label = labels[i % len(labels)]
            text = compose_text(rng, train_s[label], task["extras"], fill)
            docs.append({"task": task["name"], "messages": make_chat(rng, task["text_kind"], labels, label, text)})
        for label in labels:
            for _ in range(8):
                text = compose_text(rng, valid_s[label], [], fill)
                valid.append({"task": task["name"], "label": label, "labels": labels,
                              "messages": make_chat(rng, task["text_kind"], labels, label, text)})
        if task["name"] != "corpus_domain":
            for i in range(TOPIC_DOCS_PER_TASK):
                label = labels[i % len(labels)]
                k = min(len(train_s[label]), rng.randint(4, 9))
                text = " ".join(fill(s) for s in rng.sample(train_s[label], k))
                docs.append({"task": task["name"] + "/document", "text": add_noise(text, rng)})
    docs += [{"task": "support_emails/unlabeled", "text": t} for t in unlabeled_emails(UNLABELED_EMAILS, rng)]
    for row in [json.loads(x) for x in (ROOT / "datasets" / "instructions" / "train.jsonl").read_text(encoding="utf-8").splitlines()]:
        user = row["instruction"] + (f"\n\n{row['input']}" if row["input"] else "")
        docs.append({"task": "instructions", "messages": [{"role": "user", "content": user},
                                                           {"role": "assistant", "content": row["output"]}]})
    docs += [{"task": "vi_corpus", "text": r["text"]} for r in corpus_rows]

    held_out = set()
    for texts in evaluation_texts().values():
        for text in texts:
            held_out |= ngrams(text)
    kept = [d for d in docs if not (ngrams(document_text(d)) & held_out)]
    valid = [d for d in valid if not (ngrams(document_text(d)) & held_out)]
    for d in kept + valid:
        for key in ("text",):
            if key in d:
                d[key] = nfc(d[key])
        for m in d.get("messages", []):
            m["content"] = nfc(m["content"])
    rng.shuffle(kept)
    stats = statistics(kept, len(docs) - len(kept), tasks)
    return kept, valid, stats


def statistics(docs: list[dict], dropped: int, tasks: list[dict]) -> dict:
    texts = [document_text(d) for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    grams = Counter()
    sentence_counts = Counter()
    for t in texts:
        words = t.split()
        grams.update(tuple(words[i:i + 5]) for i in range(len(words) - 4))
        sentence_counts.update(s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) >= 4)
    total_sentences = sum(sentence_counts.values())
    return {
        "documents": len(docs), "bytes": size, "dropped_for_overlap": dropped,
        "by_task": dict(Counter(d["task"].split("/")[0] if "/" not in d["task"] else d["task"] for d in docs).most_common()),
        "authored_tasks": len(tasks), "authored_sentences": sum(len(s) for t in tasks for s in t["labels"].values())
        + sum(len(t["extras"]) for t in tasks),
        "distinct_5gram_ratio": round(len(grams) / max(1, sum(grams.values())), 3),
        "repeated_sentence_share": round(1 - len(sentence_counts) / max(1, total_sentences), 3),
    }


def write(path: Path, rows: list[dict]) -> None:
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def build(out: Path = OUT) -> dict:
    """Generate and write train.jsonl.gz, validation.jsonl.gz and stats.json to `out`; return the stats."""
    docs, valid, stats = generate()
    out.mkdir(parents=True, exist_ok=True)
    write(out / "train.jsonl.gz", docs)
    write(out / "validation.jsonl.gz", valid)
    (out / "stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False), encoding="utf-8")
    return stats


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT), indent=2, ensure_ascii=False))
