"""How much pretraining the bundled model needs before fine-tuning pays: the demo on checkpoints of one run.

Each model folder (a checkpoint of `workbench pretrain`, exported with --export, or the earlier bundled
model) goes through exactly `workbench demo`'s recipe; the results add one point each to the
accuracy-vs-pretraining-tokens curve in bench/RESULTS.md.

    python bench/pretrain_sweep.py --export runs/pretrain runs/sweep/step-1000    # a checkpoint -> a model folder
    python bench/pretrain_sweep.py --models runs/sweep/step-1000 ... --out bench/results/pretrain_sweep.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def export_checkpoint(work_dir: str, out: str) -> dict:
    """Write the model in `work_dir/checkpoint.pt` as a loadable folder, with the point of the curve it reached."""
    import torch
    from transformers import LlamaForCausalLM, PreTrainedTokenizerFast

    from workbench import pretrain

    state = torch.load(Path(work_dir) / "checkpoint.pt", map_location="cpu", weights_only=False)
    tokenizer = PreTrainedTokenizerFast.from_pretrained(Path(work_dir) / "tokenizer")
    cfg = pretrain.PretrainConfig(**state["config"])
    model = LlamaForCausalLM(pretrain.model_config(cfg, tokenizer))
    model.load_state_dict(state["model"])
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    last = state["curve"][-1] if state["curve"] else {}
    point = {"step": state["step"], "tokens_seen": state["step"] * cfg.batch_size * cfg.seq_len,
             **{k: last[k] for k in ("valid_ppl", "skill_acc", "email_zero_shot") if k in last},
             "probe_step": last.get("step")}
    (Path(out) / "sweep_point.json").write_text(json.dumps(point, indent=2), encoding="utf-8")
    return point


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", nargs=2, metavar=("WORK_DIR", "OUT"))
    parser.add_argument("--models", nargs="+", default=[])
    parser.add_argument("--out", default="bench/results/pretrain_sweep.json")
    parser.add_argument("--learning-rate", type=float, default=2e-3, help="the bundled model's recommended rate")
    args = parser.parse_args()
    if args.export:
        print(export_checkpoint(*args.export))
        return
    from workbench.demo import run_demo

    out = Path(args.out)
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"] if out.exists() else []
    for folder in args.models:
        point_file = Path(folder) / "sweep_point.json"
        report_file = Path(folder) / "pretrain_report.json"
        if point_file.exists():
            point = json.loads(point_file.read_text(encoding="utf-8"))
        else:
            report = json.loads(report_file.read_text(encoding="utf-8"))
            point = {"step": report["config"]["steps"], "tokens_seen": report["tokens_seen"],
                     "valid_ppl": report["valid_ppl"], **{k: report["curve"][-1].get(k) for k in
                                                           ("skill_acc", "email_zero_shot") if report["curve"]}}
        result = run_demo(folder, output_dir=f"/tmp/sweep-{os.getpid()}", learning_rate=args.learning_rate,
                          log=lambda *_: None)
        row = {"model": point.get("label", folder), **point,
               **{k: result[k] for k in ("accuracy_before", "accuracy_after", "accuracy_after_no_diacritics",
                                         "macro_f1_after", "total_seconds", "last_loss", "word_counter_accuracy")}}
        rows = [r for r in rows if r["model"] != row["model"]] + [row]
        print(json.dumps(row), flush=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"command": " ".join(sys.argv), "rows": rows}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
