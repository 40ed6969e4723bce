"""Find the policy passages that answer a question: Vietnamese word segmentation and Okapi BM25.

An assistant that answers from company documents first has to find the right passage; a model
that is handed the right passage can answer and cite it, a model handed the wrong one cannot.
This module does the finding (BM25 over Vietnamese syllables or pyvi-segmented words), measures
it against gold passages (recall@k), and builds the grounded prompt that asks a model to answer
only from the passages and cite their ids. Introduced in Level 2, lesson 2 (the HR assistant).

>>> index = BM25Index(data.load_dataset("hr_policy", "policies"))   # dicts with "id" and "text"
>>> index.search("Làm lâu năm ở công ty thì có được thêm ngày phép không?", k=3)[0].id
'nghi-phep-02'
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple, Sequence

import numpy as np

from workbench.errors import WorkbenchError

TOKEN_MODES = ("words", "syllables", "words+syllables")
# Chosen by measurement, not by expectation: on hr_policy's 151 training questions, recall@1/3/5 is
# 0.722/0.874/0.927 with syllables, 0.689/0.861/0.914 with words+syllables and 0.675/0.828/0.868 with
# pyvi words alone (Level 2, lesson 2 shows why). Measure again on your own documents.
DEFAULT_TOKENS = "syllables"
DEFAULT_FIELDS = ("document", "section", "text")  # titles add topic words ("nghỉ phép") a passage may omit
NOT_FOUND = "Tôi không tìm thấy thông tin này trong quy định."  # "I could not find this in the policies."

_HAS_WORD_CHAR = re.compile(r"\w")
_SYLLABLE = re.compile(r"\w+")
_BRACKETED = re.compile(r"\[([^\[\]]{1,200})\]")


class RetrievalError(WorkbenchError, ValueError):
    """Bad input to retrieval (an empty index, k < 1, a passage without id or text); the message says the fix."""


# ---------------------------------------------------------------------------------------------
# Text to tokens


def normalize(text: str) -> str:
    """NFC then lower case, so that "Nghỉ" typed on any keyboard matches "nghỉ" in the handbook.

    Vietnamese can be typed precomposed (NFC, one code point for "ỉ") or decomposed (NFD, "i" plus
    two combining marks); the two look identical and compare unequal.
    """
    return unicodedata.normalize("NFC", text).lower()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_accents(text: str) -> str:
    """Vietnamese without its diacritics, as many people type it ("không dấu"): "nghỉ phép" -> "nghi phep".

    >>> strip_accents("Đơn xin nghỉ phép")
    'Don xin nghi phep'
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=8192)
def segment(text: str) -> str:
    """Vietnamese word segmentation with pyvi: syllables of one word are joined by "_", then lower-cased.

    >>> segment("Em muốn xin nghỉ phép năm")
    'em muốn xin nghỉ_phép năm'

    Segmentation runs on the cased text (pyvi's model uses capitals as a clue: "Sông Hồng" is one
    name, "sông hồng" is not recognised) and lower-cases afterwards.
    """
    try:
        from pyvi import ViTokenizer
    except ImportError:
        raise RetrievalError("Word segmentation needs pyvi, which is not installed. Fix: `pip install pyvi`, "
                             "or build the index with tokens='syllables'.") from None
    return ViTokenizer.tokenize(_nfc(text)).lower()


def tokenize(text: str, tokens: str = DEFAULT_TOKENS) -> list[str]:
    """The index terms of `text`: pyvi words, plain syllables, or both (punctuation dropped).

    >>> tokenize("Nghỉ phép năm", "words")
    ['nghỉ_phép', 'năm']
    >>> tokenize("Nghỉ phép năm", "words+syllables")
    ['nghỉ', 'phép', 'năm', 'nghỉ_phép']

    "words+syllables" adds each multi-syllable word to the syllables, so a question that says
    "nghỉ" still matches a passage about "nghỉ phép", and one that says "nghỉ phép" matches it more.
    """
    if tokens not in TOKEN_MODES:
        raise RetrievalError(f"tokens must be one of {', '.join(map(repr, TOKEN_MODES))}, not {tokens!r}.")
    if not isinstance(text, str):
        raise RetrievalError(f"Expected text (a str), got {type(text).__name__}.")
    syllables = _SYLLABLE.findall(normalize(text))
    if tokens == "syllables":
        return syllables
    words = [w for w in segment(text).split() if _HAS_WORD_CHAR.search(w)]
    if tokens == "words":
        return words
    return syllables + [w for w in words if "_" in w]


