"""Scoring by log-likelihood, classification metrics, and batched generation (evaluate, generate)."""

import unicodedata
import warnings

import pytest
import torch

from workbench import evaluate, generate, models
from workbench.errors import WorkbenchError

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


# --- errors that say what to fix -------------------------------------------------------------


@pytest.mark.parametrize("y_true, y_pred, labels, message", [
    ([], [], ["a", "b"], "no examples to score"),
    (["a", "b"], ["a"], ["a", "b"], "y_true has 2 labels and y_pred has 1"),
    (["a", "b"], ["a", "khác"], ["a", "b"], r"y_pred contains 'khác', not among the labels \['a', 'b'\]"),
    (["a", "c"], ["a", "b"], ["a", "b"], "y_true contains 'c'"),
    (["a", "b"], ["a", None], ["a", "b"], "y_pred contains None"),
    (["a"], ["a"], [], "labels is empty"),
    (["a", "b"], ["a", "b"], ["a", "a", "b"], "lists 'a' more than once"),
    (["a", "b"], ["a", "b"], "ab", "labels must be a list"),
    ("ab", "ab", ["a", "b"], "y_true must be a list"),
])
def test_classification_report_refuses_inputs_that_give_a_wrong_number(y_true, y_pred, labels, message):
    # catches: sklearn's raw errors, or a label outside `labels` silently dropped from the confusion matrix
    with pytest.raises(evaluate.EvaluationError, match=message):
        evaluate.classification_report(y_true, y_pred, labels)
    assert issubclass(evaluate.EvaluationError, WorkbenchError) and issubclass(evaluate.EvaluationError, ValueError)


def test_all_predictions_wrong_give_zero_not_nan():
    # catches: 0/0 in precision or F1 turning into nan or an error when nothing is right
    report = evaluate.classification_report(["a", "a", "b"], ["b", "b", "a"], ["a", "b"])
    assert (report.accuracy, report.macro_f1) == (0.0, 0.0)
    assert all(m["f1"] == 0.0 for m in report.per_class.values())
    assert report.confusion == [[0, 2], [1, 0]]


def test_a_single_class_is_scored_without_a_misleading_warning():
    # catches: sklearn's "use the 'labels' parameter" warning, shown although the labels were passed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = evaluate.classification_report(["a", "a"], ["a", "a"], ["a"])
    assert (report.accuracy, report.macro_f1, report.confusion) == (1.0, 1.0, [[2]])


def test_decomposed_labels_match_the_dataset_labels():
    # catches: labels typed in NFD (same on screen) failing to match the NFC data
    nfd = [unicodedata.normalize("NFD", label) for label in LABELS]
    report = evaluate.classification_report(["đổi trả", "giao hàng"], ["đổi trả", "thanh toán"], nfd)
    assert report.labels == LABELS and report.accuracy == 0.5
    assert report.per_class["đổi trả"]["f1"] == 1.0


@pytest.mark.parametrize("choices, message", [
    ([], "choices is empty"),
    (["giao hàng", "đổi trả", "giao hàng"], "lists 'giao hàng' more than once"),
    ("giao hàng", "choices must be a list"),
])
def test_choice_scoring_refuses_empty_or_repeated_choices(choices, message):
    # catches: an IndexError deep in scoring, a tie between identical choices, or a label split into letters
    prompts = [[{"role": "user", "content": "Đơn hàng chưa tới."}]]
    with pytest.raises(evaluate.EvaluationError, match=message):
        evaluate.choice_logprobs(None, None, prompts, choices)


def test_choice_scoring_refuses_one_conversation_not_in_a_list():
    # catches: a single conversation (a list of messages) read as many prompts of one dict each
    with pytest.raises(evaluate.EvaluationError, match=r"for one conversation pass \[messages\]"):
        evaluate.choice_logprobs(None, None, [{"role": "user", "content": "Xin chào"}], LABELS)


def test_evaluate_classifier_checks_its_inputs_before_running_the_model():
    # catches: minutes of scoring thrown away on a length mismatch found only at the end
    prompts = [[{"role": "user", "content": "Đơn hàng chưa tới."}]]
    with pytest.raises(evaluate.EvaluationError, match="1 prompts and 2 true labels"):
        evaluate.evaluate_classifier(None, None, prompts, ["giao hàng", "đổi trả"], LABELS)
    with pytest.raises(evaluate.EvaluationError, match="y_true contains 'giao hang'"):
        evaluate.evaluate_classifier(None, None, prompts, ["giao hang"], LABELS)


def test_before_after_table_refuses_reports_on_different_labels():
    # catches: a KeyError, or a label of the first report silently left out of the table
    before = evaluate.classification_report(["a", "b"], ["a", "a"], ["a", "b", "c"])
    after = evaluate.classification_report(["a", "b"], ["a", "b"], ["a", "b"])
    for first, second in ((before, after), (after, before)):
        with pytest.raises(evaluate.EvaluationError, match="measured on different labels"):
            evaluate.before_after_table(first, second)
