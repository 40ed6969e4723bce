"""QLoRA on the CPU: the workbench's recipe against the plain recipe a user copies from a typical notebook.

Each recipe runs in its own process (so peak memory is its own) on the same model, data, batch
and sequence length, for the same number of steps. Results are tokens per second, peak resident
memory, and ratios against the plain recipe, measured in one run.

    python bench/qlora_recipes.py --steps 12 --out bench/results/qlora_cpu.json

Recipes:
- plain: what most QLoRA notebooks do: NF4 with a bf16 compute dtype, `prepare_model_for_kbit_training`
  with its default gradient checkpointing, LoRA on q_proj/v_proj, `bf16=True`, and TRL's own cast of
  the adapters to bf16. On a CPU without AVX512-BF16 every product then runs in emulated bf16.
- workbench: `workbench.finetune` with `workbench.hardware.choose()`: float32 compute and adapters
  on such CPUs, no gradient checkpointing (memory is not the limit for a CPU-sized model), LoRA on
  all linear layers.
- fp32-lora: the workbench recipe without quantization, to show what NF4 costs in speed on a CPU.
- workbench-bf16: the workbench recipe with bf16 compute and adapters instead of float32, to decide
  by measurement what CPUs with AVX512-BF16/AMX should use (`hardware.choose` reads the result).
  `machine` records the CPU's instruction sets, so runs on both kinds of CPU can sit side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

RECIPES = ["plain", "workbench", "fp32-lora", "workbench-bf16"]


def _data(n: int):
    from workbench import data

    labels = data.describe("support_emails").labels
    train = data.load_dataset("support_emails", "train").select(range(n))
    return data.to_classification_chat(train, labels)


def _run_recipe(name: str, steps: int, batch: int, max_length: int, model_name: str, out_dir: str) -> dict:
    import torch

    from workbench import finetune, hardware, models

    chat = _data(steps * batch)
    if name == "plain":
        from peft import LoraConfig, prepare_model_for_kbit_training
        from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
        from trl import SFTConfig, SFTTrainer

        path = models.resolve_model_path(model_name)
        bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                                 bnb_4bit_compute_dtype=torch.bfloat16)
        model = AutoModelForCausalLM.from_pretrained(path, quantization_config=bnb, dtype=torch.bfloat16)
        tokenizer = AutoTokenizer.from_pretrained(path)
        model = prepare_model_for_kbit_training(model)  # gradient checkpointing on by default
        args = SFTConfig(output_dir=out_dir, max_steps=steps, per_device_train_batch_size=batch, learning_rate=2e-4,
                         max_length=max_length, bf16=True, use_cpu=True, gradient_checkpointing=True,
                         logging_steps=1, save_strategy="no", report_to="none", disable_tqdm=True)
        trainer = SFTTrainer(model=model, args=args, train_dataset=chat, processing_class=tokenizer,
                             peft_config=LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "v_proj"],
                                                    task_type="CAUSAL_LM"))
        started = time.perf_counter()
        trainer.train()
        runtime = time.perf_counter() - started
        tokens = max(e.get("num_tokens", 0) for e in trainer.state.log_history)
    else:
        if name == "workbench-bf16":
            import dataclasses

            float32_choice = hardware.choose
            hardware.choose = lambda hw=None: dataclasses.replace(float32_choice(hw), compute_dtype=torch.bfloat16,
                                                                  adapter_dtype=torch.bfloat16, bf16=True)
        quantization = "fp32" if name == "fp32-lora" else "4bit"
        quantization = "none" if quantization == "fp32" else quantization
        model, tokenizer = models.load_model(model_name, quantization=quantization)
        result = finetune.finetune(model, tokenizer, chat, output_dir=out_dir, max_steps=steps, batch_size=batch,
                                   max_length=max_length, progress=False, logging_steps=1)
        runtime, tokens = result.metrics["runtime_s"], result.metrics["tokens_per_s"] * result.metrics["runtime_s"]
    return {"recipe": name, "steps": steps, "batch": batch, "tokens": int(tokens), "runtime_s": round(runtime, 2),
            "tokens_per_s": round(tokens / runtime, 1),
            "peak_rss_mb": round(finetune.peak_memory_mb(hardware.detect().device), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--max-length", type=int, default=384)
    parser.add_argument("--model", default="vi-tiny-llama")
    parser.add_argument("--out", default="bench/results/qlora_cpu.json")
    parser.add_argument("--recipes", nargs="+", choices=RECIPES, default=RECIPES)
    parser.add_argument("--recipe", choices=RECIPES, help=argparse.SUPPRESS)  # internal: run one in this process
    args = parser.parse_args()
    if args.recipe:
        print(json.dumps(_run_recipe(args.recipe, args.steps, args.batch, args.max_length, args.model,
                                     f"/tmp/bench-{args.recipe}-{os.getpid()}")))
        return
    rows = []
    for name in args.recipes:
        cmd = [sys.executable, __file__, "--recipe", name, "--steps", str(args.steps), "--batch", str(args.batch),
               "--max-length", str(args.max_length), "--model", args.model]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    plain = next((r for r in rows if r["recipe"] == "plain"), rows[0])
    for row in rows:
        row["speed_vs_plain"] = round(row["tokens_per_s"] / plain["tokens_per_s"], 2)
        row["memory_vs_plain"] = round(row["peak_rss_mb"] / plain["peak_rss_mb"], 2)
    import platform

    import torch
    from workbench import hardware

    hw = hardware.detect()
    report = {"machine": f"{hw.cpu_name}, {os.cpu_count()} cores, {', '.join(hw.cpu_features) or 'no AVX2'}",
              "cpu_features": list(hw.cpu_features),
              "torch": torch.__version__, "model": args.model, "command": " ".join(sys.argv), "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
