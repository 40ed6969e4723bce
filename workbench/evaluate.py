"""Measure models with numbers, not impressions: choice scoring by log-likelihood and classification metrics.

A model "answers" a classification or multiple-choice question by the option it finds most likely,
which needs no parsing of free text and works the same for a 5M and a 7B model. Introduced in
Level 2, lesson 3 (email triage) and Level 3, lesson 6 (evaluation).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support


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


def classification_report(y_true: list[str], y_pred: list[str], labels: list[str]) -> ClassificationReport:
    """Accuracy, macro F1 and per-class precision/recall/F1 (scikit-learn's definitions)."""
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0)
    per_class = {label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
                 for label, p, r, f, s in zip(labels, precision, recall, f1, support)}
    return ClassificationReport(
        accuracy=float(accuracy_score(y_true, y_pred)),
        macro_f1=float(sum(f1) / len(labels)),
        per_class=per_class,
        confusion=confusion_matrix(y_true, y_pred, labels=labels).tolist(),
        labels=list(labels),
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
    device = _model_device(model)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    scores = torch.empty(len(prompts), len(choices))
    was_training = model.training
    model.eval()
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
        cache = out.past_key_values
        cache.batch_repeat_interleave(len(choices))
        logits = model(input_ids=cont.to(device), attention_mask=mask.to(device), past_key_values=cache).logits
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
    y_pred = predict_choices(model, tokenizer, prompts, labels)
    return classification_report(y_true, y_pred, labels), y_pred


def before_after_table(before: ClassificationReport, after: ClassificationReport) -> str:
    """A plain-text table of accuracy, macro F1 and per-class F1 before and after fine-tuning."""
    rows = [("accuracy", before.accuracy, after.accuracy), ("macro F1", before.macro_f1, after.macro_f1)]
    rows += [(f"F1 {label}", before.per_class[label]["f1"], after.per_class[label]["f1"]) for label in after.labels]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'metric':<{width}}  before   after   change", "-" * (width + 26)]
    lines += [f"{name:<{width}}  {b:6.1%}  {a:6.1%}  {a - b:+7.1%}" for name, b, a in rows]
    return "\n".join(lines)
