"""Model resolution and loading: bundled, local folder, hub cache offline, clear errors (workbench.models)."""

import shutil
import time

import bitsandbytes as bnb
import pytest
import torch

from workbench import models


def _fake_hub_cache(tmp_path, model_dir, repo_id):
    """Lay out `model_dir` as the Hugging Face hub cache stores a downloaded snapshot."""
    repo = tmp_path / "hub" / f"models--{repo_id.replace('/', '--')}"
    snapshot = repo / "snapshots" / "0123456789abcdef0123456789abcdef01234567"
    shutil.copytree(model_dir, snapshot)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(snapshot.name)
    return tmp_path / "hub"


def test_local_folder_loads_in_4bit_nf4(tiny_model_dir):
    # catches: quantization_config not applied, so "QLoRA" would silently train a full-precision model
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    layers = [m for m in model.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert layers and models.count_quantized_layers(model) == len(layers)
    assert layers[0].weight.quant_state.quant_type == "nf4"
    assert layers[0].weight.dtype == torch.uint8
    assert tokenizer.pad_token is not None


def test_unquantised_load_has_no_4bit_layers(tiny_model_dir):
    # catches: quantization='none' still quantizing
    model, _ = models.load_model(str(tiny_model_dir), quantization="none")
    assert models.count_quantized_layers(model) == 0
    assert next(model.parameters()).dtype == torch.float32


def test_hub_id_resolves_from_local_cache_offline(tiny_model_dir, tmp_path, monkeypatch):
    # catches: the real hub path (snapshot_download) breaking; a shared read-only cache must work offline
    cache = _fake_hub_cache(tmp_path, tiny_model_dir, "workbench-test/tiny-llama")
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = models.resolve_model_path("workbench-test/tiny-llama")
    assert (path / "config.json").exists()
    model, _ = models.load_model("workbench-test/tiny-llama", quantization="none")
    assert model.config.model_type == "llama"


def test_uncached_hub_model_offline_says_what_to_do(tmp_path, monkeypatch):
    # catches: a stack trace instead of one clear sentence when the hub is unreachable
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(tmp_path / "empty"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(models.ModelUnavailableError) as err:
        models.resolve_model_path("qwen2.5-0.5b-instruct")
    message = str(err.value)
    assert "Qwen/Qwen2.5-0.5B-Instruct" in message and "hf download" in message and "--model" in message


def test_unreachable_hub_fails_fast_with_fix(tmp_path, monkeypatch):
    # catches: hanging or a raw ConnectionError when the network is down (not offline mode)
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(tmp_path / "empty"))
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "2")
    monkeypatch.setenv("HF_HUB_DOWNLOAD_TIMEOUT", "2")
    started = time.time()
    with pytest.raises(models.ModelUnavailableError, match="not reachable"):
        models.resolve_model_path("Qwen/Qwen2.5-0.5B-Instruct")
    assert time.time() - started < 120


def test_unknown_name_lists_registered_models():
    # catches: a typo giving a confusing hub error instead of the list of known models
    with pytest.raises(models.ModelUnavailableError, match="vi-tiny-llama"):
        models.resolve_model_path("not a model name!")


def test_folder_without_config_is_explained(tmp_path):
    # catches: pointing at the wrong folder and getting a transformers traceback
    with pytest.raises(models.ModelUnavailableError, match="config.json"):
        models.resolve_model_path(str(tmp_path))


def test_registry_entries_are_complete():
    # catches: a registry entry without size, licence or hardware advice
    for spec in models.list_models():
        assert spec.params_b > 0 and spec.licence and spec.hardware
        assert spec.bundled or "/" in spec.source


def test_bundled_model_is_shipped_and_loads_in_4bit():
    # catches: the checkpoint missing from the repository or package
    model, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="4bit")
    assert models.count_quantized_layers(model) > 0
    assert tokenizer.chat_template and "<|im_start|>" in tokenizer.chat_template


def test_missing_path_says_there_is_no_folder():
    # catches: a mistyped local path answered with the registry list, as if it were a model name
    with pytest.raises(models.ModelUnavailableError, match="There is no folder './no/such/model'"):
        models.resolve_model_path("./no/such/model")


def test_typo_in_model_name_suggests_the_registered_one():
    # catches: 'vi-tiny-lama' getting ten names to compare by eye instead of the one meant
    with pytest.raises(models.ModelUnavailableError, match="Did you mean 'vi-tiny-llama'"):
        models.resolve_model_path("vi-tiny-lama")


def _adapter_for(model_dir, folder):
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM

    from workbench import finetune

    get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir), finetune.lora_config()).save_pretrained(folder)
    return folder


def test_adapter_folder_given_as_model_says_use_adapter(tiny_model_dir, tmp_path):
    # catches: "no config.json" for an adapter folder, without saying it belongs after --adapter
    adapter = _adapter_for(tiny_model_dir, tmp_path / "adapter")
    with pytest.raises(models.ModelUnavailableError, match="holds a LoRA adapter, not a model.*--adapter"):
        models.resolve_model_path(str(adapter))


