"""Tokenizer training and from-scratch pretraining (workbench.pretrain) on a slice of the corpus."""

import json
import unicodedata

import pytest
import torch

from workbench import data, pretrain

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("pretrain")


@pytest.fixture(scope="module")
def corpus():
    dd = data.load_dataset("vi_corpus")
    return list(dd["train"]["text"])[:60], list(dd["validation"]["text"])[:6]


def test_tokenizer_beats_byte_level_fertility(corpus):
    # catches: a tokenizer that learned no Vietnamese merges (as costly as raw bytes)
    train, valid = corpus
    tokenizer = pretrain.train_tokenizer(train, vocab_size=1000)
    assert pretrain.fertility(tokenizer, valid) < 0.5 * pretrain.byte_fertility(valid)


def test_nfd_input_tokenizes_like_nfc(corpus):
    # catches: NFD text (2-4x more tokens) reaching the model un-normalised
    tokenizer = pretrain.train_tokenizer(corpus[0], vocab_size=600)
    text = "Người lao động được nghỉ phép năm đầy đủ."
    nfd = unicodedata.normalize("NFD", text)
    assert tokenizer(nfd)["input_ids"] == tokenizer(text)["input_ids"]


@pytest.mark.slow
def test_short_pretraining_lowers_heldout_perplexity_and_saves(corpus, tmp_path):
    # catches: a training loop that does not learn, or a checkpoint that is not loadable
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cfg = pretrain.PretrainConfig(vocab_size=800, hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2,
                                  intermediate_size=128, seq_len=64, batch_size=8, steps=60, warmup_steps=5,
                                  eval_every=30, learning_rate=1e-2)
    report = pretrain.pretrain(*corpus, tmp_path / "model", cfg, log=lambda *_: None)
    assert report["valid_ppl"] < 0.5 * report["untrained_valid_ppl"]
    folder = tmp_path / "model"
    assert json.loads((folder / "pretrain_report.json").read_text())["valid_ppl"] == report["valid_ppl"]
    assert "held-out perplexity" in (folder / "README.md").read_text()
    assert (folder / "training_curve.png").stat().st_size > 0
    model = AutoModelForCausalLM.from_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    assert model.config.model_type == "llama" and tokenizer.chat_template
    assert not list(tmp_path.glob("model.tmp-*"))


@pytest.mark.slow
def test_pretraining_is_reproducible(corpus, tmp_path):
    # catches: unseeded data order or initialisation (the bundled weights must be rebuildable)
    cfg = pretrain.PretrainConfig(vocab_size=500, hidden_size=32, num_layers=1, num_heads=2, num_kv_heads=1,
                                  intermediate_size=64, seq_len=32, batch_size=4, steps=5, warmup_steps=1, eval_every=5)
    a = pretrain.pretrain(*corpus, tmp_path / "a", cfg, log=lambda *_: None)
    b = pretrain.pretrain(*corpus, tmp_path / "b", cfg, log=lambda *_: None)
    assert a["curve"][-1]["train_loss"] == b["curve"][-1]["train_loss"]
    from safetensors.torch import load_file
    wa, wb = load_file(tmp_path / "a" / "model.safetensors"), load_file(tmp_path / "b" / "model.safetensors")
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


def _small(**overrides):
    settings = dict(vocab_size=500, hidden_size=32, num_layers=1, num_heads=2, num_kv_heads=1, intermediate_size=64,
                    seq_len=32, batch_size=4, steps=10, warmup_steps=1, eval_every=1, checkpoint_every=4, bf16=False)
    settings.update(overrides)
    return pretrain.PretrainConfig(**settings)


@pytest.mark.slow
def test_an_interrupted_run_resumes_to_the_same_model(corpus, tmp_path):
    # catches: a resume that restarts the schedule or the data order, or loses the optimiser state
    from safetensors.torch import load_file

    pretrain.pretrain(*corpus, tmp_path / "whole", _small(), log=lambda *_: None, work_dir=tmp_path / "w1")

    def stop_at_step_6(line):
        if line.startswith("step 6/"):
            raise KeyboardInterrupt  # as if the machine were switched off after the checkpoint at step 4

    with pytest.raises(KeyboardInterrupt):
        pretrain.pretrain(*corpus, tmp_path / "cut", _small(), log=stop_at_step_6, work_dir=tmp_path / "w2")
    assert not (tmp_path / "cut").exists()  # nothing half-written where the model goes
    lines = []
    pretrain.pretrain(*corpus, tmp_path / "cut", _small(), log=lines.append, work_dir=tmp_path / "w2", resume=True)
    assert any("resuming at step 4" in line for line in lines)
    whole, resumed = load_file(tmp_path / "whole" / "model.safetensors"), load_file(tmp_path / "cut" / "model.safetensors")
    assert all(torch.equal(whole[k], resumed[k]) for k in whole)