# ---------------------------------------------------------------------------------------------
# The index


class Hit(NamedTuple):
    """One search result: the passage id, its BM25 score and its text."""

    id: str
    score: float
    text: str


def _is_number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _check_k(k) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise RetrievalError(f"k is how many passages to return and must be a whole number of at least 1, "
                             f"not {k!r}. Fix: use k=1 for the single best passage, k=3 or 5 to give a model choices.")
    return int(k)


def _check_passages(passages) -> list[dict]:
    # a lone dict is refused too: iterating it would give its keys, not passages
    if isinstance(passages, (str, bytes, Mapping)) or not isinstance(passages, Iterable):
        raise RetrievalError("passages must be a list of dicts with 'id' and 'text', e.g. "
                             "data.load_dataset('hr_policy', 'policies').")
    checked, seen = [], set()
    for position, passage in enumerate(passages):
        if not isinstance(passage, Mapping):
            raise RetrievalError(f"Passage {position} is a {type(passage).__name__}, not a dict. "
                                 "Fix: give each passage as {'id': ..., 'text': ...}.")
        missing = [name for name in ("id", "text")
                   if not isinstance(passage.get(name), str) or not passage[name].strip()]
        if missing:
            raise RetrievalError(f"Passage {position} ({passage.get('id', 'no id')!r}) has no {' or '.join(missing)}. "
                                 "Fix: every passage needs a non-empty string 'id' (to cite) and 'text' (to search); "
                                 f"this one has the fields {', '.join(map(str, passage)) or 'none'}.")
        passage = {k: _nfc(v) if isinstance(v, str) else v for k, v in passage.items()}  # stored as NFC
        if cited_ids(f"[{passage['id']}]") != [passage["id"]]:
            raise RetrievalError(f"Passage {position} has the id {passage['id']!r}, which a model could not cite: "
                                 "an id in square brackets must have no spaces at its ends, no brackets, commas or "
                                 "semicolons, and at most 200 characters. Fix: use ids like 'nghi-phep-02'.")
        if passage["id"] in seen:
            raise RetrievalError(f"Passage id {passage['id']!r} appears twice (again at position {position}). "
                                 "Fix: ids must be unique, since an answer cites a passage by its id.")
        seen.add(passage["id"])
        checked.append(passage)
    if not checked:
        raise RetrievalError("Cannot build a search index from no passages. Fix: pass the policy passages, e.g. "
                             "list(data.load_dataset('hr_policy', 'policies')).")
    return checked