def test_folder_without_weights_is_explained(tiny_model_dir, tmp_path):
    # catches: an OSError traceback from transformers for a half-copied model folder
    folder = shutil.copytree(tiny_model_dir, tmp_path / "model", ignore=shutil.ignore_patterns("*.safetensors"))
    with pytest.raises(models.ModelUnavailableError, match="Cannot load the model from .*model.safetensors"):
        models.load_model(str(folder), quantization="none")


def test_folder_without_tokenizer_is_explained(tiny_model_dir, tmp_path):
    # catches: a ValueError traceback ("Couldn't instantiate the backend tokenizer") for a folder with weights only
    folder = shutil.copytree(tiny_model_dir, tmp_path / "model", ignore=shutil.ignore_patterns("tokenizer*"))
    with pytest.raises(models.ModelUnavailableError, match="Cannot load a tokenizer from .*tokenizer.json"):
        models.load_model(str(folder), quantization="none")


def test_missing_adapter_fails_before_the_model_loads(tiny_model_dir, tmp_path, monkeypatch):
    # catches: PEFT's "Can't find 'adapter_config.json'" traceback, after loading the whole model first
    monkeypatch.setattr(models.AutoModelForCausalLM, "from_pretrained", lambda *a, **k: pytest.fail("loaded"))
    with pytest.raises(models.ModelUnavailableError, match="There is no adapter folder"):
        models.load_model(str(tiny_model_dir), quantization="none", adapter=tmp_path / "nope")
    with pytest.raises(models.ModelUnavailableError, match="holds no adapter_config.json"):
        models.load_model(str(tiny_model_dir), quantization="none", adapter=tmp_path)


def test_adapter_of_another_base_model_names_its_base(tiny_model_dir, tmp_path):
    # catches: a wall of "size mismatch" lines instead of which model the adapter belongs on
    adapter = _adapter_for(tiny_model_dir, tmp_path / "adapter")
    with pytest.raises(models.ModelUnavailableError, match=f"fine-tuned from '{tiny_model_dir}'.*--model {tiny_model_dir}"):
        models.load_model(models.BUNDLED_MODEL, quantization="none", adapter=adapter)


def test_default_model_is_the_bundled_one_without_a_gpu_or_hub():
    # catches: a lesson on a CPU or offline trying to download 0.5B parameters it cannot use
    import dataclasses

    from workbench import hardware

    cpu = hardware.detect()
    cpu = dataclasses.replace(cpu, device="cpu", gpu_name=None)
    gpu = dataclasses.replace(cpu, device="cuda", gpu_name="Tesla T4", bf16_supported=False)
    assert models.default_model(cpu, hub_check=lambda name: True)[0] == models.BUNDLED_MODEL
    name, why = models.default_model(gpu, hub_check=lambda name: False)
    assert name == models.BUNDLED_MODEL and "neither cached nor downloadable" in why
    name, why = models.default_model(gpu, hub_check=lambda name: True)
    assert name == models.GPU_DEFAULT_MODEL and "Tesla T4" in why


def test_hub_model_is_unavailable_offline_and_found_in_a_local_cache(tmp_path, monkeypatch, tiny_model_dir):
    # catches: the availability check hanging or downloading when HF_HUB_OFFLINE is set, or missing a cached copy
    import shutil

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path / "cache"))
    assert not models.hub_model_available("someone/not-cached-model")
    snapshot = tmp_path / "cache" / "models--local--tiny" / "snapshots" / ("0" * 40)
    shutil.copytree(tiny_model_dir, snapshot)
    (tmp_path / "cache" / "models--local--tiny" / "refs").mkdir()
    (tmp_path / "cache" / "models--local--tiny" / "refs" / "main").write_text("0" * 40)
    assert models.hub_model_available("local/tiny")


def test_recommended_settings_come_from_the_registry():
    # catches: the demo training a hub model at the bundled model's 2e-3 (ten times its recommended rate)
    assert models.recommended("vi-tiny-llama").learning_rate == 2e-3
    assert models.recommended("qwen2.5-0.5b-instruct").learning_rate == 2e-4
    assert models.recommended("Qwen/Qwen2.5-0.5B-Instruct").learning_rate == 2e-4
    assert models.recommended("/some/folder").learning_rate == 2e-4


def test_planner_presets_are_a_view_of_the_registry():
    # catches: a second model table drifting from the first (a shape, size or name edited in one place only)
    from workbench import plan, registry

    with_shape = [s for s in registry.MODELS if s.architecture is not None]
    assert list(plan.PRESETS) == [s.shape_name for s in with_shape]
    for spec in with_shape:
        assert abs(plan.PRESETS[spec.shape_name].params / 1e9 - spec.params_b) < 0.01, spec.key
    planner_only = [s.key for s in registry.MODELS if not s.fine_tune]
    assert planner_only == ["llama-3.1-8b", "llama-3.1-70b"] and not set(planner_only) & set(models.REGISTRY)


def test_model_shape_reads_the_registry_then_the_models_own_config(tiny_model_dir):
    # catches: the form's planner missing a registry model's shape, or guessing one for a folder it can read
    from workbench import plan

    assert models.model_shape("qwen2.5-7b-instruct") is plan.PRESETS["qwen2.5-7b"]
    assert models.model_shape(str(tiny_model_dir)).hidden_size == 64
    with pytest.raises(models.ModelUnavailableError, match="hf download example-org/no-such-model config.json"):
        models.model_shape("example-org/no-such-model")
