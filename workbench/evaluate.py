"""Measure models with numbers, not impressions: choice scoring by log-likelihood and classification metrics.

A model "answers" a classification or multiple-choice question by the option it finds most likely,
which needs no parsing of free text and works the same for a 5M and a 7B model. Introduced in
Level 2, lesson 3 (email triage) and Level 3, lesson 6 (evaluation).
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import torch
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

from workbench.errors import WorkbenchError


class EvaluationError(WorkbenchError, ValueError):
    """Bad input to an evaluation (no examples, lists that do not pair up, an unknown label); says the fix."""


@dataclass
class ClassificationReport:
    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]]  # label -> precision, recall, f1, support
    confusion: list[list[int]]  # rows: true label, columns: predicted, in `labels` order
    labels: list[str]

    def as_dict(self) -> dict:
        return {"accuracy": self.accuracy, "macro_f1": self.macro_f1, "per_class": self.per_class,
                "confusion": self.confusion, "labels": self.labels}


def _nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _as_list(values, name: str, example: str) -> list:
    """`values` as a list in NFC (a label typed decomposed looks the same and must compare equal)."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise EvaluationError(f"{name} must be a list, e.g. {example}, not a {type(values).__name__}.")
    return [_nfc(v) for v in values]


def _check_labels(labels, name: str = "labels") -> list:
    labels = _as_list(labels, name, "['giao hàng', 'thanh toán', 'đổi trả']")
    if not labels:
        raise EvaluationError(f"{name} is empty: there is nothing to choose from. Fix: pass the possible answers, "
                              "e.g. data.describe('support_emails').labels.")
    repeated = [label for label, count in Counter(labels).items() if count > 1]
    if repeated:
        raise EvaluationError(f"{name} lists {repeated[0]!r} more than once. Fix: give each one once, e.g. "
                              f"list(dict.fromkeys({name})).")
    return labels


def _check_known(values: list, name: str, labels: list) -> None:
    known = set(labels)
    unknown = list(dict.fromkeys(v for v in values if v not in known))
    if unknown:
        fix = ("add a label of its own for replies that are no label (say 'khác') to labels and map them to it"
               if name == "y_pred" else "add every class that occurs to labels")
        raise EvaluationError(f"{name} contains {', '.join(map(repr, unknown[:5]))}, not among the labels {labels}: "
                              "it would drop out of the confusion matrix and macro F1 unnoticed. Fix: correct the "
                              f"spelling, or {fix}.")


def classification_report(y_true: list[str], y_pred: list[str], labels: list[str]) -> ClassificationReport:
    """Accuracy, macro F1 and per-class precision/recall/F1 (scikit-learn's definitions).

    Every label in `labels` counts in macro F1, even one that never occurs (its F1 is then 0).

    >>> classification_report(["a", "a", "b"], ["a", "b", "b"], labels=["a", "b"]).macro_f1
    0.6666666666666666
    """
    labels = _check_labels(labels)
    y_true = _as_list(y_true, "y_true", "['giao hàng', 'đổi trả']")
    y_pred = _as_list(y_pred, "y_pred", "['giao hàng', 'thanh toán']")
    if len(y_true) != len(y_pred):
        raise EvaluationError(f"y_true has {len(y_true)} labels and y_pred has {len(y_pred)}; they must pair up, "
                              "one true and one predicted label per example. Fix: predict every example once.")
    if not y_true:
        raise EvaluationError("y_true and y_pred are empty: there are no examples to score. Fix: pass the true "
                              "labels of some held-out examples and the model's predictions for them.")
    _check_known(y_true, "y_true", labels)
    _check_known(y_pred, "y_pred", labels)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0)
    per_class = {label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
                 for label, p, r, f, s in zip(labels, precision, recall, f1, support)}
    with warnings.catch_warnings():  # it asks for `labels` when one label occurs, though they are passed
        warnings.filterwarnings("ignore", message="A single label was found", category=UserWarning)
        confusion = confusion_matrix(y_true, y_pred, labels=labels).tolist()
    return ClassificationReport(
        accuracy=float(accuracy_score(y_true, y_pred)),
        macro_f1=float(sum(f1) / len(labels)),
        per_class=per_class,
        confusion=confusion,
        labels=labels,
    )


def _model_device(model) -> torch.device:
    return next(p.device for p in model.parameters())


def _reply_ids(tokenizer, messages: list[dict], choices: list[str]) -> tuple[list[list[int]], int]:
    """Token ids of the conversation ending in each choice, and where the assistant's reply starts."""
    prefix = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    reply_start = len(tokenizer(prefix, add_special_tokens=False)["input_ids"])
    full = [tokenizer(tokenizer.apply_chat_template(messages + [{"role": "assistant", "content": c}], tokenize=False),
                      add_special_tokens=False)["input_ids"] for c in choices]
    return full, reply_start


