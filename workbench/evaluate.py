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


@torch.no_grad()
def choice_logprobs(model, tokenizer, prompts: list[list[dict]], choices: list[str],
                    batch_size: int = 32) -> torch.Tensor:
    """Log-probability of each choice as the assistant's whole reply to each chat prompt.

    Returns a tensor of shape (len(prompts), len(choices)). The end-of-turn token is scored too, so
    a choice that is a prefix of another ("cao" / "cao nhất") does not win by being short.
    """
    pairs = []
    for messages in prompts:
        prefix = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        prefix_ids = tokenizer(prefix, add_special_tokens=False)["input_ids"]
        for choice in choices:
            full = tokenizer.apply_chat_template(
                messages + [{"role": "assistant", "content": choice}], tokenize=False)
            full_ids = tokenizer(full, add_special_tokens=False)["input_ids"]
            # Score what the template adds after the prompt: the choice and its end-of-turn marker.
            pairs.append((full_ids, len(prefix_ids)))
    device = _model_device(model)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    scores = []
    was_training = model.training
    model.eval()
    for start in range(0, len(pairs), batch_size):
        batch = pairs[start:start + batch_size]
        width = max(len(ids) for ids, _ in batch)
        input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
        attention = torch.zeros((len(batch), width), dtype=torch.long)
        for row, (ids, _) in enumerate(batch):
            input_ids[row, :len(ids)] = torch.tensor(ids)
            attention[row, :len(ids)] = 1
        logits = model(input_ids=input_ids.to(device), attention_mask=attention.to(device)).logits.float()
        logprobs = torch.log_softmax(logits[:, :-1], dim=-1)
        targets = input_ids[:, 1:].to(device)
        token_lp = logprobs.gather(-1, targets.unsqueeze(-1)).squeeze(-1)
        for row, (ids, prompt_len) in enumerate(batch):
            # token t is predicted at position t-1; the reply starts at prompt_len
            scores.append(token_lp[row, prompt_len - 1:len(ids) - 1].sum().item())
    model.train(was_training)
    return torch.tensor(scores).view(len(prompts), len(choices))


def predict_choices(model, tokenizer, prompts: list[list[dict]], choices: list[str],
                    batch_size: int = 32) -> list[str]:
    """The most likely choice for each prompt."""
    best = choice_logprobs(model, tokenizer, prompts, choices, batch_size).argmax(dim=1)
    return [choices[i] for i in best.tolist()]


def evaluate_classifier(model, tokenizer, prompts: list[list[dict]], y_true: list[str],
                        labels: list[str], batch_size: int = 32) -> tuple[ClassificationReport, list[str]]:
    """Predict a label for each prompt and score the predictions against `y_true`."""
    y_pred = predict_choices(model, tokenizer, prompts, labels, batch_size)
    return classification_report(y_true, y_pred, labels), y_pred


def before_after_table(before: ClassificationReport, after: ClassificationReport) -> str:
    """A plain-text table of accuracy, macro F1 and per-class F1 before and after fine-tuning."""
    rows = [("accuracy", before.accuracy, after.accuracy), ("macro F1", before.macro_f1, after.macro_f1)]
    rows += [(f"F1 {label}", before.per_class[label]["f1"], after.per_class[label]["f1"]) for label in after.labels]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'metric':<{width}}  before   after   change", "-" * (width + 26)]
    lines += [f"{name:<{width}}  {b:6.1%}  {a:6.1%}  {a - b:+7.1%}" for name, b, a in rows]
    return "\n".join(lines)
