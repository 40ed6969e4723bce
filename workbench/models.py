"""Which models the course uses, and how to load them: offline first, in 4-bit, 8-bit or not at all.

The bundled tiny Vietnamese model and a 7B hub model go through the same `load_model` call; a
notebook switches between them with one parameter. Introduced in Level 2, lesson 1.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

from workbench import hardware, plan
from workbench.errors import WorkbenchError
# The table of models lives in workbench.registry (standard library only, so the planner can read it too)
from workbench.registry import (ASSETS_DIR, BUNDLED_MODEL, GENERIC, GPU_DEFAULT_MODEL, REGISTRY,  # noqa: F401
                                ModelSpec, list_models, recommended)


class ModelUnavailableError(WorkbenchError):
    """The model is neither bundled, a local folder, nor reachable on the hub."""


# What a causal LM needs from a hub repository; skips other formats' weights (GGUF, .bin twins, ONNX).
_HUB_FILES = ["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja", "*.tiktoken"]
_HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+$")


def hub_model_available(name: str, timeout: float = 3.0) -> bool:
    """Whether `name` can be loaded without waiting: in the local cache, or the hub answers quickly."""
    from huggingface_hub import snapshot_download

    hub_id = REGISTRY[name].source if name in REGISTRY else name
    try:
        snapshot_download(hub_id, allow_patterns=_HUB_FILES, local_files_only=True)
        return True
    except Exception:  # not cached
        pass
    if _hub_offline():
        return False
    import urllib.request

    try:
        urllib.request.urlopen(f"https://huggingface.co/api/models/{hub_id}", timeout=timeout).close()
        return True
    except Exception:  # no network, a proxy, a firewall: all mean "not now"
        return False


def default_model(hw: hardware.Hardware | None = None, hub_check=hub_model_available) -> tuple[str, str]:
    """The model a lesson or the demo uses when the learner names none, and why.

    On a CUDA GPU with the hub or a cached copy reachable: a real small instruct model, so learners
    see real judgement improve. Otherwise (a CPU, no network, Binder, CI): the bundled model, which
    runs everywhere in minutes.
    """
    hw = hw or hardware.detect()
    if hw.device != "cuda":
        return BUNDLED_MODEL, (f"no NVIDIA GPU here, so the bundled {BUNDLED_MODEL} (5.8M parameters) is used: it "
                               f"fine-tunes in minutes on a CPU. On a GPU, {GPU_DEFAULT_MODEL} is the default.")
    if not hub_check(GPU_DEFAULT_MODEL):
        return BUNDLED_MODEL, (f"a GPU is here, but {GPU_DEFAULT_MODEL} is neither cached nor downloadable (no "
                               f"network, or HF_HUB_OFFLINE), so the bundled {BUNDLED_MODEL} is used.")
    return GPU_DEFAULT_MODEL, (f"{hw.gpu_name} found and {GPU_DEFAULT_MODEL} reachable: a real 0.5B instruct "
                               "model, so the gain you measure is a real model's.")


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"}


def resolve_model_path(name: str) -> Path:
    """Turn a registry key, a local folder or a hub id into a local folder, downloading only if needed.

    >>> resolve_model_path("vi-tiny-llama").name
    'vi-tiny-llama'
    """
    spec = REGISTRY.get(name.lower())
    if spec and spec.bundled:
        path = Path(spec.path_or_id)
        if not (path / "config.json").exists():
            raise ModelUnavailableError(f"The bundled model is missing from {path}. "
                                        "Rebuild it with `workbench pretrain` or reinstall the workbench.")
        return path
    local = Path(name).expanduser()
    if local.is_dir():
        if (local / "adapter_config.json").exists() and not (local / "config.json").exists():
            raise ModelUnavailableError(f"{local} holds a LoRA adapter, not a model. Load the model it was "
                                        f"fine-tuned from and put the adapter on top: --adapter {name}.")
        if not (local / "config.json").exists():
            raise ModelUnavailableError(f"{local} is a folder but holds no config.json, so it is not a model "
                                        "saved with save_pretrained. Point at the folder that contains config.json.")
        return local
    if name.startswith((".", "/", "~")) or name.count("/") > 1 or (os.sep != "/" and os.sep in name):
        raise ModelUnavailableError(f"There is no folder '{name}' (relative paths start at {Path.cwd()}). "
                                    "Check the path, or name a registered model (`workbench doctor` lists them).")
    hub_id = spec.source if spec else name
    if not _HUB_ID.match(hub_id):
        close = difflib.get_close_matches(name.lower(), REGISTRY, n=1, cutoff=0.6)
        hint = f"Did you mean '{close[0]}'? " if close else ""
        raise ModelUnavailableError(f"'{name}' is not a registered model, an existing folder, or a hub id like "
                                    f"'Qwen/Qwen2.5-0.5B-Instruct'. {hint}Registered: {', '.join(REGISTRY)}.")
    return _download(hub_id)


def model_shape(name: str) -> plan.ModelShape:
    """The planner's shape of `name`: from its registry entry's dimensions, else from its own config.json
    (the bundled model, a local folder, or a hub model already in the cache). Nothing is downloaded.

    >>> plan.estimate_memory(model_shape("qwen2.5-7b-instruct"), "qlora").total
    """
    spec = REGISTRY.get(str(name).lower())
    if spec is not None and spec.shape_name:
        return plan.PRESETS[spec.shape_name]
    from transformers import AutoConfig

    where = spec.path_or_id if spec else name
    try:
        config = AutoConfig.from_pretrained(where, local_files_only=True)
    except Exception:  # not on this machine, or not a model: one answer for the learner either way
        raise ModelUnavailableError(f"The planner needs the shape of {name} (its config.json), which is not on this "
                                    f"machine. Fix: `hf download {where} config.json` on a machine with internet, or "
                                    f"plan with a model the planner knows ({', '.join(plan.PRESETS)}).") from None
    return plan.ModelShape.from_config(config, spec.key if spec else name)


def _download(hub_id: str) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.constants import HF_HUB_CACHE
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

    try:  # offline first: a shared read-only cache (JupyterHub) or an earlier download
        return Path(snapshot_download(hub_id, allow_patterns=_HUB_FILES, local_files_only=True))
    except Exception:  # not cached (the hub raises several kinds); try the network next
        pass
    fix = (f"Fix: on a machine with internet run `hf download {hub_id}` and copy {HF_HUB_CACHE} here "
           f"(or set HF_HUB_CACHE to a shared cache), or pass a local folder with --model /path/to/model.")
    if _hub_offline():
        raise ModelUnavailableError(f"'{hub_id}' is not in the local cache and HF_HUB_OFFLINE is set, "
                                    f"so it cannot be downloaded. {fix}")
    try:
        return Path(snapshot_download(hub_id, allow_patterns=_HUB_FILES))
    except GatedRepoError:
        raise ModelUnavailableError(f"'{hub_id}' is gated: accept its licence on the hub, then log in with "
                                    "`hf auth login` (or set HF_TOKEN), and try again.") from None
    except RepositoryNotFoundError:
        raise ModelUnavailableError(f"'{hub_id}' does not exist on the hub (check the spelling), "
                                    "or it is private and needs HF_TOKEN.") from None
    except Exception as err:
        raise ModelUnavailableError(f"Cannot download '{hub_id}': the Hugging Face Hub is not reachable from "
                                    f"this machine ({type(err).__name__}) and the model is not in the local "
                                    f"cache. {fix}") from None


def quantization_config(quantization: str, choices: hardware.TrainingChoices) -> BitsAndBytesConfig | None:
    """NF4 with double quantization (the QLoRA recipe), 8-bit, or None for unquantised."""
    if quantization == "none":
        return None
    if not choices.quantization_available:
        raise WorkbenchError(f"Loading in {quantization} needs bitsandbytes, which is not installed. "
                             "Fix: `pip install bitsandbytes`, or load with quantization='none'.")
    if quantization == "4bit":
        return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                                  bnb_4bit_compute_dtype=choices.compute_dtype)
    if quantization == "8bit":
        return BitsAndBytesConfig(load_in_8bit=True)
    raise WorkbenchError(f"quantization must be '4bit', '8bit', 'none' or 'auto', not {quantization!r}.")


def load_model(name: str = BUNDLED_MODEL, quantization: str = "auto", *, adapter: str | Path | None = None,
               hw: hardware.Hardware | None = None):
    """Load a causal language model and its tokenizer, ready for training or generation.

    `quantization`: "4bit" (NF4, QLoRA), "8bit", "none", or "auto" (4-bit when bitsandbytes is there).
    `adapter`: a saved LoRA adapter folder to put on top.

    >>> model, tokenizer = load_model("vi-tiny-llama", quantization="4bit")
    """
    hw = hw or hardware.detect()
    choices = hardware.choose(hw)
    if quantization == "auto":
        quantization = "4bit" if choices.quantization_available else "none"
    path = resolve_model_path(name)
    adapter_base, trained_on = _adapter_base(Path(adapter).expanduser()) if adapter is not None else (None, None)
    incomplete = (" A model folder holds what save_pretrained writes: config.json, the weights "
                  "(model.safetensors) and the tokenizer files (tokenizer.json, tokenizer_config.json).")
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as err:
        raise ModelUnavailableError(f"Cannot load a tokenizer from {path}: {_one_line(err)}{incomplete}") from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    kwargs = {"dtype": choices.compute_dtype, "quantization_config": quantization_config(quantization, choices)}
    if hw.device == "cuda":
        kwargs["device_map"] = {"": 0}
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except OSError as err:  # missing or unreadable weights; other errors are ours or the library's, not the user's
        raise ModelUnavailableError(f"Cannot load the model from {path}: {_one_line(err)}{incomplete}") from None
    if hw.device == "mps" and quantization == "none":
        model = model.to("mps")
    keep_4bit_trainable(model)  # a model measured before training must still train every adapter
    model.config.use_cache = True
    if adapter is not None:
        from peft import PeftModel
        if trained_on and trained_on != base_fingerprint(model):
            raise ModelUnavailableError(f"The adapter in {adapter} was fine-tuned from {adapter_base!r}, not from "
                                        f"{name!r}: their layer sizes match but their weights differ, so it would "
                                        f"load and answer nonsense. Load it on the model it was fine-tuned from: "
                                        f"--model {adapter_base}.")
        try:
            model = PeftModel.from_pretrained(model, str(Path(adapter).expanduser()), is_trainable=False)
        except RuntimeError as err:
            if "size mismatch" not in str(err):
                raise
            raise ModelUnavailableError(f"The adapter in {adapter} was fine-tuned from {adapter_base!r} and does "
                                        f"not fit {name!r} (their layer sizes differ). Load it on the model it "
                                        f"was fine-tuned from: --model {adapter_base}.") from None
    model.eval()
    return model, tokenizer


def _one_line(err: Exception, limit: int = 400) -> str:
    """The library's own explanation on one line, shortened: the user needs its gist, not its layout."""
    text = " ".join(str(err).split()) or type(err).__name__
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " ..."
    return text if text.endswith(".") else text + "."


