"""The edge route measured: a fine-tuned model as transformers, ONNX and GGUF (F32, F16, Q8_0, Q4_K_M) on this CPU.

One fine-tuned adapter (the demo's recipe unless --adapter names one) is merged into the bundled
model, exported to ONNX (export.export_onnx) and to GGUF with llama.cpp's converter, then quantised
with llama.cpp's quantiser (workbench.gguf). Each variant then runs in a process of its own, so that
its peak memory is its own:
- accuracy on the support-email test split (120 emails), each label scored by log-likelihood as
  `workbench.evaluate` does, and how often it picks the same label as transformers;
- greedy replies to --prompts triage prompts (up to --reply-tokens tokens), compared token by token
  with transformers' (`model.generate(do_sample=False)`);
- tokens per second at batch 1, --speed-tokens tokens per prompt with the end-of-turn token held back,
  prompt reading included; the process's peak resident memory (VmHWM), and how much of it loading and
  running the model added (peak minus the memory before loading: Python, tokenizer, data and libraries).
transformers and llama.cpp keep a KV cache; the project's ONNX export does not (each token re-reads
the sequence), so its speed is that of the simpler graph, not of ONNX itself.

    python bench/gguf_route.py --adapter runs/demo/adapter --out bench/results/gguf_route.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

VARIANTS = ["transformers", "onnx", "gguf-F32", "gguf-F16", "gguf-Q8_0", "gguf-Q4_K_M"]


def _memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, from /proc: unlike getrusage's ru_maxrss, the peak starts
    afresh in a new program, instead of carrying over the parent's peak from before the exec (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"{field} not in /proc/self/status (this benchmark needs Linux)")


def _prompts(limit: int | None = None):
    from workbench import data

    labels = data.describe("support_emails").labels
    test = data.load_dataset("support_emails", "test")
    if limit:
        test = test.select(range(min(limit, len(test))))
    return [data.classification_prompt(data.email_text(r), labels) for r in test], list(test["category"]), labels


def _score_with_logits(logits_of, tokenizer, prompts, labels) -> list[str]:
    """The most likely label per prompt from full-sequence logits (for a runtime without a KV cache: ONNX)."""
    import numpy as np

    from workbench.evaluate import _reply_ids

    predicted = []
    for messages in prompts:
        full, reply_start = _reply_ids(tokenizer, messages, labels)
        totals = []
        for ids in full:
            logits = logits_of(ids)[reply_start - 1: len(ids) - 1]
            top = logits.max(axis=-1, keepdims=True)
            logprobs = logits - (top + np.log(np.exp(logits - top).sum(axis=-1, keepdims=True)))
            totals.append(sum(logprobs[k, t] for k, t in enumerate(ids[reply_start:])))
        predicted.append(labels[int(np.argmax(totals))])
    return predicted


class _Runner:
    """One variant behind three calls: greedy ids, fixed-length ids (for timing), predicted labels."""

    def __init__(self, variant: str, path: str, tokenizer, threads: int):
        self.variant, self.tokenizer = variant, tokenizer
        if variant == "transformers":
            import torch
            from transformers import AutoModelForCausalLM

            torch.set_num_threads(threads)
            self.model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
        elif variant == "onnx":
            from workbench import export

            self.model = export.OnnxGenerator(path, tokenizer, threads=threads)
        else:
            from workbench import gguf

            self.model = gguf.GgufModel(path, tokenizer, threads=threads)

    def greedy(self, prompt_ids: list[int], new_tokens: int, fixed: bool) -> list[int]:
        if self.variant != "transformers":
            return self.model.generate_ids(prompt_ids, new_tokens, min_new_tokens=new_tokens if fixed else 0)
        import torch

        tok = self.tokenizer
        with torch.inference_mode():
            out = self.model.generate(torch.tensor([prompt_ids]), max_new_tokens=new_tokens, do_sample=False,
                                      min_new_tokens=new_tokens if fixed else 0, pad_token_id=tok.pad_token_id,
                                      eos_token_id=tok.eos_token_id)
        return out[0, len(prompt_ids):].tolist()

    def labels(self, prompts, labels) -> list[str]:
        if self.variant == "transformers":
            import torch

            from workbench import evaluate

            with torch.inference_mode():
                return evaluate.predict_choices(self.model, self.tokenizer, prompts, labels)
        if self.variant == "onnx":
            return _score_with_logits(lambda ids: self.model.logits([ids])[0], self.tokenizer, prompts, labels)
        return self.model.predict_choices(prompts, labels)


def measure(variant: str, path: str, tokenizer_dir: str, args) -> dict:
    """Run one variant (in its own process) and return what it did and how fast."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    prompts, _, labels = _prompts(args.eval_emails)
    ids = [tokenizer(tokenizer.apply_chat_template(p, tokenize=False, add_generation_prompt=True),
                     add_special_tokens=False)["input_ids"] for p in prompts]
    import workbench.evaluate  # noqa: F401  (the scoring code every route shares imports torch and scikit-learn)

    rss_before = _memory_mb("VmRSS")  # Python, tokenizer, data, scoring code: the same for every route
    started = time.perf_counter()
    runner = _Runner(variant, path, tokenizer, args.threads)
    load_s = time.perf_counter() - started
    replies = [runner.greedy(p, args.reply_tokens, fixed=False) for p in ids[:args.prompts]]
    runner.greedy(ids[0], 2, fixed=True)  # warm-up
    started = time.perf_counter()
    for p in ids[:args.speed_prompts]:
        assert len(runner.greedy(p, args.speed_tokens, fixed=True)) == args.speed_tokens
    speed_s = time.perf_counter() - started
    started = time.perf_counter()
    predicted = runner.labels(prompts, labels)
    score_s = time.perf_counter() - started
    report = {"variant": variant, "load_s": round(load_s, 2), "replies": replies, "predicted": predicted,
              "tokens_per_s": round(args.speed_prompts * args.speed_tokens / speed_s, 1),
              "label_scoring_s": round(score_s, 1), "peak_rss_mb": round(_memory_mb("VmHWM"), 1),
              "model_mb": round(_memory_mb("VmHWM") - rss_before, 1)}
    if variant.startswith("gguf"):
        texts = [tokenizer.apply_chat_template(p + [{"role": "assistant", "content": labels[0]}], tokenize=False)
                 for p in prompts]
        report["llama_cpp_tokenizer_agrees"] = sum(runner.model.same_tokens(t) for t in texts) / len(texts)
    return report


