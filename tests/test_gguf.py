"""The GGUF round trip: a merged fine-tuned bundled model through llama.cpp's converter, quantiser and runtime.

Real parts only: llama.cpp's own convert_hf_to_gguf.py (fetched once from the source release of the
installed llama-cpp-python), its quantiser and its runtime, against transformers on the same merged model.
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

llama_cpp = pytest.importorskip(
    "llama_cpp", reason="llama-cpp-python is not installed; `scripts/install.sh dev,grading,lab` builds it from "
                        "source (the edge extra), which needs a C++ compiler and cmake")

from workbench import data, evaluate, export, gguf, models  # noqa: E402
from workbench.errors import WorkbenchError  # noqa: E402

# one worker runs this module: its fixture converts and quantises once for all tests (pytest -n 2)
pytestmark = pytest.mark.xdist_group("gguf")


def _random_adapter(folder):
    """A LoRA adapter on the bundled model whose B matrices are not zero, so merging changes the answers."""
    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(0)
    base, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none")
    config = LoraConfig(r=8, lora_alpha=16, target_modules="all-linear", task_type="CAUSAL_LM", init_lora_weights=False)
    peft_model = get_peft_model(base, config)
    peft_model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def route(tmp_path_factory):
    """The merged model, its tokenizer, and its GGUF files: F32 (converter), Q8_0 and Q4_K_M (quantiser)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    work = tmp_path_factory.mktemp("gguf")
    merged = export.merge_adapter(models.BUNDLED_MODEL, _random_adapter(work / "adapter"), work / "merged")
    f32 = gguf.to_gguf(merged, work / "model-f32.gguf", outtype="f32")
    files = {"F32": f32, "Q8_0": gguf.quantize(f32, work / "model-q8_0.gguf", "Q8_0"),
             "Q4_K_M": gguf.quantize(f32, work / "model-q4_k_m.gguf", "Q4_K_M")}
    tokenizer = AutoTokenizer.from_pretrained(merged)
    model = AutoModelForCausalLM.from_pretrained(merged, dtype=torch.float32).eval()
    labels = data.describe("support_emails").labels
    test = data.load_dataset("support_emails", "test").select(range(24))
    prompts = [data.classification_prompt(data.email_text(r), labels) for r in test]
    return {"work": work, "merged": merged, "files": files, "tokenizer": tokenizer, "model": model,
            "labels": labels, "prompts": prompts}


