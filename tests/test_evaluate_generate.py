"""Scoring by log-likelihood, classification metrics, and batched generation (evaluate, generate)."""

import pytest
import torch

from workbench import evaluate, generate, models

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("evaluate_generate")

LABELS = ["giao hàng", "thanh toán", "đổi trả"]


@pytest.fixture(scope="module")
def tiny(tiny_model_dir):
    return models.load_model(str(tiny_model_dir), quantization="none")


def test_classification_report_matches_hand_computation():
    # catches: swapped true/pred or labels order in per-class F1
    report = evaluate.classification_report(["a", "a", "b", "b"], ["a", "b", "b", "b"], ["a", "b"])
    assert report.accuracy == pytest.approx(0.75)
    assert report.per_class["a"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2}
    assert report.per_class["b"]["precision"] == pytest.approx(2 / 3)
    assert report.confusion == [[1, 1], [0, 2]]
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)


def test_choice_logprobs_equal_a_direct_computation(tiny):
    # catches: off-by-one between logits and targets, or padding leaking into batched scores
    model, tokenizer = tiny
    prompts = [[{"role": "user", "content": "Đơn hàng chưa tới."}], [{"role": "user", "content": "Trừ tiền hai lần cho một đơn hàng."}]]
    scores = evaluate.choice_logprobs(model, tokenizer, prompts, LABELS)
    assert scores.shape == (2, 3)
    for i, messages in enumerate(prompts):
        prefix = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        n_prefix = len(tokenizer(prefix, add_special_tokens=False)["input_ids"])
        for j, label in enumerate(LABELS):
            full = tokenizer.apply_chat_template(messages + [{"role": "assistant", "content": label}], tokenize=False)
            ids = tokenizer(full, add_special_tokens=False, return_tensors="pt")["input_ids"]
            with torch.no_grad():
                logprobs = torch.log_softmax(model(input_ids=ids).logits[0, :-1].float(), dim=-1)
            expected = logprobs[torch.arange(n_prefix - 1, ids.shape[1] - 1), ids[0, n_prefix:]].sum().item()
            assert scores[i, j].item() == pytest.approx(expected, abs=1e-3)


def test_batched_generation_equals_one_by_one(tiny):
    # catches: right padding in batched generation (replies differ from single-prompt replies)
    model, tokenizer = tiny
    prompts = [[{"role": "user", "content": "Xin chào"}], [{"role": "user", "content": "Tôi muốn hỏi về đơn hàng đã thanh toán hôm qua"}]]
    batched = generate.generate_batch(model, tokenizer, prompts, max_new_tokens=6)
    single = [generate.generate_batch(model, tokenizer, [p], max_new_tokens=6)[0] for p in prompts]
    assert batched == single


def test_chat_builds_system_history_and_message(tiny):
    # catches: history or system prompt dropped from the conversation
    messages = generate.build_messages("Còn hàng không?", system="Bạn là trợ lý.",
                                       history=[{"role": "user", "content": "Chào"}, {"role": "assistant", "content": "Chào bạn"}])
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    model, tokenizer = tiny
    reply = generate.chat(model, tokenizer, "Xin chào", system="Bạn là trợ lý.", max_new_tokens=4, temperature=0)
    assert isinstance(reply, str)


def test_before_after_table_lists_every_label():
    # catches: a table that hides per-class regressions
    before = evaluate.classification_report(["giao hàng", "thanh toán"], ["giao hàng", "giao hàng"], LABELS)
    after = evaluate.classification_report(["giao hàng", "thanh toán"], ["giao hàng", "thanh toán"], LABELS)
    table = evaluate.before_after_table(before, after)
    assert "accuracy" in table and all(label in table for label in LABELS)
    assert "+50.0%" in table