def _adapter_base(adapter: Path) -> tuple[str | None, str | None]:
    """Check that `adapter` is a saved LoRA adapter before the model loads; return the base model it
    names and, if the workbench trained it, the fingerprint of that base (see base_fingerprint)."""
    config = adapter / "adapter_config.json"
    if not adapter.is_dir():
        raise ModelUnavailableError(f"There is no adapter folder {adapter} (relative paths start at "
                                    f"{Path.cwd()}). A fine-tune saves one as <output_dir>/adapter, "
                                    "for example runs/demo/adapter.")
    if not config.is_file():
        raise ModelUnavailableError(f"{adapter} holds no adapter_config.json, so it is not a saved LoRA adapter. "
                                    "Point at the folder a fine-tune saved, for example runs/demo/adapter.")
    base = json.loads(config.read_text(encoding="utf-8")).get("base_model_name_or_path")
    try:   # written by workbench.finetune; adapters from elsewhere have none, and are not checked
        info = json.loads((adapter / "training_info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return base, None
    if not isinstance(info, dict):
        return base, None
    return info.get("base_model") or base, info.get("base_fingerprint")


def base_fingerprint(model: torch.nn.Module) -> str:
    """A short hash of the input embeddings' first rows, rounded to bfloat16 so that one model loaded
    in float32, bfloat16 or 4-bit (embeddings are never quantised) gives the same one. It tells apart
    base models whose shapes match: an adapter put on the wrong one loads silently and answers nonsense."""
    embeddings = model.get_input_embeddings()
    weight = getattr(embeddings, "original_module", embeddings).weight   # under a PEFT modules_to_save wrapper
    rows = weight.detach()[:256].to("cpu", torch.bfloat16).contiguous().view(torch.int16)
    return hashlib.sha256(str(tuple(weight.shape)).encode() + rows.numpy().tobytes()).hexdigest()[:16]


def count_quantized_layers(model: torch.nn.Module) -> int:
    """How many linear layers are stored in 4-bit or 8-bit (0 for an unquantised model)."""
    import bitsandbytes as bnb

    return sum(isinstance(m, (bnb.nn.Linear4bit, bnb.nn.Linear8bitLt)) for m in model.modules())


def keep_4bit_trainable(model: torch.nn.Module) -> int:
    """Stop bitsandbytes' CPU-only repacking of 4-bit weights, and undo it where it already happened.

    On CPUs with AVX512-BF16, bitsandbytes 0.50 repacks a `Linear4bit`'s weights the first time it
    runs in eval mode without gradients (a "before" measurement), and from then on multiplies through
    `gemv_4bit`, which has no backward pass: the layer's output stops carrying gradient to its input,
    so every LoRA adapter upstream of a layer without one (q and v behind o_proj) gets none, and with
    LoRA everywhere the gradients are silently wrong. The repack also rounds block scales to bf16, so a
    repacked model no longer matches its saved weights exactly. Unpacking costs milliseconds; the packed
    kernel serves inference only (its speed-up was not measured here), so the workbench keeps every CPU on
    one correct path. Returns how many layers were unpacked.
    """
    try:
        from bitsandbytes.nn import Linear4bit
        from bitsandbytes.nn.modules import _convert_weight_packed_for_cpu_inverse
    except ImportError:
        return 0
    unpacked = 0
    for module in model.modules():
        if not isinstance(module, Linear4bit):
            continue
        module.support_avx512bf16_for_cpu = False
        state = getattr(module.weight, "quant_state", None)
        if state is not None and getattr(state, "packing_format_for_cpu", False):
            module.weight.data, module.weight.quant_state = _convert_weight_packed_for_cpu_inverse(
                module.weight.data, state)
            module.quant_state = module.weight.quant_state
            unpacked += 1
    return unpacked


def parameter_count(model: torch.nn.Module, trainable_only: bool = False) -> int:
    """Parameters as the model defines them (a 4-bit layer's packed storage counts as its full shape)."""
    total = 0
    for p in model.parameters():
        if trainable_only and not p.requires_grad:
            continue
        shape = getattr(p, "quant_state", None)
        total += shape.shape.numel() if shape is not None else p.numel()
    return total