def _file_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.parent.iterdir() if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 2**20, 2)


def _timed(make):
    started = time.perf_counter()
    return make(), time.perf_counter() - started


def build_files(args) -> dict[str, tuple[Path, float]]:
    """Merge, export and convert what the chosen variants need; each variant's path and seconds to make it."""
    from workbench import demo, export, gguf

    work, wanted = Path(args.work), set(args.variants)
    adapter = args.adapter
    if not adapter:
        adapter = demo.run_demo(args.model, output_dir=work / "demo", seed=0)["adapter_path"]
    files = {"transformers": _timed(lambda: export.merge_adapter(args.model, adapter, work / "merged"))}
    merged = files["transformers"][0]
    if "onnx" in wanted:
        files["onnx"] = _timed(lambda: export.export_onnx(merged, work / "onnx" / "model.onnx", dynamo=False))
    if wanted & {"gguf-F32", "gguf-Q8_0", "gguf-Q4_K_M"}:  # the quantisations start from the F32 file
        files["gguf-F32"] = _timed(lambda: gguf.to_gguf(merged, work / "gguf" / "model-f32.gguf", "f32"))
    if "gguf-F16" in wanted:
        files["gguf-F16"] = _timed(lambda: gguf.to_gguf(merged, work / "gguf" / "model-f16.gguf", "f16"))
    for kind in ("Q8_0", "Q4_K_M"):
        if f"gguf-{kind}" in wanted:
            files[f"gguf-{kind}"] = _timed(lambda: gguf.quantize(files["gguf-F32"][0],
                                                                 work / "gguf" / f"model-{kind.lower()}.gguf", kind))
    return files


