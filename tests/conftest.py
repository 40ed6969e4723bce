"""Shared fixtures: a tiny randomly initialised model saved like a hub model, and small data."""

import os

import pytest

os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SAMPLE_TEXTS = [
    "Xin chào, tôi muốn hỏi về đơn hàng của tôi đã thanh toán hôm qua.",
    "Giao hàng chậm quá, tôi cần biết khi nào nhận được hàng.",
    "Tôi không đăng nhập được vào tài khoản trên ứng dụng.",
    "Sản phẩm bị lỗi, tôi muốn đổi trả và được hoàn tiền.",
    "Cảm ơn nhân viên đã hỗ trợ tôi rất nhiệt tình.",
] * 8


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A 2-layer Llama with a freshly trained tokenizer, saved with save_pretrained (no download)."""
    from transformers import LlamaForCausalLM

    from workbench import pretrain

    folder = tmp_path_factory.mktemp("tiny-model")
    tokenizer = pretrain.train_tokenizer(SAMPLE_TEXTS, vocab_size=400)
    cfg = pretrain.PretrainConfig(hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2, intermediate_size=128)
    config = pretrain.model_config(cfg, tokenizer)
    config.initializer_range = 0.3  # large enough embeddings that a frozen, tied lm_head can express a choice
    model = LlamaForCausalLM(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
