"""Write bench/RESULTS.md from the JSON files the benchmarks leave in bench/results/.

    bash bench/run_cpu.sh        # runs every CPU benchmark, then this script
    python bench/report.py       # only re-renders RESULTS.md from the JSON already there
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

PUBLISHED = """## Published figures to put ours beside

| claim | figure | source |
|---|---|---|
| Unsloth vs HF + FlashAttention 2, A100 40GB | Llama-2-7B 1.87x, -39 % VRAM | Hugging Face blog "unsloth-trl" |
| Unsloth, Llama-3.1-8B on H100 | 2x, > 70 % less VRAM; max context at 16 GB ~40.7k vs 2.6k | Unsloth docs, benchmarks page |
| Liger Kernel, Llama-3-8B | ~+20 % throughput, ~-60 % memory | linkedin/Liger-Kernel README |
| Llama-3.1-8B QLoRA, 10k samples, 1x L4 | 360 min -> 290 (packing) -> 220 (+Flash Attention) -> 135 (+Liger) | Phil Schmid, "fine-tune LLMs in 2025" |
| Training memory full / LoRA / QLoRA | 8B: 60 / 16 / 6 GB; 70B: 300 / 160 / 48 GB | Hugging Face blog "llama31" |
| H100 bf16 matrix product | ~800 TFLOP/s | measured by this project on a lent H100 (no script in bench/ yet) |