class BM25Index:
    """Okapi BM25 over Vietnamese passages, as syllables, pyvi words or both.

    score(q, d) = sum over query terms t of idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))
    idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))

    tf is how often t occurs in passage d, |d| the passage's length in terms, avgdl the mean length,
    N the number of passages and df how many contain t. `k1` sets how fast repeats of a term stop
    adding score; `b` how much long passages are discounted (0: not at all, 1: fully). The idf is
    Lucene's: the classic ln((N - df + 0.5) / (df + 0.5)) turns negative for a term in more than
    half the passages, so matching it would lower a score.

    `fields` are joined to make the indexed text (those a passage lacks are skipped; "text" is
    required); `tokens` is "syllables" (the default, see DEFAULT_TOKENS), "words" (pyvi word
    segmentation) or "words+syllables".
    A question typed entirely without accents ("nghi phep") reads each term as any accented form the
    index holds (`strip_accents`); on the bundled handbook that lifts recall@1 of unaccented questions
    from 14 % to 58 % and leaves questions with accents unchanged.

    >>> index = BM25Index([{"id": "a", "text": "nghỉ phép năm"}, {"id": "b", "text": "làm thêm giờ"}])
    >>> [hit.id for hit in index.search("xin nghỉ phép", k=2)]
    ['a']
    """

    def __init__(self, passages: Iterable[Mapping], *, k1: float = 1.5, b: float = 0.75,
                 tokens: str = DEFAULT_TOKENS, fields: Sequence[str] = DEFAULT_FIELDS):
        if not (_is_number(k1) and 0 <= k1 < math.inf):
            raise RetrievalError(f"k1 must be a finite number >= 0 (1.2 to 2.0 is usual), not {k1!r}.")
        if not (_is_number(b) and 0 <= b <= 1):
            raise RetrievalError(f"b must be between 0 and 1 (0.75 is usual), not {b!r}.")
        if tokens not in TOKEN_MODES:
            raise RetrievalError(f"tokens must be one of {', '.join(map(repr, TOKEN_MODES))}, not {tokens!r}.")
        self.passages = _check_passages(passages)
        fields = (fields,) if isinstance(fields, str) else fields  # fields="section" is one field, not 7 letters
        self.k1, self.b, self.tokens, self.fields = float(k1), float(b), tokens, tuple(fields)
        self.ids = [p["id"] for p in self.passages]
        self._position = {pid: i for i, pid in enumerate(self.ids)}
        docs = [tokenize(self.indexed_text(p), tokens) for p in self.passages]
        self._terms = docs
        self.doc_lengths = np.array([len(d) for d in docs], dtype=np.float64)
        if self.doc_lengths.sum() == 0:
            raise RetrievalError("None of the passages contains a word to index (only punctuation or spaces). "
                                 "Fix: check that the passages' 'text' holds the policy text.")
        self.avgdl = float(self.doc_lengths.mean())
        self.df = Counter(t for d in docs for t in set(d))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in self.df.items()}
        # Per term, the passages that contain it and its whole BM25 contribution there: a search
        # is then one addition per query term, whatever the size of the handbook.
        norm = self.k1 * (1 - self.b + self.b * self.doc_lengths / self.avgdl)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for i, d in enumerate(docs):
            for t, tf in Counter(d).items():
                rows, tfs = postings.setdefault(t, ([], []))
                rows.append(i)
                tfs.append(tf)
        self._postings = {}
        for t, (rows, tfs) in postings.items():
            rows, tf = np.array(rows), np.array(tfs, dtype=np.float64)
            self._postings[t] = (rows, self.idf[t] * tf * (self.k1 + 1) / (tf + norm[rows]))
        # "nghi" typed without accents: the index terms it may stand for ("nghỉ", "nghĩ", "nghị")
        self._accented: dict[str, list[str]] = {}
        for t in self._postings:
            if strip_accents(t) != t:
                self._accented.setdefault(strip_accents(t), []).append(t)

    def indexed_text(self, passage: Mapping) -> str:
        """The text a passage is indexed by: its `fields` joined with spaces."""
        parts = [passage[f] for f in self.fields if isinstance(passage.get(f), str)]
        return " ".join(parts) if "text" in self.fields else " ".join(parts + [passage["text"]])

    def __len__(self) -> int:
        return len(self.passages)

    def __repr__(self) -> str:
        return (f"BM25Index({len(self)} passages, {len(self.df)} terms, tokens={self.tokens!r}, "
                f"k1={self.k1}, b={self.b})")

    def passage(self, passage_id: str) -> dict:
        """The full passage record (document, section, text, ...) for an id."""
        return self.passages[self._row(passage_id)]

    def terms(self, passage_id: str) -> list[str]:
        """The index terms of one passage, in order (what BM25 counts tf and |d| on)."""
        return list(self._terms[self._row(passage_id)])

    def _row(self, passage_id: str) -> int:
        row = self._position.get(_nfc(passage_id)) if isinstance(passage_id, str) else None  # ids are stored as NFC
        if row is None:
            raise RetrievalError(f"No passage with id {passage_id!r} in this index of {len(self)} passages.")
        return row

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every passage for `query`, in the order the passages were given."""
        if not isinstance(query, str) or not query.strip():
            raise RetrievalError(f"The question is empty ({query!r}). Fix: pass the question as a non-empty string.")
        # A question typed without any accent ("nghi phep bao nhieu ngay") may mean any accented reading of
        # each term, "ca" included ("cả", "cá"); each passage counts its best-scoring reading, once. A
        # question with accents is taken as written.
        unaccented = strip_accents(query) == query
        total = np.zeros(len(self))
        for term in tokenize(query, self.tokens):  # a term asked twice counts twice, as in the formula
            readings = [term] if term in self._postings else []
            if unaccented:
                readings += self._accented.get(term, [])
            best = np.zeros(len(self))
            for reading in readings:
                rows, weights = self._postings[reading]
                best[rows] = np.maximum(best[rows], weights)
            total += best
        return total

    def search(self, query: str, k: int = 3) -> list[Hit]:
        """The `k` best passages for `query`, best first, as (id, score, text).

        Passages that share no term with the question (score 0) are never returned, so an
        off-topic question gets fewer than k results, or none. Ties keep the passages' order.
        """
        k = _check_k(k)
        scores = self.scores(query)
        order = np.argsort(-scores, kind="stable")[:k]
        return [Hit(self.ids[i], float(scores[i]), self.passages[i]["text"]) for i in order if scores[i] > 0]


# ---------------------------------------------------------------------------------------------
# Measuring retrieval


def _check_qa(qa_pairs, index: BM25Index) -> list[Mapping]:
    if not isinstance(index, BM25Index):
        raise RetrievalError(f"recall_at_k needs a search index first, not a {type(index).__name__}. "
                             "Fix: recall_at_k(BM25Index(policies), qa, k).")
    if isinstance(qa_pairs, (str, bytes, Mapping)) or not isinstance(qa_pairs, Iterable):
        raise RetrievalError("qa_pairs must be a list of dicts with 'question' and 'passage_id', e.g. "
                             "data.load_dataset('hr_policy', 'qa').")
    pairs = list(qa_pairs)
    if not pairs:
        raise RetrievalError("No question-answer pairs to measure on. Fix: pass e.g. "
                             "data.load_dataset('hr_policy', 'qa').")
    for position, qa in enumerate(pairs):
        if not isinstance(qa, Mapping) or not all(isinstance(qa.get(name), str) for name in ("question", "passage_id")):
            raise RetrievalError(f"Q&A pair {position} lacks 'question' or 'passage_id' as text. Fix: each pair needs "
                                 "the question and the id of the passage that answers it, both strings.")
        if _nfc(qa["passage_id"]) not in index._position:
            raise RetrievalError(f"Q&A pair {position} ({qa.get('id', qa['question'][:40])!r}) cites passage "
                                 f"{qa['passage_id']!r}, which is not in the index. Fix: build the index from the "
                                 "same passages the questions were written against.")
    return pairs


def recall_at_k(index: BM25Index, qa_pairs: Iterable[Mapping], k: int) -> float:
    """The share of questions whose gold passage (`passage_id`) is among the top `k` results.

    With one gold passage per question this is also called hit rate@k. Chance is k / len(index).

    >>> recall_at_k(index, data.load_dataset("hr_policy", "qa"), k=3)
    """
    k = _check_k(k)
    pairs = _check_qa(qa_pairs, index)
    hits = sum(_nfc(qa["passage_id"]) in {h.id for h in index.search(qa["question"], k)} for qa in pairs)
    return hits / len(pairs)


# ---------------------------------------------------------------------------------------------
# Answering from the passages, with citations

SYSTEM = ("Bạn là trợ lý nhân sự của công ty. Chỉ trả lời dựa trên các đoạn trích quy định được cung cấp, "
          "không dùng hiểu biết bên ngoài. Trả lời ngắn gọn, rồi ghi mã của đoạn trích đã dùng trong ngoặc vuông, "
          "đúng như mã in ở đầu đoạn. Nếu các đoạn trích không có câu trả lời, hãy nói: \"" + NOT_FOUND + "\"")
# "You are the company's HR assistant. Answer only from the policy excerpts provided, not from outside
#  knowledge. Answer briefly, then write the id of the excerpt you used in square brackets, exactly as
#  printed at the start of the excerpt. If the excerpts do not hold the answer, say: "I could not find
#  this in the policies.""


def _id_and_text(passage, position: int) -> tuple[str, str]:
    if isinstance(passage, Mapping):
        pid, text = passage.get("id"), passage.get("text")
    else:
        pid, text = getattr(passage, "id", None), getattr(passage, "text", None)
    if not isinstance(pid, str) or not isinstance(text, str) or not pid.strip() or not text.strip():
        raise RetrievalError(f"Passage {position} needs an 'id' and a 'text' to be quoted and cited. "
                             "Fix: pass the results of index.search(...) or dicts with 'id' and 'text'.")
    return pid, text


def _one_line(text: str) -> str:
    """NFC and single spaces: the question as the model should read it (case is kept)."""
    return " ".join(_nfc(text).split())


def grounded_prompt(question: str, passages: Sequence) -> list[dict]:
    """Chat messages asking a model to answer `question` only from `passages`, citing ids as [id].

    `passages` are search hits or dicts with "id" and "text". Each is quoted as "[id] text".

    >>> question = "Làm lâu năm ở công ty thì có được thêm ngày phép không?"
    >>> messages = grounded_prompt(question, index.search(question, k=3))
    """
    if not isinstance(question, str) or not question.strip():
        raise RetrievalError(f"The question is empty ({question!r}). Fix: pass the employee's question as text.")
    if isinstance(passages, (str, Mapping)) or not passages:
        raise RetrievalError("A grounded prompt needs at least one passage to answer from; without one the model "
                             f"can only answer from memory. Fix: pass index.search(question, k); answer() replies "
                             f"{NOT_FOUND!r} when the search finds nothing.")
    quoted = "\n\n".join("[{}] {}".format(*_id_and_text(p, i)) for i, p in enumerate(passages))
    user = f"Các đoạn trích quy định:\n\n{quoted}\n\nCâu hỏi: {_one_line(question)}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def cited_ids(text: str, allowed: Iterable[str] | None = None) -> list[str]:
    """Passage ids the text cites in square brackets, in order, without repeats.

    "[nghi-phep-02]" and "[nghi-phep-02, nghi-phep-03]" both count. With `allowed`, only those
    ids are kept: a citation of a passage the model was never shown is not a source.

    >>> cited_ids("Được 15 ngày [nghi-phep-02].", allowed=["nghi-phep-02", "nghi-phep-05"])
    ['nghi-phep-02']
    """
    if not isinstance(text, str):
        raise RetrievalError(f"cited_ids reads a model's reply, a str, not a {type(text).__name__}. "
                             "Fix: pass the reply's text, e.g. answer(...).text.")
    keep = None if allowed is None else set(allowed)
    found: list[str] = []
    for group in _BRACKETED.findall(_nfc(text)):
        for pid in re.split(r"[,;]", group):
            pid = pid.strip()
            if pid and pid not in found and (keep is None or pid in keep):
                found.append(pid)
    return found


@dataclass
class Answer:
    """A generated answer, the passage ids it cites (among those it was shown) and what retrieval found."""

    text: str
    sources: list[str]
    passages: list[Hit] = field(default_factory=list)


def answer(model, tokenizer, index: BM25Index, question: str, k: int = 3, *, max_new_tokens: int = 96,
           temperature: float = 0.0) -> Answer:
    """Retrieve the top `k` passages, ask the model to answer from them, and read off its citations.

    When the search finds nothing, the reply is NOT_FOUND and the model is not called: a question
    the handbook does not cover should not get an invented answer.

    >>> result = answer(model, tokenizer, index, "Làm lâu năm ở công ty thì có được thêm ngày phép không?")
    >>> result.text, result.sources
    """
    hits = index.search(question, k)
    if not hits:
        return Answer(NOT_FOUND, [], [])
    messages = grounded_prompt(question, hits)
    prompt_tokens = len(tokenizer(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True),
                                  add_special_tokens=False)["input_ids"])
    context = getattr(getattr(model, "config", None), "max_position_embeddings", None)
    if context and prompt_tokens + max_new_tokens > context:
        raise RetrievalError(f"The prompt with {len(hits)} passages is {prompt_tokens} tokens; with {max_new_tokens} "
                             f"new tokens that exceeds the model's context of {context}. Fix: use a smaller k or "
                             "max_new_tokens, or a model with a longer context.")
    from workbench.generate import generate_batch  # torch is imported only when a model is used

    text = generate_batch(model, tokenizer, [messages], max_new_tokens=max_new_tokens, temperature=temperature)[0]
    return Answer(text, cited_ids(text, allowed=[h.id for h in hits]), hits)
