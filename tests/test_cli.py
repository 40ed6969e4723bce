"""The `workbench` command as a user runs it: doctor, datasets, errors without tracebacks, a short demo."""

import json
import os
import subprocess
import sys



def _run(*args, env=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_doctor_prints_choices_and_reasons():
    # catches: doctor crashing on a machine without a GPU, or not saying why
    result = _run("doctor")
    assert result.returncode == 0, result.stderr
    assert "compute dtype" in result.stdout and "because:" in result.stdout and "vi-tiny-llama" in result.stdout


def test_datasets_lists_catalogue():
    # catches: the catalogue not finding the bundled datasheets
    result = _run("datasets")
    assert result.returncode == 0, result.stderr
    assert "support_emails" in result.stdout and "vi_corpus" in result.stdout


def test_unreachable_model_is_one_clear_line(tmp_path):
    # catches: a stack trace for a learner whose machine cannot reach the hub
    result = _run("chat", "Xin chào", "--model", "qwen2.5-0.5b-instruct",
                  env={"HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(tmp_path)})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "hf download" in result.stderr


def test_short_demo_writes_json_results(tmp_path):
    # catches: the demo pipeline breaking end to end (load 4-bit, measure, train, measure, save, report)
    out = tmp_path / "results.json"
    result = _run("demo", "--max-train", "48", "--max-eval", "24", "--epochs", "1",
                  "--output-dir", str(tmp_path / "run"), "--json", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in ("accuracy_before", "accuracy_after", "total_seconds", "peak_memory_mb", "adapter_path", "model", "device"):
        assert key in results
    assert results["quantized_layers"] > 0 and results["device"] == "cpu"
    assert os.path.isfile(os.path.join(results["adapter_path"], "adapter_model.safetensors"))
    assert "before" in result.stdout and "Adapter saved to" in result.stdout
