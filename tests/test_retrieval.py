"""Retrieval for the HR assistant: segmentation, BM25 against a hand computation, recall on real data, citations."""

import math
import unicodedata

import numpy as np
import pytest

from workbench import data, generate, models, retrieval
from workbench.retrieval import BM25Index

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("retrieval")

TOY = [{"id": "a", "text": "nghỉ phép năm"}, {"id": "b", "text": "nghỉ ốm"},
       {"id": "c", "text": "làm thêm giờ làm thêm"}]
LONG_SERVICE = "Làm lâu năm ở công ty thì có được thêm ngày phép không?"  # "More leave after years of service?"
OVERTIME = "Thứ Bảy này cả nhóm phải tăng ca thì hạn chót đăng ký là khi nào?"  # "Deadline for Saturday overtime?"

# Measured on the bundled hr_policy data (all 214 questions against all 88 passages, k1 = 1.5, b = 0.75,
# document + section + text indexed). Syllables reproduce datasets/hr_policy/check.py's baseline.
MEASURED = {
    "syllables": {1: 0.729, 3: 0.869, 5: 0.925},
    "words": {1: 0.696, 3: 0.836, 5: 0.879},
    "words+syllables": {1: 0.710, 3: 0.864, 5: 0.916},
}


@pytest.fixture(scope="module")
def policies():
    return list(data.load_dataset("hr_policy", "policies"))


@pytest.fixture(scope="module")
def qa():
    return list(data.load_dataset("hr_policy", "qa"))


@pytest.fixture(scope="module")
def index(policies):
    return BM25Index(policies)


@pytest.fixture(scope="module")
def tiny():
    return models.load_model("vi-tiny-llama", quantization="none")


# --- segmentation and normalisation ------------------------------------------------------------


def test_segmentation_keeps_multi_syllable_words_together():
    # catches: segmentation that splits on spaces (loses "nghỉ phép" as one word) or forgets to lower-case
    assert retrieval.segment("Em muốn xin nghỉ phép năm") == "em muốn xin nghỉ_phép năm"
    words = retrieval.tokenize("Chính sách thai sản của Công ty", "words")
    assert words == ["chính_sách", "thai_sản", "của", "công_ty"]


def test_word_tokens_drop_punctuation_and_syllable_tokens_split_words():
    # catches: "?" or "," indexed as terms, or syllable mode still joining words
    assert retrieval.tokenize("Nghỉ phép, được không?", "words") == ["nghỉ_phép", "được", "không"]
    assert retrieval.tokenize("Nghỉ phép, được không?", "syllables") == ["nghỉ", "phép", "được", "không"]
    assert retrieval.tokenize("Nghỉ phép năm", "words+syllables") == ["nghỉ", "phép", "năm", "nghỉ_phép"]


def test_decomposed_and_upper_case_text_gives_the_same_tokens():
    # catches: NFD input (macOS, some keyboards) or capitals producing different index terms
    nfc = "Nghỉ phép năm được bao nhiêu ngày?"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    for mode in retrieval.TOKEN_MODES:
        assert retrieval.tokenize(nfd, mode) == retrieval.tokenize(nfc, mode) == retrieval.tokenize(nfc.lower(), mode)


# --- BM25 ----------------------------------------------------------------------------------------


def test_bm25_scores_match_a_hand_computation():
    # catches: a wrong idf variant, a missing (k1 + 1), or length normalisation by the wrong length
    index = BM25Index(TOY, k1=1.5, b=0.75, tokens="syllables")
    avgdl = (3 + 2 + 5) / 3
    idf_nghi = math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))  # "nghỉ" is in 2 of 3 documents
    idf_phep = math.log(1 + (3 - 1 + 0.5) / (1 + 0.5))  # "phép" is in 1
    norm_a = 1.5 * (1 - 0.75 + 0.75 * 3 / avgdl)
    norm_b = 1.5 * (1 - 0.75 + 0.75 * 2 / avgdl)
    expected_a = (idf_nghi + idf_phep) * 1 * 2.5 / (1 + norm_a)
    expected_b = idf_nghi * 1 * 2.5 / (1 + norm_b)
    hits = index.search("nghỉ phép", k=3)
    assert [h.id for h in hits] == ["a", "b"]  # "c" shares no term, so it is not returned
    assert hits[0].score == pytest.approx(expected_a, rel=1e-12)
    assert hits[1].score == pytest.approx(expected_b, rel=1e-12)
    assert hits[0].text == "nghỉ phép năm"


