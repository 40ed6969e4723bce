"""The GPU benchmark stays runnable: its smoke mode builds a real architecture (shrunk) and runs both recipes."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
