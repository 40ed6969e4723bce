"""QLoRA on a GPU: the workbench's recipe against the plain recipe, on real architectures, no download.

Models are random-initialised from the configs of real models (Qwen2.5-0.5B, Qwen2.5-1.5B,
Llama-3.1-8B), saved once and loaded in NF4 through bitsandbytes, so speed and memory are those of
the real shapes. Each (model, sequence length, recipe) runs in its own process, so peak memory is
its own. Reported: real (non-padding) tokens per second, peak GPU memory, model FLOPs utilisation,
the planner's predicted peak, and the ratios workbench / plain.

    python bench/qlora_gpu.py                       # the GPU suite, one command (a lent H100: ~20 min)
    python bench/qlora_gpu.py --smoke               # CPU: tiny versions of the same configs, 2 steps each

Recipes at the same batch size and max length:
- plain: what a typical notebook copies: NF4 + bf16 compute, `prepare_model_for_kbit_training`,
  LoRA on all linear layers, AdamW (torch), padded batches, no packing, no fused kernels.
- workbench: `workbench.hardware.choose()` (bf16, paged 8-bit AdamW, gradient checkpointing),
  plus what the field offers for speed when installed: Liger Kernel (RMSNorm, SwiGLU, RoPE),
  and packing without cross-contamination (BFD packing + padding-free position ids) when
  FlashAttention 2 is installed (SDPA would attend across packed examples, so it is not packed).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

ARCHITECTURES = {
    "qwen2.5-0.5b": dict(model_type="qwen2", hidden_size=896, num_hidden_layers=24, num_attention_heads=14,
                         num_key_value_heads=2, intermediate_size=4864, vocab_size=151936, tie_word_embeddings=True),
    "qwen2.5-1.5b": dict(model_type="qwen2", hidden_size=1536, num_hidden_layers=28, num_attention_heads=12,
                         num_key_value_heads=2, intermediate_size=8960, vocab_size=151936, tie_word_embeddings=True),
    "llama-3.1-8b": dict(model_type="llama", hidden_size=4096, num_hidden_layers=32, num_attention_heads=32,
                         num_key_value_heads=8, intermediate_size=14336, vocab_size=128256, tie_word_embeddings=False),
}
SMOKE = dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2, intermediate_size=128,
             vocab_size=512)
RECIPES = ["plain", "workbench"]


def build_model(name: str, folder: Path, smoke: bool) -> Path:
    """Random-initialise `name`'s architecture and save it (bf16) once, so both recipes load the same weights."""
    from transformers import AutoConfig, AutoModelForCausalLM, PreTrainedTokenizerFast
    from tokenizers import Tokenizer, models

    target = folder / (name + ("-smoke" if smoke else ""))
    if (target / "config.json").exists():
        return target
    spec = dict(ARCHITECTURES[name], **(SMOKE if smoke else {}))
    config = AutoConfig.for_model(spec.pop("model_type"), max_position_embeddings=8192, **spec)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    model.save_pretrained(target)
    vocab = {f"t{i}": i for i in range(config.vocab_size)}
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(models.WordLevel(vocab, unk_token="t0")),
                                        pad_token="t0", eos_token="t1")
    tokenizer.save_pretrained(target)
    return target