def compare(rows: list[dict], truth: list[str], labels: list[str]) -> None:
    """Add accuracy, agreement with transformers, and memory and speed ratios to each row, in place."""
    from workbench import evaluate

    ref = rows[0]
    for row in rows:
        report = evaluate.classification_report(truth, row["predicted"], labels)
        row["accuracy"], row["macro_f1"] = round(report.accuracy, 4), round(report.macro_f1, 4)
        row["same_label_as_transformers"] = round(
            sum(a == b for a, b in zip(row["predicted"], ref["predicted"])) / len(truth), 4)
        positions = [(a == b) for r, q in zip(row["replies"], ref["replies"]) for a, b in zip(r, q)]
        row["greedy_token_agreement"] = round(sum(positions) / max(1, len(positions)), 4)
        row["identical_replies"] = f"{sum(r == q for r, q in zip(row['replies'], ref['replies']))}/{len(ref['replies'])}"
        row["speed_vs_transformers"] = round(row["tokens_per_s"] / ref["tokens_per_s"], 2)
        row["model_memory_vs_transformers"] = round(row["model_mb"] / ref["model_mb"], 2)
    for row in rows:  # after the loop: every row is compared with the reference's
        row.pop("predicted"), row.pop("replies")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="vi-tiny-llama")
    parser.add_argument("--adapter", default=None, help="a LoRA adapter folder; default: train one (the demo recipe)")
    parser.add_argument("--work", default="runs/gguf_route", help="where the merged, ONNX and GGUF files go")
    parser.add_argument("--variants", nargs="+", default=VARIANTS, choices=VARIANTS)
    parser.add_argument("--eval-emails", type=int, default=None, help="score only this many test emails (default: all 120)")
    parser.add_argument("--prompts", type=int, default=20, help="prompts whose greedy replies are compared")
    parser.add_argument("--reply-tokens", type=int, default=32)
    parser.add_argument("--speed-prompts", type=int, default=8)
    parser.add_argument("--speed-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", default="bench/results/gguf_route.json")
    parser.add_argument("--measure", nargs=3, metavar=("VARIANT", "PATH", "TOKENIZER"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:  # the child process: one variant, its report as JSON on stdout's last line
        print(json.dumps(measure(*args.measure, args)))
        return

    files = build_files(args)
    merged = files["transformers"][0]
    forwarded = [f"--{k.replace('_', '-')}={v}" for k, v in vars(args).items()
                 if k in ("eval_emails", "prompts", "reply_tokens", "speed_prompts", "speed_tokens", "threads")
                 and v is not None]
    rows = []
    for variant in ["transformers"] + [v for v in args.variants if v != "transformers"]:
        path, made_s = files[variant]
        done = subprocess.run([sys.executable, __file__, "--measure", variant, str(path), str(merged), *forwarded],
                              capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"{variant} failed:\n{done.stderr[-3000:]}")
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row.update({"file_mb": _file_mb(path if variant != "transformers" else path / "model.safetensors"),
                    "made_in_s": round(made_s, 1)})
        rows.append(row)
        print({k: v for k, v in row.items() if k not in ("replies", "predicted")}, flush=True)
    _, truth, labels = _prompts(args.eval_emails)
    compare(rows, truth, labels)

    import llama_cpp
    import onnxruntime
    import torch

    report = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
              "torch": torch.__version__, "onnxruntime": onnxruntime.__version__,
              "llama_cpp_python": llama_cpp.__version__, "model": args.model, "date": time.strftime("%Y-%m-%d"),
              "command": " ".join(["python", "bench/gguf_route.py", *sys.argv[1:]]), "threads": args.threads,
              "eval_emails": len(truth), "prompts": args.prompts, "reply_tokens": args.reply_tokens,
              "speed_prompts": args.speed_prompts, "speed_tokens": args.speed_tokens,
              "load_average_at_end": [round(x, 1) for x in os.getloadavg()], "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