def test_bm25_term_frequency_saturates_with_k1():
    # catches: tf used raw (no saturation) or repeated query terms ignored
    index = BM25Index(TOY, k1=1.5, b=0.75, tokens="syllables")
    norm_c = 1.5 * (1 - 0.75 + 0.75 * 5 / (10 / 3))
    idf = math.log(1 + (3 - 1 + 0.5) / (1 + 0.5))
    one = idf * 2 * 2.5 / (2 + norm_c)  # tf = 2 in "làm thêm giờ làm thêm"
    assert index.scores("làm thêm")[2] == pytest.approx(2 * one)
    assert index.scores("làm làm")[2] == pytest.approx(2 * one)  # a term asked twice counts twice
    binary = BM25Index(TOY, k1=0, tokens="syllables")  # k1 = 0: only whether a term occurs matters
    assert binary.scores("làm thêm")[2] == pytest.approx(2 * idf)


def test_b_zero_ignores_passage_length():
    # catches: b not wired into the length normalisation
    docs = [{"id": "short", "text": "phép"}, {"id": "long", "text": "phép năm nay có nhiều ngày hơn"}]
    unnormalised = BM25Index(docs, b=0, tokens="syllables").scores("phép")
    assert unnormalised.tolist() == pytest.approx([math.log(1 + 0.5 / 2.5)] * 2)
    normalised = BM25Index(docs, b=1, tokens="syllables").scores("phép")
    assert normalised[0] > normalised[1]