These are other people's numbers on other hardware; ours are above, measured side by side in one run.
"""


def _load(name: str) -> dict | None:
    path = RESULTS / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _qlora(report: dict) -> str:
    lines = [f"## QLoRA recipes on the CPU ({report['model']})", "",
             f"Machine: {report['machine']}; torch {report['torch']}. Command: `{report['command']}`.", "",
             "| recipe | steps | tokens/s | peak RSS MB | speed vs plain | memory vs plain |", "|---|---|---|---|---|---|"]
    for row in report["rows"]:
        lines.append(f"| {row['recipe']} | {row['steps']} | {row['tokens_per_s']} | {row['peak_rss_mb']} | "
                     f"{row['speed_vs_plain']}x | {row['memory_vs_plain']}x |")
    lines += ["", "plain = NF4 with bf16 compute, q/v LoRA, gradient checkpointing, `bf16=True` (what most notebooks "
              "copy); workbench = `workbench.finetune` with the hardware's choices (float32 compute on a CPU without "
              "AVX512-BF16); fp32-lora = the same without 4-bit. On these CPUs bf16 is emulated and slow, and NF4 "
              "halves weight memory but costs speed (dequantisation in every product): the numbers say so."]
    ours = next(r for r in report["rows"] if r["recipe"] == "workbench")
    trade = ("trades memory for speed here: float32 adapters and no gradient checkpointing, since memory is not "
             "what limits a CPU-sized model" if ours["memory_vs_plain"] > 1 else "is also lighter")
    lines += ["", f"The workbench recipe runs at {ours['speed_vs_plain']}x the plain recipe's tokens per second with "
              f"{ours['memory_vs_plain']}x its peak memory: it {trade}. Peak RSS includes the Python and torch "
              "runtime (most of it for a 6M-parameter model), so the planner's accelerator-memory estimate is "
              "compared with measurement only in the GPU suite (bench/qlora_gpu.py).", ""]
    return "\n".join(lines)


def _qlora_dtype(report: dict) -> str:
    rows = {r["recipe"]: r for r in report["rows"]}
    ratio = rows["workbench"]["tokens_per_s"] / rows["workbench-bf16"]["tokens_per_s"]
    lines = ["## QLoRA compute dtype on a CPU with AVX512-BF16 (vi-tiny-llama)", "",
             f"Machine: {report['machine']}. Command: `{report['command']}`. {report.get('note', '')}", "",
             "| recipe | tokens/s | peak RSS MB |", "|---|---|---|"]
    lines += [f"| {r['recipe']} | {r['tokens_per_s']} | {r['peak_rss_mb']} |" for r in report["rows"]]
    lines += ["", f"float32 compute and adapters ran {ratio:.1f}x faster than bf16 on this CPU, so `hardware.choose` keeps "
              "float32 for QLoRA on every CPU (the 4-bit weights are dequantised for each product either way). "
              "Pretraining, which is all full-precision matrix products, uses bf16 autocast on such CPUs: "
              "measured 1.64x faster (4,698 vs 2,865 tokens/s for the bundled model's shape, 6 layers of width 256, batch 16 x 256).", ""]
    return "\n".join(lines)


def _inference(report: dict) -> str:
    speed = {(r["variant"], r["mode"]): r["tokens_per_s"] for r in report["rows"]}
    lines = [f"## Inference on the CPU ({report['model']})", "",
             f"Machine: {report['machine']}; torch {report['torch']}; {report['threads']} threads; "
             f"{report['date']}. Command: `{report['command']}`. Greedy, {report['new_tokens']} new tokens per "
             f"prompt, {report['batch']} prompts; median of the timed repeats.", "",
             "| variant | mode | tokens/s | vs base single |", "|---|---|---|---|"]
    lines += [f"| {r['variant']} | {r['mode']} | {r['tokens_per_s']} | {r['vs_base_single']}x |"
              for r in report["rows"]]
    lines += ["", "Checks: " + "; ".join(f"{k} = {v}" for k, v in report["checks"].items()) + ".", ""]
    # Computed from this run's numbers, so the sentence stays true when they change.
    lines.append(f"Batching {report['batch']} prompts runs the base model at "
                 f"{speed['base', 'batched'] / speed['base', 'single']:.2f}x its one-prompt-at-a-time speed. "
                 f"An unmerged LoRA adapter (r=16, all linear layers) runs at "
                 f"{speed['adapter', 'single'] / speed['base', 'single']:.2f}x the base speed one prompt at a time; "
                 f"merged, it runs at {speed['merged', 'single'] / speed['adapter', 'single']:.2f}x the unmerged "
                 f"adapter's speed (single) and {speed['merged', 'batched'] / speed['adapter', 'batched']:.2f}x "
                 f"(batched), with {report['checks']['merged_token_agreement']:.0%} of greedy tokens unchanged "
                 "by the merge.")
    return "\n".join(lines + [""])


def _grading(report: dict) -> str:
    lines = [f"## Grading throughput ({report['assignment']}, sandboxed kernels)", "",
             f"Machine: {report['machine']}; Python {report['python']}; {report['date']}.", "",
             "| jobs | integrity checks | submissions | seconds | per minute | vs serial with checks |",
             "|---|---|---|---|---|---|"]
    for r in report["runs"]:
        checks = "on" if r.get("integrity_checks", True) else "off"
        lines.append(f"| {r['jobs']} | {checks} | {r['submissions']} | {r['seconds']} | {r['per_minute']} | "
                     f"{r['speedup_vs_serial']}x |")
    with_checks = [r for r in report["runs"] if r.get("integrity_checks", True)]
    best = max(with_checks, key=lambda r: r["per_minute"])
    lines += ["", f"Fastest here: --jobs {best['jobs']}, {best['per_minute']} submissions per minute "
              f"({best['speedup_vs_serial']}x serial). Each submission is a worker process, an nbgrader run and a "
              "sandboxed kernel (one torch thread); `workbench grade autograde` defaults to --jobs = cores / 2, "
              "which leaves memory for heavy notebooks (a Level 3 kernel can take 1.8 GB)."]
    without = next((r for r in report["runs"] if not r.get("integrity_checks", True)), None)
    serial = next((r for r in with_checks if r["jobs"] == 1), None)
    if without and serial:
        cost = 1 - serial["per_minute"] / without["per_minute"]
        verdict = ("no cost that this machine's run-to-run noise (about 15%) can show" if cost <= 0.15
                   else f"they cost {cost:.0%} of the throughput")
        lines += ["", f"The integrity check cells: serial grading ran at {serial['per_minute']} submissions per minute "
                  f"with them and {without['per_minute']} without: {verdict}. Each check takes a few hundredths of "
                  "a second inside the kernel."]
    lines += ["", "Absolute rates differ between machines and sessions of the same machine type (this bench has "
              "measured 3.9 to 7.4 serial submissions per minute on 2-core machines); compare rows of one run. "
              "Two jobs on 2 cores run 1.7-2.3x faster than serial. A two-job run at about half the serial speed "
              "with the CPUs mostly idle points to kernels left over from an earlier round (a sandboxed kernel is set "
              "to die with its grading worker, workbench/sandbox.py): look for them with `ps` before measuring. "
              "The default, --jobs = cores / 2, grades serially on such a machine."]
    return "\n".join(lines + [""])


def _capacity(report: dict) -> str:
    lines = [f"## Can the bundled model say each label, and does its state carry the topic? ({report['model']})", "",
             f"Command: `{report.get('command', 'python bench/tiny_model_capacity.py')}`"
             + (f"; {report['date']}" if report.get("date") else "") + ".", "",
             "Output floor: the lowest -log p a label's first token can reach from any hidden state, with the "
             "tied embeddings and final norm frozen as LoRA leaves them (0 = reachable).", "",
             "| label | floor (nats) |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in report["output_floor_nats"].items()]
    lines += ["", f"Linear probe on frozen features, held-out emails (chance {report['chance']}):", "",
              "| features | train | held out |", "|---|---|---|"]
    lines += [f"| {k} | {v['train']} | {v['held_out']} |" for k, v in report["linear_probe_accuracy"].items()]
    worst = max(report["output_floor_nats"].values())
    probe = report["linear_probe_accuracy"]["last position, last layer"]["held_out"]
    say = ("every label can be said confidently" if worst < 0.3
           else f"some labels cannot be said confidently (worst floor {worst:.2f} nats)")
    carry = (f"the state where it must answer carries the topic ({probe:.0%} held out, chance {report['chance']:.0%})"
             if probe > 2 * report["chance"] else
             f"the state where it must answer barely carries the topic ({probe:.0%} held out)")
    lines += ["", f"Measured: {say}, and {carry}. The first bundled model (0.8 M tokens, 2026-11) failed both: "
              "floors of 0.7-2.2 nats for five labels and a probe at 22-27 %.", ""]
    return "\n".join(lines)


def _tiny_finetune(report: dict) -> str:
    lines = [f"## How far fine-tuning took the first bundled model on triage ({report['model']}, 0.8 M tokens)", "",
             f"{report['date']}; torch {report['torch']}. Command: `{report['command']}`. Held-out accuracy on the 120 "
             f"test emails by log-likelihood choice, after each epoch over the 450 training emails (chance "
             f"{report['chance']:.1%}; a TF-IDF word counter trained on the same emails: "
             f"{report['word_counter_accuracy']:.1%}).", "",
             "| trains | subject line last | lr | trainable params | accuracy by epoch | last train loss |",
             "|---|---|---|---|---|---|"]
    for r in report["runs"]:
        curve = " → ".join(f"{c['held_out_accuracy']:.1%}" for c in r["curve"])
        lines.append(f"| {r['trains']} | {'yes' if r['subject_last'] else 'no'} | {r['learning_rate']} | "
                     f"{r['trainable_params']:,} | {curve} | {r['curve'][-1].get('train_loss')} |")
    best = max(c["held_out_accuracy"] for r in report["runs"] for c in r["curve"])
    verdict = ("far below it: the limit is the model, not the fine-tuning recipe" if best < report["word_counter_accuracy"] - 0.2
               else "close to it or above: the recipe can teach the task")
    lines += ["", f"Best held-out accuracy of any variant: {best:.1%}, against {report['word_counter_accuracy']:.1%} for "
              f"the word counter, {verdict}.", ""]
    return "\n".join(lines)


def _pretraining(sweep: dict | None) -> str:
    """The bundled model's pretraining curve (its card's report) and the demo on checkpoints of the run."""
    card = json.loads((HERE.parent / "workbench" / "assets" / "vi-tiny-llama" / "pretrain_report.json").read_text())
    lines = ["## Pretraining the bundled model: tokens against what fine-tuning gains (vi-tiny-llama)", "",
             f"One run of `workbench pretrain` ({card['machine']}, CPU features "
             f"{', '.join(card.get('cpu_features', [])) or 'not recorded'}; {card['train_seconds'] / 60:.0f} min, "
             f"{card['tokens_per_s']:,} tokens/s, bf16 autocast {'on' if card.get('bf16_autocast') else 'off'}) on "
             f"the pretraining mix (datasets/pretrain_mix/DATASHEET.md). Zero-shot columns score held-out "
             "classification chats and the support emails (a task never in the mix) by label likelihood; "
             "held-out perplexity is on plain corpus text (`vi_corpus` validation)."
             + (f" The run was {card['notes']}." if card.get("notes") else ""), "",
             "| step | tokens seen | held-out perplexity | zero-shot, held-out chats | zero-shot, emails |",
             "|---|---|---|---|---|"]
    for c in card["curve"]:
        lines.append(f"| {c['step']} | {c.get('tokens_seen', 0) / 1e6:.1f} M | {c['valid_ppl']} | "
                     f"{c.get('skill_acc', 0):.1%} | {c.get('email_zero_shot', 0):.1%} |")
    if sweep:
        lines += ["", f"`workbench demo`'s recipe (QLoRA r=16 on every linear layer, 3 epochs over 450 emails, "
                  f"4-bit base) on models from this run and on the first bundled model. Command: "
                  f"`{sweep['command']}`.", "",
                  "| model | pretraining tokens | base accuracy | after fine-tuning | after, without diacritics | "
                  "macro F1 after | demo seconds |", "|---|---|---|---|---|---|---|"]
        def pct(value):
            return "not measured" if value is None else f"{value:.1%}"

        for r in sorted(sweep["rows"], key=lambda r: r["tokens_seen"]):
            lines.append(f"| {r['model']} | {r['tokens_seen'] / 1e6:.1f} M | {pct(r['accuracy_before'])} | "
                         f"{pct(r['accuracy_after'])} | {pct(r['accuracy_after_no_diacritics'])} | "
                         f"{'-' if r['macro_f1_after'] is None else format(r['macro_f1_after'], '.3f')} | "
                         f"{r['total_seconds']:.0f} |")
        notes = [f"{r['model']}: {r['note']}" for r in sweep["rows"] if r.get("note")]
        if notes:
            lines += ["", "Notes: " + "; ".join(notes) + "."]
        counter = sweep["rows"][0]["word_counter_accuracy"]
        lines += ["", f"The word counter (TF-IDF + logistic regression on the same 450 emails) scores {counter:.1%}."]
    return "\n".join(lines + [""])


def _memory(report: dict) -> str:
    lines = [f"## Peak memory of each course notebook on the CPU (Binder limit {report['binder_limit_mb']} MB)", "",
             f"Machine: {report['machine']}; torch {report['torch']}; OMP_NUM_THREADS={report['omp_num_threads']}; "
             f"{report['date']}. Command: `python bench/notebook_memory.py`.", "",
             "| notebook | seconds | kernel peak RSS MB |", "|---|---|---|"]
    for row in report["notebooks"]:
        lines.append(f"| {row['notebook'].removeprefix('course/')} | {row['seconds']} | {row['kernel_tree_peak_rss_mb']} |")
    return "\n".join(lines + [""])


def _gguf_route(report: dict) -> str:
    rows = {r["variant"]: r for r in report["rows"]}
    lines = [f"## The edge route on the CPU: transformers, ONNX and GGUF ({report['model']}, fine-tuned)", "",
             f"Machine: {report['machine']}; torch {report['torch']}, onnxruntime {report['onnxruntime']}, "
             f"llama-cpp-python {report['llama_cpp_python']}; {report['threads']} thread(s); {report['date']}. "
             f"Command: `{report['command']}`. One fine-tuned adapter merged into the model (float32), then each "
             f"route in a process of its own: accuracy on the {report['eval_emails']} test emails (each label scored "
             f"by log-likelihood); greedy replies to {report['prompts']} triage prompts (up to "
             f"{report['reply_tokens']} tokens) compared token by token with transformers; speed over "
             f"{report['speed_prompts']} prompts x {report['speed_tokens']} new tokens at batch 1, prompt reading "
             "included; peak RSS of that process, and what loading and running the model added to it (model MB). "
             f"Load average at the end (1, 5, 15 min): {', '.join(map(str, report.get('load_average_at_end', [])))} "
             f"on {report['machine'].split(', ')[-1]}.", "",
             "| route | file MB | accuracy | macro F1 | same label as transformers | greedy tokens agree | "
             "identical replies | tokens/s | speed vs transformers | peak RSS MB | model MB | model MB vs transformers |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in report["rows"]:
        lines.append(f"| {r['variant']} | {r['file_mb']} | {r['accuracy']:.1%} | {r['macro_f1']:.3f} | "
                     f"{r['same_label_as_transformers']:.1%} | {r['greedy_token_agreement']:.1%} | "
                     f"{r['identical_replies']} | {r['tokens_per_s']} | {r['speed_vs_transformers']}x | "
                     f"{r['peak_rss_mb']} | {r['model_mb']} | {r['model_memory_vs_transformers']}x |")
    notes = []
    if "gguf-F32" in rows and "gguf-Q4_K_M" in rows:
        f32, q4 = rows["gguf-F32"], rows["gguf-Q4_K_M"]
        notes.append(f"Q4_K_M is {f32['file_mb'] / q4['file_mb']:.1f}x smaller than the F32 file, ran at "
                     f"{q4['tokens_per_s'] / f32['tokens_per_s']:.1f}x its speed, and picks the same label as "
                     f"transformers for {q4['same_label_as_transformers']:.1%} of the emails (F32: "
                     f"{f32['same_label_as_transformers']:.1%}).")
    tokenizer = [r.get("llama_cpp_tokenizer_agrees") for r in report["rows"] if r["variant"].startswith("gguf")]
    if tokenizer:
        notes.append(f"llama.cpp's own tokenizer, read from the GGUF file, splits {min(tokenizer):.0%} of the "
                     "test chats exactly as the model's tokenizer does.")
    notes.append("The GGUF routes run with llama.cpp's default float16 KV cache (as Ollama does), which moves "
                 "log-probabilities by about 1e-3 even for F32. The project's ONNX export has no KV cache, so each "
                 "new token re-reads the whole sequence: its speed is that of the simpler graph, not of ONNX. "
                 "Timings on a shared 2-core machine vary from run to run: compare rows of one run, and measure a "
                 "real model on the target device before choosing its quantisation.")
    return "\n".join(lines + ["", " ".join(notes), ""])


def main() -> None:
    parts = ["# Benchmark results", "", "Regenerate with `bash bench/run_cpu.sh` (CPU suite) and "
             "`python bench/report.py`. Each section is one run; ratios compare recipes measured in that run.", ""]
    parts.append(_pretraining(_load("pretrain_sweep.json")))
    for name, render in (("qlora_cpu.json", _qlora), ("qlora_cpu_dtype.json", _qlora_dtype),
                         ("inference_cpu.json", _inference), ("gguf_route.json", _gguf_route),
                         ("grading.json", _grading), ("tiny_model_capacity.json", _capacity),
                         ("tiny_model_finetune.json", _tiny_finetune),
                         ("notebook_memory.json", _memory)):
        report = _load(name)
        parts.append(render(report) if report else f"## {name}\n\nNot run yet.\n")
    parts.append(PUBLISHED)
    parts.append(_gpu_note())
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"written {HERE / 'RESULTS.md'}")


def _gpu_note() -> str:
    return ("## GPU\n\nNo GPU was lent to the sessions that wrote these benchmarks, so there are no GPU numbers "
            "yet: the planner's memory estimates have been checked against CPU runs only.\n")


if __name__ == "__main__":
    main()
