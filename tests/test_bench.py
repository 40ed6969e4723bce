"""The GPU benchmark stays runnable: its smoke mode builds a real architecture (shrunk) and runs both recipes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_gpu_benchmark_smoke_runs_both_recipes_on_the_cpu(tmp_path):
    # catches: a GPU suite that breaks silently between the rare sessions that have a GPU
    out = tmp_path / "gpu.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "qlora_gpu.py"), "--smoke", "--models", "qwen2.5-0.5b",
                    "--out", str(out), "--models-dir", str(tmp_path / "models")], check=True, capture_output=True,
                   text=True, timeout=600)
    rows = json.loads(out.read_text())["rows"]
    assert [r["recipe"] for r in rows] == ["plain", "workbench"]
    for row in rows:
        assert "error" not in row, row
        assert row["tokens"] > 0 and row["tokens_per_s"] > 0 and row["peak_memory_mb"] > 0
    assert rows[1]["speed_vs_plain"] > 0 and rows[0]["gradient_checkpointing"] is True


@pytest.mark.slow
def test_inference_benchmark_times_three_variants_and_checks_the_merge(tmp_path):
    # catches: an inference benchmark whose adapter is a no-op or whose merge silently changes the answers
    import importlib.util
    import os

    out = tmp_path / "inf.json"
    # One thread: a smoke test, and two torch threads on two shared cores stall each other when the machine is busy.
    subprocess.run([sys.executable, str(ROOT / "bench" / "inference.py"), "--new-tokens", "4", "--repeats", "1",
                    "--batch", "2", "--out", str(out)], check=True, capture_output=True, text=True, timeout=300,
                   env={**os.environ, "OMP_NUM_THREADS": "1"})
    report = json.loads(out.read_text())
    assert [(r["variant"], r["mode"]) for r in report["rows"]] == [
        (v, m) for v in ("base", "adapter", "merged") for m in ("single", "batched")]
    assert all(r["tokens_per_s"] > 0 and r["new_tokens"] == 8 for r in report["rows"])
    assert report["checks"]["adapter_changes_output"] is True
    assert report["checks"]["merged_token_agreement"] >= 0.9
    spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
    bench_report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_report)
    assert "tokens/s" in bench_report._inference(report)