@pytest.mark.slow
def test_resume_refuses_a_checkpoint_of_other_settings(corpus, tmp_path):
    # catches: silently mixing two runs' weights and schedules
    pretrain.pretrain(*corpus, tmp_path / "a", _small(steps=4), log=lambda *_: None, work_dir=tmp_path / "w")
    with pytest.raises(ValueError, match="other settings"):
        pretrain.pretrain(*corpus, tmp_path / "b", _small(steps=8, learning_rate=1e-2), log=lambda *_: None,
                          work_dir=tmp_path / "w", resume=True)
    lines = []  # a longer run is allowed: the rest of the schedule is re-planned, and said so
    report = pretrain.pretrain(*corpus, tmp_path / "b", _small(steps=6), log=lines.append, work_dir=tmp_path / "w",
                               resume=True)
    assert report["curve"][-1]["step"] == 6 and any("now ends at 6" in line for line in lines)


def test_rows_hold_short_documents_whole():
    # catches: random windows that cut a chat from its answer
    documents = [[i] * n for i, n in enumerate([5, 9, 3, 7, 8, 2, 6, 4, 30], start=1)]
    rows = pretrain.pack_rows(documents, 10, seed=0, pad_id=0)
    assert rows.shape[1] == 10
    for doc in documents[:-1]:  # each short document sits whole and in one piece in a single row
        holding = [row for row in rows.tolist() if doc[0] in row]
        assert len(holding) == 1, doc
        first = holding[0].index(doc[0])
        assert holding[0][first:first + len(doc)] == doc and holding[0].count(doc[0]) == len(doc)
    assert (rows == 9).sum() == 30  # a long one is cut into row-sized pieces, none lost
    assert (rows == 0).sum() < rows.numel() * 0.3


@pytest.mark.slow
def test_continued_pretraining_starts_from_the_base_and_keeps_its_tokenizer(corpus, tmp_path):
    # catches: `--continue-from` training a new tokenizer (the base's embeddings would then mean nothing)
    from transformers import AutoTokenizer

    base = pretrain.pretrain(*corpus, tmp_path / "base", _small(steps=3, checkpoint_every=0), log=lambda *_: None)
    lines = []
    report = pretrain.pretrain(corpus[0][:20], corpus[1], tmp_path / "continued", _small(steps=3, checkpoint_every=0),
                               log=lines.append, base=tmp_path / "base")
    assert report["continued_from"] == str(tmp_path / "base")
    base_tok, new_tok = AutoTokenizer.from_pretrained(tmp_path / "base"), AutoTokenizer.from_pretrained(tmp_path / "continued")
    assert base_tok.get_vocab() == new_tok.get_vocab()
    # it starts where the base ended (same weights, same held-out texts), not from random weights
    assert abs(report["untrained_valid_ppl"] - base["valid_ppl"]) < 0.05


def test_texts_for_continued_pretraining_are_checked(tmp_path):
    # catches: a malformed upload failing deep inside the tokenizer instead of naming the line
    from workbench.errors import WorkbenchError

    bad = tmp_path / "emails.jsonl"
    bad.write_text('{"text": "Xin chào"}\n{"body": "no text field"}\n', encoding="utf-8")
    with pytest.raises(WorkbenchError, match=r"emails.jsonl, line 2: needs a non-empty 'text'"):
        pretrain.read_texts(bad)
    few = tmp_path / "few.txt"
    few.write_text("Một.\n\nHai.\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="holds 2 documents"):
        pretrain.read_texts(few)
    good = tmp_path / "good.txt"
    good.write_text("\n\n".join(f"Email số {i}: tôi cần hỗ trợ." for i in range(25)), encoding="utf-8")
    assert len(pretrain.read_texts(good)) == 25