def synthetic_data(vocab: int, seq_len: int, n: int):
    """Pre-tokenised examples of varied length (a quarter to all of seq_len), as real SFT data is."""
    from datasets import Dataset

    g = torch.Generator().manual_seed(0)
    lengths = torch.randint(seq_len // 4, seq_len + 1, (n,), generator=g)
    return Dataset.from_dict({"input_ids": [torch.randint(2, vocab, (int(k),), generator=g).tolist() for k in lengths]})


def run_recipe(recipe: str, model_dir: Path, seq_len: int, batch: int, steps: int, smoke: bool) -> dict:
    from peft import LoraConfig, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
    from trl import SFTConfig, SFTTrainer

    from workbench import hardware, plan

    cuda = torch.cuda.is_available()
    hw = hardware.detect()
    choices = hardware.choose(hw)
    flash = importlib.util.find_spec("flash_attn") is not None and cuda
    liger = importlib.util.find_spec("liger_kernel") is not None and cuda
    bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                             bnb_4bit_compute_dtype=torch.bfloat16 if cuda else torch.float32)
    attn = "flash_attention_2" if (recipe == "workbench" and flash) else "sdpa"
    model = AutoModelForCausalLM.from_pretrained(model_dir, quantization_config=bnb, attn_implementation=attn,
                                                 device_map={"": 0} if cuda else None)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    use_ckpt = True if recipe == "plain" else choices.gradient_checkpointing
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=use_ckpt)
    data = synthetic_data(model.config.vocab_size, seq_len, steps * batch * (4 if recipe == "workbench" else 1))
    packed = recipe == "workbench" and flash
    args = SFTConfig(output_dir=tempfile.mkdtemp(prefix=f"bench-{recipe}-"), max_steps=steps,
                     per_device_train_batch_size=batch, learning_rate=2e-4, max_length=seq_len,
                     bf16=cuda, use_cpu=not cuda, gradient_checkpointing=use_ckpt,
                     optim=("adamw_torch" if recipe == "plain" or not cuda else choices.optimizer),
                     packing=packed, padding_free=packed, use_liger_kernel=(recipe == "workbench" and liger),
                     logging_steps=1, save_strategy="no", report_to="none", disable_tqdm=True, dataloader_num_workers=0)
    trainer = SFTTrainer(model=model, args=args, train_dataset=data, processing_class=tokenizer,
                         peft_config=LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM"))
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    tokens = max(e.get("num_tokens", 0) for e in trainer.state.log_history)
    peak_mb = torch.cuda.max_memory_allocated() / 2**20 if cuda else _rss_mb()
    shape = plan.ModelShape.from_dims(model_dir.name, hidden_size=model.config.hidden_size,
                                      num_layers=model.config.num_hidden_layers, vocab_size=model.config.vocab_size,
                                      intermediate_size=model.config.intermediate_size,
                                      num_heads=model.config.num_attention_heads,
                                      num_kv_heads=model.config.num_key_value_heads,
                                      tied_embeddings=bool(model.config.tie_word_embeddings))
    predicted = plan.estimate_memory(shape, "qlora", seq_len=seq_len, batch_size=batch, gradient_checkpointing=use_ckpt,
                                     optimizer="paged_adamw_8bit" if "8bit" in args.optim else "adamw")
    flops = plan.training_flops(tokens, shape, "qlora", use_ckpt)
    peak_tflops = _gpu_peak_tflops(hw) if cuda else None
    return {"recipe": recipe, "model": model_dir.name, "seq_len": seq_len, "batch": batch, "steps": steps,
            "tokens": int(tokens), "seconds": round(seconds, 2), "tokens_per_s": round(tokens / seconds, 1),
            "peak_memory_mb": round(peak_mb, 1), "predicted_peak_mb": round(predicted.total / 2**20, 1),
            "planner_error_pct": round(100 * (predicted.total / 2**20 - peak_mb) / peak_mb, 1) if cuda else None,
            "mfu": round(flops / seconds / (peak_tflops * 1e12), 4) if peak_tflops else None,
            "packing": packed, "liger": args.use_liger_kernel, "attention": attn, "optimizer": args.optim,
            "gradient_checkpointing": use_ckpt, "device": hw.gpu_name or "cpu"}


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _gpu_peak_tflops(hw) -> float | None:
    from workbench import plan

    for gpu in plan.GPUS.values():
        if gpu.name.lower().split()[0] in (hw.gpu_name or "").lower():
            return gpu.peak_tflops
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny configs on the CPU, to check the script runs")
    parser.add_argument("--models", nargs="+", default=list(ARCHITECTURES))
    parser.add_argument("--seq-lens", type=int, nargs="+", default=[512, 2048, 8192])
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--out", default="bench/results/qlora_gpu.json")
    parser.add_argument("--models-dir", default=os.path.join(tempfile.gettempdir(), "bench-models"))
    parser.add_argument("--one", nargs=3, metavar=("RECIPE", "MODEL_DIR", "SEQ_LEN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.seq_lens, args.steps, args.batch = [64], 2, 2
    if args.one:
        recipe, model_dir, seq_len = args.one
        print(json.dumps(run_recipe(recipe, Path(model_dir), int(seq_len), args.batch, args.steps, args.smoke)))
        return
    rows = []
    for name in args.models:
        model_dir = build_model(name, Path(args.models_dir), args.smoke)
        for seq_len in args.seq_lens:
            pair = {}
            for recipe in RECIPES:
                cmd = [sys.executable, __file__, "--one", recipe, str(model_dir), str(seq_len), "--batch", str(args.batch),
                       "--steps", str(args.steps)] + (["--smoke"] if args.smoke else [])
                done = subprocess.run(cmd, capture_output=True, text=True)
                if done.returncode != 0:
                    tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
                    pair[recipe] = {"recipe": recipe, "model": name, "seq_len": seq_len, "error": tail[0][:300]}
                else:
                    pair[recipe] = json.loads(done.stdout.strip().splitlines()[-1])
                print(json.dumps(pair[recipe]), flush=True)
            if "error" not in pair["plain"] and "error" not in pair["workbench"]:
                pair["workbench"]["speed_vs_plain"] = round(pair["workbench"]["tokens_per_s"] / pair["plain"]["tokens_per_s"], 2)
                pair["workbench"]["memory_vs_plain"] = round(pair["workbench"]["peak_memory_mb"] / pair["plain"]["peak_memory_mb"], 2)
            rows += [pair["plain"], pair["workbench"]]
    report = {"command": " ".join(sys.argv), "torch": torch.__version__, "smoke": args.smoke,
              "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None, "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
