"""Can LoRA teach the bundled tiny model to triage emails? Two measurements of what it must start from, one run.

1. Output floor. With tied embeddings and the final RMSNorm frozen (LoRA does not touch either),
   the best a hidden state can do for a label's first token is bounded. For each label token this
   finds, by gradient ascent over a free unit-RMS hidden state, the lowest reachable -log p. A
   well-trained language model reaches ~0 for any common token; a floor of 1-2 nats means the
   adapter cannot make the model say that label confidently, whatever it learns inside.
2. Linear probe. Does the hidden state at the answer position carry the email's category at all?
   A logistic regression on frozen features (last position at layers 2/4/6, and the mean over
   positions of the last layer), trained on the training emails, scored on the held-out ones.
   Near chance (1/6) at the last position means the model does not gather the email's content
   where it must answer: a skill the adapter would have to build from nothing.

    python bench/tiny_model_capacity.py --model vi-tiny-llama --out bench/results/tiny_model_capacity.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch


def output_floor(model, tokenizer, labels: list[str], steps: int = 400) -> dict:
    embed = model.get_input_embeddings().weight.detach()
    weights = embed * model.model.norm.weight.detach()
    floors = {}
    for label in labels:
        token = tokenizer(label, add_special_tokens=False)["input_ids"][0]
        hidden = torch.randn(embed.shape[1], requires_grad=True, generator=torch.Generator().manual_seed(0))
        opt = torch.optim.Adam([hidden], lr=0.05)
        for _ in range(steps):
            unit = hidden / hidden.pow(2).mean().sqrt()
            loss = -torch.log_softmax(weights @ unit, -1)[token]
            opt.zero_grad()
            loss.backward()
            opt.step()
        floors[label] = round(loss.item(), 3)
    return floors


def probe(model, tokenizer, labels: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from workbench import data

    def features(split):
        rows = data.load_dataset("support_emails", split)
        out = []
        for record in rows:
            text = tokenizer.apply_chat_template(data.classification_prompt(data.email_text(record), labels),
                                                 tokenize=False, add_generation_prompt=True)
            ids = tokenizer(text, return_tensors="pt", add_special_tokens=False).input_ids
            with torch.no_grad():
                states = model(input_ids=ids, output_hidden_states=True).hidden_states
            n = len(states) - 1
            layers = [states[i][0, -1] for i in (n // 3, 2 * n // 3, n)] + [states[n][0].mean(0)]
            out.append(torch.stack(layers).numpy())
        return np.array(out), list(rows["category"])

    x_train, y_train = features("train")
    x_test, y_test = features("test")
    names = ["last position, layer 1/3", "last position, layer 2/3", "last position, last layer", "mean, last layer"]
    scores = {}
    for i, name in enumerate(names):
        scaler = StandardScaler().fit(x_train[:, i])
        clf = LogisticRegression(max_iter=3000).fit(scaler.transform(x_train[:, i]), y_train)
        scores[name] = {"train": round(clf.score(scaler.transform(x_train[:, i]), y_train), 3),
                        "held_out": round(clf.score(scaler.transform(x_test[:, i]), y_test), 3)}
    return scores


def main() -> None:
    from workbench import data, models

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="vi-tiny-llama")
    parser.add_argument("--out", default="bench/results/tiny_model_capacity.json")
    args = parser.parse_args()
    torch.manual_seed(0)
    labels = data.describe("support_emails").labels
    model, tokenizer = models.load_model(args.model, quantization="none")
    model.eval()
    import datetime
    import sys

    report = {"model": args.model, "labels": labels, "chance": round(1 / len(labels), 3),
              "date": datetime.date.today().isoformat(), "command": "python " + " ".join(sys.argv),
              "output_floor_nats": output_floor(model, tokenizer, labels),
              "linear_probe_accuracy": probe(model, tokenizer, labels)}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
