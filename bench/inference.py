"""Generation speed on the CPU: base model, model with an unmerged LoRA adapter, and the adapter merged in.

Each variant answers the same support-email triage prompts with greedy decoding and exactly
--new-tokens new tokens per prompt, one prompt at a time (single) and all --batch prompts in one
left-padded batch (batched). One warm-up call per variant, then the median of --repeats timed runs.
Checks say whether merging kept the adapter's outputs and whether the adapter changes them at all.

    python bench/inference.py --new-tokens 64 --batch 8 --repeats 3 --out bench/results/inference_cpu.json

The seconds cover `model.generate` only: tokenising the prompts costs the same for every variant.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import torch


def _generate(model, tokenizer, batch, new_tokens: int) -> torch.Tensor:
    """Greedy ids of exactly `new_tokens` new tokens per row (min = max, so EOS cannot stop early)."""
    out = model.generate(**batch, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                         pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    replies = out[:, batch["input_ids"].shape[1]:]
    assert replies.shape[1] == new_tokens, replies.shape
    return replies


def _time(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _logits(model, batch) -> torch.Tensor:
    """Last-layer logits at the real (unpadded) positions, for comparing variants."""
    return model(**batch).logits[batch["attention_mask"].bool()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="vi-tiny-llama")
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default="bench/results/inference_cpu.json")
    args = parser.parse_args()

    from peft import LoraConfig, get_peft_model

    from workbench import data, generate, models

    torch.manual_seed(0)
    model, tok = models.load_model(args.model, quantization="none")
    labels = data.describe("support_emails").labels
    records = data.load_dataset("support_emails", "test").select(range(args.batch))
    prompts = [data.classification_prompt(data.email_text(r), labels) for r in records]
    batched, singles = generate.encode_chats(tok, prompts), [generate.encode_chats(tok, [p]) for p in prompts]

    # init_lora_weights=False draws B at random instead of zeros, so the untrained adapter is non-zero and
    # changes the outputs: the benchmark then times real adapter arithmetic and the merge check means something.
    config = LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM",
                        init_lora_weights=False)
    adapter = get_peft_model(copy.deepcopy(model), config).eval()  # deep copy: get_peft_model edits in place
    merged = copy.deepcopy(adapter).merge_and_unload().eval()
    variants = {"base": model, "adapter": adapter, "merged": merged}

    rows, ids = [], {}
    with torch.inference_mode():
        for name, m in variants.items():
            ids[name] = _generate(m, tok, batched, args.new_tokens)  # the warm-up call, kept for the checks
            timings = {"single": _time(lambda: [_generate(m, tok, b, args.new_tokens) for b in singles], args.repeats),
                       "batched": _time(lambda: _generate(m, tok, batched, args.new_tokens), args.repeats)}
            for mode, seconds in timings.items():
                tokens = args.batch * args.new_tokens
                rows.append({"variant": name, "mode": mode, "prompts": args.batch, "new_tokens": tokens,
                             "seconds": round(seconds, 3), "tokens_per_s": round(tokens / seconds, 1)})
                print(rows[-1], flush=True)
        logits = {name: _logits(m, batched) for name, m in variants.items()}
        model.generation_config.min_new_tokens = args.new_tokens  # so generate_batch cannot stop early either
        same_batching = generate.generate_batch(model, tok, prompts, args.new_tokens) == [
            tok.decode(r, skip_special_tokens=True).strip() for r in ids["base"]]
    base_single = rows[0]["tokens_per_s"]
    for row in rows:
        row["vs_base_single"] = round(row["tokens_per_s"] / base_single, 2)

    agreement = (ids["merged"] == ids["adapter"]).float().mean().item()
    adapter_diff = (logits["adapter"] - logits["base"]).abs().max().item()
    checks = {"merged_matches_adapter": bool(torch.equal(ids["merged"], ids["adapter"])),
              "merged_token_agreement": round(agreement, 4),
              "merged_max_logit_diff": float(f"{(logits['merged'] - logits['adapter']).abs().max().item():.3g}"),
              "adapter_changes_output": adapter_diff > 1e-3,
              "adapter_max_logit_diff_vs_base": round(adapter_diff, 3),
              "adapter_token_agreement_vs_base": round((ids["adapter"] == ids["base"]).float().mean().item(), 4),
              "same_replies_as_generate_batch": same_batching}
    report = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
              "torch": torch.__version__, "model": args.model, "date": time.strftime("%Y-%m-%d"),
              "command": " ".join(sys.argv), "threads": torch.get_num_threads(), "new_tokens": args.new_tokens,
              "batch": args.batch, "rows": rows, "checks": checks}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
