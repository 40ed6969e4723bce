"""The one table of models the workbench knows: what to fine-tune, with which settings, and their shapes.

Every fact about a model is written once, on its entry: where it comes from, its size, licence and
hardware, the training settings recommended for it, and (where known) the dimensions of its
published config.json. `workbench.models` loads the entries marked for fine-tuning (`REGISTRY`);
`workbench.plan` builds its `PRESETS` of shapes from the entries that carry dimensions. This module
imports nothing but the standard library, so the planner (Level 1) reads the table without
loading transformers. Introduced in Level 2, lesson 1; the shapes in Level 1, lesson 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ASSETS_DIR = Path(__file__).parent / "assets"
BUNDLED_MODEL = "vi-tiny-llama"
# The real model learners on a GPU get by default: small enough for a free Colab T4, instruction-tuned,
# Apache-2.0, and it reads Vietnamese.
GPU_DEFAULT_MODEL = "qwen2.5-0.5b-instruct"


@dataclass(frozen=True)
class Architecture:
    """The dimensions of a decoder-only transformer as its config.json states them (see plan.ModelShape)."""

    hidden_size: int
    num_layers: int  # num_hidden_layers
    vocab_size: int
    intermediate_size: int
    num_heads: int  # num_attention_heads
    num_kv_heads: int  # num_key_value_heads
    head_dim: int | None = None  # None: hidden_size // num_heads
    tied_embeddings: bool = False  # tie_word_embeddings
    qkv_bias: bool = False  # attention_bias (always true for Qwen2)


@dataclass(frozen=True)
class ModelSpec:
    key: str
    source: str  # hub id, or a folder name under workbench/assets for the bundled model
    params_b: float  # parameters, in billions
    licence: str
    hardware: str  # the smallest hardware we recommend for QLoRA fine-tuning ("" for a planner-only entry)
    bundled: bool = False
    # recommended LoRA training settings (a user's explicit value always wins): a 5M-parameter model
    # takes ten times larger steps than a 0.5-7B one (Level 3, lesson 5)
    learning_rate: float = 2e-4
    lora_r: int = 16
    max_length: int = 512
    # dimensions from the model's published config.json on the Hugging Face Hub; None: read them from the
    # model's own config.json when it is on this machine (the bundled model ships its own)
    architecture: Architecture | None = None
    shape_name: str | None = None  # its name in plan.PRESETS; base and instruct versions share one shape
    fine_tune: bool = True  # False: the planner knows its shape, but the course does not fine-tune it

    @property
    def path_or_id(self) -> str:
        return str(ASSETS_DIR / self.source) if self.bundled else self.source


_QWEN_05B = Architecture(hidden_size=896, num_layers=24, vocab_size=151936, intermediate_size=4864, num_heads=14,
                         num_kv_heads=2, tied_embeddings=True, qkv_bias=True)
_QWEN_15B = Architecture(hidden_size=1536, num_layers=28, vocab_size=151936, intermediate_size=8960, num_heads=12,
                         num_kv_heads=2, tied_embeddings=True, qkv_bias=True)
_QWEN_7B = Architecture(hidden_size=3584, num_layers=28, vocab_size=152064, intermediate_size=18944, num_heads=28,
                        num_kv_heads=4, qkv_bias=True)

MODELS: list[ModelSpec] = [
    ModelSpec(BUNDLED_MODEL, BUNDLED_MODEL, 0.005, "Apache-2.0 (this project)", "any CPU", bundled=True,
              learning_rate=2e-3, max_length=384),
    ModelSpec("qwen2.5-0.5b-instruct", "Qwen/Qwen2.5-0.5B-Instruct", 0.49, "Apache-2.0", "CPU (slow) or any GPU",
              architecture=_QWEN_05B, shape_name="qwen2.5-0.5b"),
    ModelSpec("qwen2.5-1.5b-instruct", "Qwen/Qwen2.5-1.5B-Instruct", 1.54, "Apache-2.0", "GPU with 6 GB (Colab T4)",
              architecture=_QWEN_15B, shape_name="qwen2.5-1.5b"),
    ModelSpec("qwen2.5-3b-instruct", "Qwen/Qwen2.5-3B-Instruct", 3.09, "Qwen Research (non-commercial)",
              "GPU with 8 GB (Colab T4)"),
    ModelSpec("qwen2.5-7b-instruct", "Qwen/Qwen2.5-7B-Instruct", 7.62, "Apache-2.0",
              "GPU with 16 GB (T4 tight, L4/A10G)", architecture=_QWEN_7B, shape_name="qwen2.5-7b"),
    ModelSpec("llama-3.2-1b-instruct", "meta-llama/Llama-3.2-1B-Instruct", 1.24, "Llama 3.2 Community (gated)",
              "GPU with 6 GB (Colab T4)"),
    ModelSpec("llama-3.2-3b-instruct", "meta-llama/Llama-3.2-3B-Instruct", 3.21, "Llama 3.2 Community (gated)",
              "GPU with 8 GB (Colab T4)"),
    ModelSpec("seallms-v3-1.5b-chat", "SeaLLMs/SeaLLMs-v3-1.5B-Chat", 1.54, "SeaLLMs licence (see model card)",
              "GPU with 6 GB (Colab T4)"),
    ModelSpec("seallms-v3-7b-chat", "SeaLLMs/SeaLLMs-v3-7B-Chat", 7.62, "SeaLLMs licence (see model card)",
              "GPU with 16 GB (L4/A10G)"),
    ModelSpec("vistral-7b-chat", "Viet-Mistral/Vistral-7B-Chat", 7.24, "custom (see model card)",
              "GPU with 16 GB (L4/A10G)"),
    # Planner-only: Level 1 plans an 8B and a 70B run to show what size costs; no lesson fine-tunes them.
    ModelSpec("llama-3.1-8b", "meta-llama/Llama-3.1-8B", 8.03, "Llama 3.1 Community (gated)", "",
              fine_tune=False, shape_name="llama-3.1-8b",
              architecture=Architecture(hidden_size=4096, num_layers=32, vocab_size=128256, intermediate_size=14336,
                                        num_heads=32, num_kv_heads=8)),
    ModelSpec("llama-3.1-70b", "meta-llama/Llama-3.1-70B", 70.55, "Llama 3.1 Community (gated)", "",
              fine_tune=False, shape_name="llama-3.1-70b",
              architecture=Architecture(hidden_size=8192, num_layers=80, vocab_size=128256, intermediate_size=28672,
                                        num_heads=64, num_kv_heads=8)),
]

# The models a lesson, the demo or the form can fine-tune, by key.
REGISTRY: dict[str, ModelSpec] = {s.key: s for s in MODELS if s.fine_tune}

# Settings for a hub id or folder the table does not know: ModelSpec's own defaults.
GENERIC = ModelSpec("other", "", 0.0, "", "")

# A hub cache folder: .../models--Qwen--Qwen2.5-0.5B-Instruct/snapshots/<commit>
_CACHED = re.compile(r"models--(.+?)--(.+)")


def list_models() -> list[ModelSpec]:
    return list(REGISTRY.values())


def recommended(name: str | Path) -> ModelSpec:
    """The entry of `name`, with its recommended learning rate, LoRA rank and max length, or GENERIC.

    `name` is a registry key, a hub id, or the folder a model was loaded from (the bundled model's, or a
    snapshot in the hub cache), so that a loaded model's `name_or_path` finds its entry too.

    >>> recommended("vi-tiny-llama").learning_rate, recommended("Qwen/Qwen2.5-0.5B-Instruct").learning_rate
    (0.002, 0.0002)
    """
    wanted = str(name).strip().lower()
    by_name = {**{s.source.lower(): s for s in REGISTRY.values() if not s.bundled}, **REGISTRY}
    if wanted in by_name:
        return by_name[wanted]
    path = Path(str(name)).expanduser()
    for spec in REGISTRY.values():
        if spec.bundled and path.is_dir() and path.resolve() == Path(spec.path_or_id).resolve():
            return spec
    for part in reversed(path.parts):
        cached = _CACHED.fullmatch(part)
        if cached:
            return by_name.get(f"{cached.group(1)}/{cached.group(2)}".lower(), GENERIC)
    return GENERIC