def test_search_orders_by_score_and_limits_to_k(index):
    # catches: results unsorted, k ignored, or scores disagreeing with index.scores
    hits = index.search("Tăng ca ngày Chủ nhật được trả bao nhiêu phần trăm lương?", k=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    all_scores = index.scores("Tăng ca ngày Chủ nhật được trả bao nhiêu phần trăm lương?")
    assert hits[0].score == pytest.approx(all_scores.max())
    assert all(isinstance(h, retrieval.Hit) and h.text == index.passage(h.id)["text"] for h in hits)


def test_off_topic_question_returns_nothing(index):
    # catches: zero-score passages returned as if they were relevant
    assert index.search("xyzzy qwerty", k=3) == []


# --- measured on the bundled data ----------------------------------------------------------------


@pytest.mark.parametrize("mode", list(MEASURED))
def test_recall_on_hr_policy_is_the_measured_value(policies, qa, mode):
    # catches: a regression (or an unexplained jump) in retrieval quality on the course's own data
    index = BM25Index(policies, tokens=mode)
    for k, measured in MEASURED[mode].items():
        recall = retrieval.recall_at_k(index, qa, k)
        assert recall == pytest.approx(measured, abs=0.03), (mode, k, recall)
        assert recall > 10 * k / len(policies)  # chance is k / 88


def test_recall_grows_with_k_and_reaches_one(index, qa):
    # catches: recall computed on the wrong ranks (it can only grow with k)
    values = [retrieval.recall_at_k(index, qa, k) for k in (1, 3, 5, 20)]
    assert values == sorted(values)
    assert retrieval.recall_at_k(index, qa[:20], len(index)) >= 0.95  # nearly every gold passage shares a word


def test_recall_counts_hits_exactly():
    # catches: recall averaged over the wrong denominator or matched on the wrong field
    index = BM25Index(TOY, tokens="syllables")
    pairs = [{"question": "nghỉ phép", "passage_id": "a"}, {"question": "nghỉ phép", "passage_id": "b"},
             {"question": "làm thêm", "passage_id": "c"}, {"question": "xyzzy", "passage_id": "c"}]
    assert retrieval.recall_at_k(index, pairs, 1) == 2 / 4
    assert retrieval.recall_at_k(index, pairs, 2) == 3 / 4


def test_decomposed_question_finds_the_same_passage(index, qa):
    # catches: a question typed in NFD missing its passage, though it looks identical on screen
    for pair in qa[:10]:
        nfd = unicodedata.normalize("NFD", pair["question"])
        assert [h.id for h in index.search(nfd, 3)] == [h.id for h in index.search(pair["question"], 3)]
    words = BM25Index(index.passages, tokens="words")
    decomposed = [{**p, "text": unicodedata.normalize("NFD", p["text"])} for p in index.passages]
    nfd_passages = BM25Index(decomposed, tokens="words")
    question = "Chị sinh em bé thì được nghỉ thai sản mấy tháng?"
    assert nfd_passages.search(question, 3) == words.search(question, 3)


# --- errors that say what to fix -------------------------------------------------------------


@pytest.mark.parametrize("passages, message", [
    ([], "no passages"),
    ([{"text": "nghỉ phép"}], "has no id"),
    ([{"id": "a"}], "has no text"),
    ([{"id": "a", "text": "   "}], "has no text"),
    ([{"id": "a", "text": "x"}, {"id": "a", "text": "y"}], "appears twice"),
    (["nghỉ phép"], "not a dict"),
    ("nghỉ phép", "list of dicts"),
    ({"id": "a", "text": "nghỉ phép"}, "list of dicts"),  # one passage not in a list: its keys are not passages
    ([{"id": "a ", "text": "nghỉ phép"}], "could not cite"),  # cited_ids strips the space: never a source
    ([{"id": "a,b", "text": "nghỉ phép"}], "could not cite"),  # "[a,b]" reads as two citations
    ([{"id": "a", "text": "?!"}], "contains a word"),
])
def test_bad_passages_are_refused_with_the_fix(passages, message):
    # catches: an index silently built from nothing, or a passage that could never be cited
    with pytest.raises(ValueError, match=message):
        BM25Index(passages)


@pytest.mark.parametrize("k", [0, -1, 1.5, "3", True])
def test_k_must_be_a_whole_number_of_at_least_one(index, qa, k):
    # catches: k = 0 returning an empty list that looks like "nothing relevant"
    with pytest.raises(ValueError, match="k is how many passages"):
        index.search("nghỉ phép", k)
    with pytest.raises(ValueError, match="k is how many passages"):
        retrieval.recall_at_k(index, qa, k)


def test_other_bad_inputs_are_refused(index):
    # catches: silent nonsense for an empty question, unknown mode, bad parameters or a foreign gold id
    with pytest.raises(ValueError, match="question is empty"):
        index.search("   ", 3)
    with pytest.raises(ValueError, match="tokens must be one of"):
        BM25Index(TOY, tokens="characters")
    with pytest.raises(ValueError, match="b must be between 0 and 1"):
        BM25Index(TOY, b=1.5)
    with pytest.raises(ValueError, match="not in the index"):
        retrieval.recall_at_k(index, [{"question": "nghỉ phép", "passage_id": "no-such-passage"}], 1)
    with pytest.raises(ValueError, match="No question-answer pairs"):
        retrieval.recall_at_k(index, [], 1)
    assert issubclass(retrieval.RetrievalError, ValueError)


@pytest.mark.parametrize("index_, pairs, message", [
    (TOY, [{"question": "nghỉ phép", "passage_id": "a"}], "needs a search index first, not a list"),
    (None, None, "needs a search index first"),
    ("index", None, "qa_pairs must be a list of dicts"),
    ("index", {"question": "nghỉ phép", "passage_id": "a"}, "qa_pairs must be a list of dicts"),
    ("index", [{"question": "nghỉ phép", "passage_id": None}], "lacks 'question' or 'passage_id' as text"),
    ("index", [{"question": 5, "passage_id": "zz"}], "lacks 'question' or 'passage_id' as text"),
])
def test_recall_refuses_malformed_inputs_with_the_fix(index_, pairs, message):
    # catches: AttributeError or TypeError from deep inside recall_at_k for swapped arguments or a missing gold id
    index_ = BM25Index(TOY, tokens="syllables") if index_ == "index" else index_
    with pytest.raises(retrieval.RetrievalError, match=message):
        retrieval.recall_at_k(index_, pairs, 1)


def test_k1_must_be_finite_and_numpy_numbers_are_accepted():
    # catches: k1 = inf turning every score into nan (so every search silently finds nothing), np.float32 refused
    with pytest.raises(retrieval.RetrievalError, match="k1 must be a finite number"):
        BM25Index(TOY, k1=float("inf"))
    assert BM25Index(TOY, b=np.float32(0.5)).b == 0.5


def test_one_field_given_as_a_string_is_one_field():
    # catches: fields="section" read as the fields "s", "e", "c", ..., silently indexing the text alone
    docs = [{"id": "a", "section": "Nghỉ phép", "text": "12 ngày mỗi năm"}, {"id": "b", "text": "làm thêm giờ"}]
    index = BM25Index(docs, fields="section")
    assert index.fields == ("section",)
    assert index.indexed_text(index.passages[0]) == "Nghỉ phép 12 ngày mỗi năm"
    assert [h.id for h in index.search("nghỉ phép", 3)] == ["a"]


def test_a_passage_is_found_by_its_decomposed_id():
    # catches: "No passage with id 'phép-1'" for an id that looks identical but was typed in NFD
    index = BM25Index([{"id": "phép-1", "text": "nghỉ phép"}])
    nfd = unicodedata.normalize("NFD", "phép-1")
    assert index.passage(nfd)["text"] == "nghỉ phép" and index.terms(nfd) == ["nghỉ", "phép"]


def test_cited_ids_refuses_a_reply_that_is_not_text():
    # catches: a TypeError from unicodedata when given the Answer or None instead of its text
    with pytest.raises(retrieval.RetrievalError, match=r"Fix: pass the reply's text, e.g. answer\(...\).text"):
        retrieval.cited_ids(None)


# --- grounded prompt, citations, answers ---------------------------------------------------------


def test_grounded_prompt_quotes_every_passage_with_its_id(index):
    # catches: a passage or its id missing from the prompt (the model could not cite it)
    question = LONG_SERVICE
    hits = index.search(question, 3)
    messages = retrieval.grounded_prompt(question, hits)
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "ngoặc vuông" in messages[0]["content"] and retrieval.NOT_FOUND in messages[0]["content"]
    for hit in hits:
        assert f"[{hit.id}] {hit.text}" in messages[1]["content"]
    assert messages[1]["content"].endswith(f"Câu hỏi: {question}")
    assert retrieval.grounded_prompt(question, [{"id": h.id, "text": h.text} for h in hits]) == messages


def test_grounded_prompt_refuses_no_passages_and_empty_questions(index):
    # catches: a "grounded" prompt with nothing to ground on
    with pytest.raises(ValueError, match="at least one passage"):
        retrieval.grounded_prompt("Mấy giờ vào làm?", [])
    with pytest.raises(ValueError, match="question is empty"):
        retrieval.grounded_prompt("", index.search("nghỉ phép", 1))
    with pytest.raises(ValueError, match="needs an 'id' and a 'text'"):
        retrieval.grounded_prompt("Mấy giờ vào làm?", [{"id": "a"}])


def test_cited_ids_reads_brackets_and_keeps_only_shown_passages():
    # catches: citations of passages the model never saw counted as sources
    text = "Được 15 ngày [nghi-phep-02]. Xem thêm [nghi-phep-05, nghi-viec-02] và [bịa-đặt-99] [nghi-phep-02]."
    assert retrieval.cited_ids(text) == ["nghi-phep-02", "nghi-phep-05", "nghi-viec-02", "bịa-đặt-99"]
    assert retrieval.cited_ids(text, allowed=["nghi-phep-02", "nghi-viec-02"]) == ["nghi-phep-02", "nghi-viec-02"]
    assert retrieval.cited_ids("Không có trích dẫn.") == []


def test_answer_reads_the_citation_of_a_model_reply(index, tiny, monkeypatch):
    # catches: answer() not passing the retrieved passages to the model, or not parsing its citation
    seen = {}

    def fake_generate(model, tokenizer, prompts, max_new_tokens, temperature):
        seen["prompt"] = prompts[0][1]["content"]
        return ["Mỗi 5 năm được cộng thêm 1 ngày phép [nghi-phep-02] [khong-co-01]."]

    monkeypatch.setattr(generate, "generate_batch", fake_generate)
    model, tokenizer = tiny
    result = retrieval.answer(model, tokenizer, index, LONG_SERVICE, k=3)
    assert result.sources == ["nghi-phep-02"]  # khong-co-01 was never shown, so it is not a source
    assert [h.id for h in result.passages] == [h.id for h in index.search(LONG_SERVICE, 3)]
    assert all(f"[{h.id}]" in seen["prompt"] for h in result.passages)


def test_answer_without_retrieved_passages_does_not_call_the_model(index, tiny, monkeypatch):
    # catches: an off-topic question answered from the model's imagination
    monkeypatch.setattr(generate, "generate_batch", lambda *a, **k: pytest.fail("the model was called"))
    model, tokenizer = tiny
    result = retrieval.answer(model, tokenizer, index, "xyzzy qwerty", k=3)
    assert (result.text, result.sources, result.passages) == (retrieval.NOT_FOUND, [], [])


def test_answer_with_the_bundled_model_runs_end_to_end(index, tiny):
    # catches: the real generate path breaking (chat template, padding, decoding) inside answer()
    model, tokenizer = tiny
    result = retrieval.answer(model, tokenizer, index, OVERTIME, k=3, max_new_tokens=16)
    assert isinstance(result.text, str) and result.text
    assert set(result.sources) <= {h.id for h in result.passages} and len(result.passages) == 3


def test_answer_refuses_a_prompt_longer_than_the_context(index, tiny):
    # catches: a prompt silently truncated by the model, cutting off the question
    model, tokenizer = tiny
    with pytest.raises(ValueError, match="exceeds the model's context of 1024"):
        retrieval.answer(model, tokenizer, index, OVERTIME, k=10, max_new_tokens=600)


def test_strip_accents_removes_tones_marks_and_the_crossed_d():
    assert retrieval.strip_accents("Đơn xin nghỉ phép của tôi") == "Don xin nghi phep cua toi"
    assert retrieval.strip_accents(unicodedata.normalize("NFD", "nghỉ")) == "nghi"


def test_a_question_without_accents_reads_each_term_as_its_accented_forms():
    # catches: "khong dau" questions (how many people type) matching nothing, or matching passages they never meant
    index = retrieval.BM25Index([{"id": "a", "text": "Cả nhà đi chơi."}, {"id": "b", "text": "Cá kho tộ."},
                                 {"id": "c", "text": "Nghỉ phép năm."}])
    assert {h.id for h in index.search("ca", 3)} == {"a", "b"}
    assert [h.id for h in index.search("ca kho", 3)][0] == "b"
    assert [h.id for h in index.search("nghi phep", 3)] == ["c"]
    # a question with accents is taken as written
    assert [h.id for h in index.search("cá", 3)] == ["b"]
    assert index.search("nghi phép", 3) == index.search("phép", 3)


def test_unaccented_hr_questions_recover_most_of_their_recall_and_accented_ones_are_unchanged():
    # catches: the accent fallback changing the accented numbers the lesson quotes, or not helping at all
    policies = list(data.load_dataset("hr_policy", "policies"))
    qa = list(data.load_dataset("hr_policy", "qa"))
    bare = [dict(q, question=retrieval.strip_accents(q["question"])) for q in qa]
    index = retrieval.BM25Index(policies)
    with_accents = retrieval.recall_at_k(index, qa, 5)
    without = retrieval.recall_at_k(index, bare, 5)
    index._accented = {}  # as before the fallback: unaccented terms taken as written
    assert retrieval.recall_at_k(index, qa, 5) == with_accents
    assert without >= 2 * retrieval.recall_at_k(index, bare, 5) and without >= 0.8 * with_accents
