"""The bundled model's pretraining mix (datasets/pretrain_mix): large, varied, and disjoint from every evaluation."""

import importlib.util
import re

import pytest

from workbench import data

pytestmark = [pytest.mark.xdist_group("pretrain_mix"), pytest.mark.slow]  # one worker builds the mix once for the module


@pytest.fixture(scope="module")
def make():
    spec = importlib.util.spec_from_file_location("pretrain_mix_make", data.datasets_root() / "pretrain_mix" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def mix(make):
    return make.generate()


def test_no_8_gram_shared_with_any_evaluation_split(make, mix):
    # catches: a test email, held-out corpus text, exam question or HR question leaking into pretraining
    docs, valid, _ = mix
    source = {}  # 8-gram -> the evaluation split it comes from
    for name, texts in make.evaluation_texts().items():
        grams = set().union(*(make.ngrams(t) for t in texts))
        assert grams, f"{name} yielded no 8-grams: the check would pass vacuously"
        source.update(dict.fromkeys(grams, name))
    for doc in docs + valid:
        shared = make.ngrams(make.document_text(doc)) & source.keys()
        assert not shared, f"{doc['task']} shares {' '.join(next(iter(shared)))!r} with {source[next(iter(shared))]}"


def test_the_email_task_is_never_a_task(make, mix):
    # catches: the support-email categories taught in pretraining (the demo would measure memory, not transfer)
    email_labels = set(data.describe("support_emails").labels)
    for task in make.authored_tasks():
        assert len(email_labels & set(task["labels"])) <= 1, task["name"]
    docs, _, _ = mix
    for doc in docs:
        if "messages" in doc and doc["task"] != "instructions":
            shown = re.findall(r"nhóm: ([^.\n]+)\.", doc["messages"][-2]["content"])
            assert not shown or len(email_labels & set(shown[0].split(", "))) <= 1


def test_large_enough_and_as_the_datasheet_says(mix):
    # catches: a generator change that shrinks the mix, or a datasheet that no longer describes it
    docs, valid, stats = mix
    assert stats["bytes"] >= 20_000_000
    sheet = (data.datasets_root() / "pretrain_mix" / "DATASHEET.md").read_text(encoding="utf-8")
    assert f"**{stats['documents']:,}**" in sheet and f"{stats['bytes'] / 1e6:.1f} MB" in sheet
    assert f"{stats['distinct_5gram_ratio']:.3f}" in sheet and f"{stats['repeated_sentence_share']:.3f}" in sheet
    assert f"{stats['authored_sentences']:,} sentences" in sheet and f"{len(valid)} held-out chats" in sheet


def test_every_chat_answers_with_a_label_it_shows(mix):
    # catches: a chat whose answer is not among the labels in its prompt (nothing to learn to copy)
    docs, valid, _ = mix
    for doc in [d for d in docs if "messages" in d and d["task"] != "instructions"][:5000] + valid:
        user, answer = doc["messages"][-2]["content"], doc["messages"][-1]["content"]
        assert answer in ("có", "không") or answer in user, (user, answer)
