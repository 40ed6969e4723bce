"""How far fine-tuning takes the bundled tiny model on email triage: LoRA, LoRA with a trainable output layer, full.

A plain PyTorch loop (no TRL, float32, no quantization) so that the variants differ only in what is
trained: answer-only loss on the same 450 training emails, AdamW with a one-cycle schedule, batches of
8, the same seed; accuracy on the 120 held-out test emails by log-likelihood choice among the six
labels (`workbench.evaluate`), after every epoch. A TF-IDF + logistic regression word counter trained on
the same emails is the reference for what the data allows. `--subject-last` puts the subject line
just before the answer, where a small model's mostly local attention can reach it.

    python bench/tiny_model_finetune.py --epochs 4 --out bench/results/tiny_model_finetune.json

Measured to decide whether the demo's missing gain is a recipe problem or a model problem (README,
"Known gap"): if even full fine-tuning stays far below the word counter, it is the model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import torch

VARIANTS = {  # name: (what is trained, learning rate)
    "lora": ("LoRA r=16 on all linear layers", 2e-3),
    "lora+head": ("LoRA r=16 on all linear layers, plus a trainable copy of the output layer", 2e-3),
    "full": ("every weight", 5e-4),
}


def _encode(tokenizer, messages, answer, max_length=384):
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(answer + "<|im_end|>\n", add_special_tokens=False)["input_ids"]
    ids, labels = prompt_ids + answer_ids, [-100] * len(prompt_ids) + answer_ids
    return ids[-max_length:], labels[-max_length:]


def run(variant: str, epochs: int, subject_last: bool, seed: int = 0) -> dict:
    from peft import LoraConfig, get_peft_model

    from workbench import data, evaluate, models

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none")
    labels = data.describe("support_emails").labels
    text = ((lambda r: f"Nội dung: {r['body']}\nTiêu đề: {r['subject']}") if subject_last else data.email_text)
    train = list(data.load_dataset("support_emails", "train"))
    test = list(data.load_dataset("support_emails", "test"))
    examples = [_encode(tokenizer, data.classification_prompt(text(r), labels), r["category"]) for r in train]
    if variant != "full":
        config = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules="all-linear", task_type="CAUSAL_LM",
                            modules_to_save=["lm_head"] if variant == "lora+head" else None)
        model = get_peft_model(model, config)
    params = [p for p in model.parameters() if p.requires_grad]
    learning_rate, batch = VARIANTS[variant][1], 8
    optimizer = torch.optim.AdamW(params, lr=learning_rate, weight_decay=0.0)
    steps = epochs * (len(examples) // batch)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, learning_rate, total_steps=steps, pct_start=0.1)
    prompts = [data.classification_prompt(text(r), labels) for r in test]
    truth = [r["category"] for r in test]

    def accuracy() -> float:
        model.eval()
        report, _ = evaluate.evaluate_classifier(model, tokenizer, prompts, truth, labels)
        model.train()
        return report.accuracy

    curve, started = [{"epoch": 0, "held_out_accuracy": round(accuracy(), 4)}], time.perf_counter()
    model.train()
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses = []
        for i in range(0, len(examples) - batch + 1, batch):
            chunk = examples[i:i + batch]
            width = max(len(ids) for ids, _ in chunk)
            ids = torch.tensor([x + [tokenizer.pad_token_id] * (width - len(x)) for x, _ in chunk])
            targets = torch.tensor([y + [-100] * (width - len(y)) for _, y in chunk])
            mask = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x, _ in chunk])
            loss = model(input_ids=ids, attention_mask=mask, labels=targets).loss
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
        curve.append({"epoch": epoch, "train_loss": round(sum(losses) / len(losses), 3),
                      "held_out_accuracy": round(accuracy(), 4)})
        print(variant, "subject last" if subject_last else "", curve[-1], flush=True)
    return {"variant": variant, "trains": VARIANTS[variant][0], "subject_last": subject_last,
            "learning_rate": learning_rate, "trainable_params": sum(p.numel() for p in params),
            "seconds": round(time.perf_counter() - started, 1), "curve": curve}


def word_counter_accuracy() -> float:
    from workbench import data, evaluate

    train = list(data.load_dataset("support_emails", "train"))
    test = list(data.load_dataset("support_emails", "test"))
    counter = evaluate.word_counter([data.email_text(r) for r in train], [r["category"] for r in train])
    predicted = counter.predict([data.email_text(r) for r in test])
    return round(sum(p == r["category"] for p, r in zip(predicted, test)) / len(test), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--out", default="bench/results/tiny_model_finetune.json")
    args = parser.parse_args()
    runs = [run(v, args.epochs, subject_last) for v in args.variants for subject_last in (False, True)]
    report = {"model": "vi-tiny-llama", "date": time.strftime("%Y-%m-%d"), "torch": torch.__version__,
              "command": "python " + " ".join(sys.argv), "chance": round(1 / 6, 4),
              "word_counter_accuracy": word_counter_accuracy(), "runs": runs}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "runs"}, indent=2))


if __name__ == "__main__":
    main()