def _hf_greedy(route, prompt, new_tokens):
    import torch

    tok = route["tokenizer"]
    ids = tok(tok.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True),
              add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        out = route["model"].generate(torch.tensor([ids]), max_new_tokens=new_tokens, do_sample=False,
                                      pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
    return ids, out[0, len(ids):].tolist()


def test_f32_gguf_writes_the_same_greedy_tokens_as_transformers(route):
    # catches: a conversion that garbles weights (a wrong rotary layout, tied embeddings lost) or a runtime
    # that decodes differently: in float32, llama.cpp must choose transformers' tokens
    runner = gguf.GgufModel(route["files"]["F32"], route["tokenizer"], threads=1, kv_cache="f32")
    for prompt in route["prompts"][:4]:
        ids, expected = _hf_greedy(route, prompt, 16)
        assert runner.generate_ids(ids, 16) == expected


def test_f32_gguf_gives_transformers_logits(route):
    # catches: a conversion that is close enough for greedy decoding yet numerically off (a norm epsilon or
    # rotary base read wrongly from the config shifts every logit a little)
    import torch

    runner = gguf.GgufModel(route["files"]["F32"], route["tokenizer"], threads=1, kv_cache="f32")
    tok = route["tokenizer"]
    ids = tok(tok.apply_chat_template(route["prompts"][0], tokenize=False, add_generation_prompt=True),
              add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        expected = route["model"](torch.tensor([ids])).logits[0].numpy()
    assert abs(runner.logits(ids) - expected).max() < 1e-3


def test_f32_gguf_scores_labels_as_workbench_evaluate_does(route):
    # catches: label scoring on llama.cpp that reads the wrong logit rows (an off-by-one between
    # positions and the tokens they predict) and so reports a wrong accuracy for a quantisation
    import torch

    runner = gguf.GgufModel(route["files"]["F32"], route["tokenizer"], threads=1, kv_cache="f32")
    prompts, labels = route["prompts"][:3], route["labels"]
    ours = runner.choice_logprobs(prompts, labels)
    with torch.inference_mode():
        reference = evaluate.choice_logprobs(route["model"], route["tokenizer"], prompts, labels).numpy()
    assert abs(ours - reference).max() < 1e-4, (ours, reference)  # measured 6e-6 (float16 cache: 4e-3)


def test_llama_cpp_tokenizes_the_chat_as_the_model_was_trained(route):
    # catches: a GGUF whose tokenizer (pre-tokenizer, merges, special tokens) differs from the HF one, so that
    # llama.cpp's server and Ollama feed the model token sequences it never saw in training
    runner = gguf.GgufModel(route["files"]["F32"], route["tokenizer"], threads=1)
    tok = route["tokenizer"]
    texts = [tok.apply_chat_template(p + [{"role": "assistant", "content": route["labels"][i % 6]}], tokenize=False)
             for i, p in enumerate(route["prompts"])]
    assert all(runner.same_tokens(t) for t in texts)
    assert runner.llm.metadata["tokenizer.chat_template"] == tok.chat_template


def test_quantised_files_are_smaller_and_keep_most_labels(route):
    # catches: a quantiser call that silently writes float32 again (ftype ignored), or a quantisation that
    # destroys the model; 8-bit must keep nearly every label, 4-bit most of them (measured: see bench/RESULTS.md)
    sizes = {kind: path.stat().st_size for kind, path in route["files"].items()}
    assert sizes["Q8_0"] < sizes["F32"] / 3 and sizes["Q4_K_M"] < sizes["Q8_0"]
    prompts, labels = route["prompts"], route["labels"]
    picks = {kind: gguf.GgufModel(path, route["tokenizer"], threads=1).predict_choices(prompts, labels)
             for kind, path in route["files"].items()}
    agree = {kind: sum(a == b for a, b in zip(picks[kind], picks["F32"])) / len(prompts) for kind in ("Q8_0", "Q4_K_M")}
    assert agree["Q8_0"] >= 0.9 and agree["Q4_K_M"] >= 0.6, agree


def test_modelfile_carries_the_chat_template_and_stop_token(route):
    # catches: an Ollama Modelfile whose template or stop token does not match the model's chat format, so
    # Ollama would prompt it in a layout it never saw and never stop
    path = gguf.write_modelfile(route["files"]["Q4_K_M"], route["tokenizer"], system="Bạn là trợ lý.")
    text = path.read_text(encoding="utf-8")
    assert path.parent == route["files"]["Q4_K_M"].parent
    assert text.startswith(f"FROM ./{route['files']['Q4_K_M'].name}\n")
    assert '<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>' in text and 'PARAMETER stop "<|im_end|>"' in text
    assert 'SYSTEM """Bạn là trợ lý."""' in text


def test_modelfile_refuses_a_template_it_cannot_translate(route, tmp_path):
    # catches: a Modelfile written with a ChatML template for a model that expects another layout
    from transformers import AutoTokenizer

    other = AutoTokenizer.from_pretrained(route["merged"])
    other.chat_template = "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}"
    with pytest.raises(WorkbenchError, match="not ChatML"):
        gguf.write_modelfile(tmp_path / "x.gguf", other)


def test_conversion_errors_name_the_problem(tmp_path, route):
    # catches: a converter failure that surfaces as a traceback from deep inside llama.cpp's scripts
    with pytest.raises(WorkbenchError, match="config.json"):
        gguf.to_gguf(tmp_path, tmp_path / "x.gguf")
    with pytest.raises(WorkbenchError, match="Q4_K_M"):
        gguf.quantize(route["files"]["F32"], tmp_path / "x.gguf", "Q3_XYZ")
    assert not list(tmp_path.glob(".*tmp*")), "a failed conversion left a temporary file"


def test_converter_comes_from_the_installed_llama_cpp_release():
    # catches: a converter from another llama.cpp release than the runtime, whose files the runtime may misread
    if os.environ.get("WORKBENCH_LLAMA_CPP_DIR"):
        pytest.skip("WORKBENCH_LLAMA_CPP_DIR names a llama.cpp checkout of the user's choosing")
    folder = gguf.converter_dir()
    assert (folder / "convert_hf_to_gguf.py").is_file() and (folder / "gguf-py" / "gguf").is_dir()
    assert folder.name == f"llama.cpp-{llama_cpp.__version__}"


def test_gguf_route_benchmark_runs_and_renders(route, tmp_path):
    # catches: a benchmark that breaks silently between the runs that fill bench/RESULTS.md
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "gguf_route.json"
    subprocess.run([sys.executable, str(root / "bench" / "gguf_route.py"), "--adapter", str(route["work"] / "adapter"),
                    "--work", str(tmp_path / "work"), "--variants", "gguf-Q4_K_M", "--eval-emails", "6",
                    "--prompts", "2", "--reply-tokens", "4", "--speed-prompts", "1", "--speed-tokens", "4",
                    "--threads", "1", "--out", str(out)], check=True, capture_output=True, text=True, timeout=900)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [r["variant"] for r in report["rows"]] == ["transformers", "gguf-Q4_K_M"]
    reference, q4 = report["rows"]
    assert reference["same_label_as_transformers"] == 1.0 and reference["greedy_token_agreement"] == 1.0
    assert q4["tokens_per_s"] > 0 and q4["model_mb"] > 0 and q4["file_mb"] < reference["file_mb"] / 3
    spec = importlib.util.spec_from_file_location("bench_report", root / "bench" / "report.py")
    bench_report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_report)
    assert "| gguf-Q4_K_M |" in bench_report._gguf_route(report)


def test_installed_llama_cpp_is_the_pinned_release():
    # catches: a pin in pyproject.toml that no longer matches what is installed, so that `gguf.install()` on
    # Colab and `scripts/install.sh` here would give learners another llama.cpp than the one tested
    assert f"llama-cpp-python[server]=={llama_cpp.__version__}" in gguf.edge_requirements()