@torch.no_grad()
def choice_logprobs(model, tokenizer, prompts: list[list[dict]], choices: list[str]) -> torch.Tensor:
    """Log-probability of each choice as the assistant's whole reply to each chat prompt.

    Returns a tensor of shape (len(prompts), len(choices)). The end-of-turn token is scored too, so
    a choice that is a prefix of another ("cao" / "cao nhất") does not win by being short. The prompt
    is run once and its key-value cache shared by all choices, so scoring six labels costs little
    more than reading the prompt once.
    """
    _check_labels(choices, "choices")
    if not all(isinstance(c, str) for c in choices):
        raise EvaluationError(f"Each choice is the text of a reply to score, a str; got {choices!r}.")
    if isinstance(prompts, Mapping) or any(not isinstance(p, (list, tuple)) for p in prompts):
        raise EvaluationError("prompts must be a list of conversations, each a list of messages like "
                              "{'role': 'user', 'content': ...}. Fix: for one conversation pass [messages].")
    device = _model_device(model)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    scores = torch.empty(len(prompts), len(choices))
    was_training = model.training
    model.eval()
    cache_name = cache_argument(model)  # once per call, not once per prompt
    for row, messages in enumerate(prompts):
        full, reply_start = _reply_ids(tokenizer, messages, choices)
        shared = min(reply_start, *(_common_prefix(full[0], ids) for ids in full))
        prefix = torch.tensor([full[0][:shared]], device=device)
        out = model(input_ids=prefix, use_cache=True)
        first = torch.log_softmax(out.logits[0, -1].float(), dim=-1)  # predicts the first token after the prefix
        rests = [ids[shared:] for ids in full]
        width = max(len(r) for r in rests)
        cont = torch.full((len(choices), width), pad, dtype=torch.long)
        mask = torch.zeros((len(choices), shared + width), dtype=torch.long)
        mask[:, :shared] = 1
        for j, rest in enumerate(rests):
            cont[j, :len(rest)] = torch.tensor(rest)
            mask[j, shared:shared + len(rest)] = 1
        cache = getattr(out, cache_name)
        cache.batch_repeat_interleave(len(choices))
        logits = model(input_ids=cont.to(device), attention_mask=mask.to(device), **{cache_name: cache}).logits
        logprobs = torch.log_softmax(logits.float(), dim=-1)
        for j, rest in enumerate(rests):
            # token k of `rest` sits at position shared+k; only reply tokens (position >= reply_start) count
            total = 0.0
            for k, token in enumerate(rest):
                if shared + k >= reply_start:
                    total += (first[token] if k == 0 else logprobs[j, k - 1, token]).item()
            scores[row, j] = total
    model.train(was_training)
    return scores


def cache_argument(model) -> str:
    """The name transformers gives the key-value cache: `cache` from 5.2x on, `past_key_values` before.

    The old name still works in 5.2x but warns on every run, and is going away.
    """
    import inspect

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    return "cache" if "cache" in inspect.signature(base.forward).parameters else "past_key_values"


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def predict_choices(model, tokenizer, prompts: list[list[dict]], choices: list[str]) -> list[str]:
    """The most likely choice for each prompt."""
    best = choice_logprobs(model, tokenizer, prompts, choices).argmax(dim=1)
    return [choices[i] for i in best.tolist()]


def evaluate_classifier(model, tokenizer, prompts: list[list[dict]], y_true: list[str],
                        labels: list[str]) -> tuple[ClassificationReport, list[str]]:
    """Predict a label for each prompt and score the predictions against `y_true`."""
    # checked before the model runs, which can take minutes
    truth = _as_list(y_true, "y_true", "['giao hàng', 'đổi trả']")
    _check_known(truth, "y_true", _check_labels(labels))
    if len(prompts) != len(truth):
        raise EvaluationError(f"There are {len(prompts)} prompts and {len(truth)} true labels; they must pair up, "
                              "one prompt per example. Fix: build both from the same examples.")
    y_pred = predict_choices(model, tokenizer, prompts, labels)
    return classification_report(y_true, y_pred, labels), y_pred


def before_after_table(before: ClassificationReport, after: ClassificationReport) -> str:
    """A plain-text table of accuracy, macro F1 and per-class F1 before and after fine-tuning."""
    if set(before.labels) != set(after.labels):
        raise EvaluationError(f"The reports were measured on different labels (before: {before.labels}, after: "
                              f"{after.labels}), so their scores do not compare. Fix: score both with the same labels.")
    rows = [("accuracy", before.accuracy, after.accuracy), ("macro F1", before.macro_f1, after.macro_f1)]
    rows += [(f"F1 {label}", before.per_class[label]["f1"], after.per_class[label]["f1"]) for label in after.labels]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'metric':<{width}}  before   after   change", "-" * (width + 26)]
    lines += [f"{name:<{width}}  {b:6.1%}  {a:6.1%}  {a - b:+7.1%}" for name, b, a in rows]
    return "\n".join(lines)


def word_counter(train_texts: list[str], train_labels: list[str]):
    """The cheap method every model is compared with: TF-IDF word and word-pair counts + logistic regression.

    Returns a fitted scikit-learn pipeline (`.predict(texts)`). On the support emails it is hard to
    beat; Level 1, lesson 1 and Level 2, lesson 3 put it beside the model in every table.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    if len(train_texts) != len(train_labels) or not train_texts:
        raise EvaluationError(f"word_counter needs one label per training text and at least one text; got "
                              f"{len(train_texts)} texts and {len(train_labels)} labels.")
    counter = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=2000))
    return counter.fit(train_texts, train_labels)
