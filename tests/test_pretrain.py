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
