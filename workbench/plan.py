"""Plan a fine-tune before it runs: will it fit in memory, how long will it take, what will it cost.

Everything here is arithmetic on the model's shape, so a learner can check it by hand and a
planner can be wrong in a way that is easy to see. The formulas are stated where they are used;
`tests/test_plan.py` checks them against a real fine-tune on the CPU. Introduced in Level 3,
lesson 5 (QLoRA with TRL).

>>> est = estimate_memory(PRESETS["llama-3.1-8b"], "qlora", seq_len=512)
>>> print(est.as_table()); fits(est, GPUS["T4"])
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import numbers
import time
from dataclasses import dataclass

import torch

from workbench import registry
from workbench.errors import WorkbenchError

# NF4 stores 4 bits per weight plus its quantisation constants: one fp32 absmax per 64 weights
# (0.5 bits/param), which double quantisation shrinks to 0.127 bits/param (QLoRA paper, Dettmers et al. 2023).
NF4_BYTES_PER_PARAM = (4 + 0.127) / 8
# Bytes per trainable value of the optimiser's state: AdamW keeps two moments; bitsandbytes' 8-bit
# AdamW keeps them in one byte each. (Moments of float32 weights are float32: 2 x 4 bytes.)
OPTIMIZERS = ("adamw", "paged_adamw_8bit")
METHODS = ("qlora", "lora", "full")
GB = 1e9


class PlanError(WorkbenchError, ValueError):
    """A planner input that is out of range or unknown; also a ValueError, so `except ValueError` catches it."""


class UnknownNameError(WorkbenchError, KeyError):
    """A GPU or model name that is not in the table; the message names the closest ones."""

    __str__ = Exception.__str__  # KeyError would print the message in quotes


class _Table(dict):
    """A dict of GPUs or model shapes whose missing key is answered with the closest names."""

    def __init__(self, what: str, items):
        super().__init__(items)
        self.what = what

    def __missing__(self, name):
        by_lower = {key.lower(): key for key in self}
        wanted = str(name).lower()
        close = [k for k in by_lower if k.startswith(wanted)][:2] or difflib.get_close_matches(wanted, by_lower, n=2,
                                                                                                cutoff=0.5)
        hint = f"Did you mean {' or '.join(repr(by_lower[c]) for c in close)}? " if close else ""
        raise UnknownNameError(f"{name!r} is not in plan.{self.what}. {hint}Known: {', '.join(self)}.")


def _check_positive(**values) -> None:
    """Refuse a size, count or rate that is zero, negative or not a number: the arithmetic would still answer."""
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
            raise PlanError(f"{name} must be a positive number, not {value!r}.")


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise PlanError(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")


@dataclass(frozen=True)
class ModelShape:
    """The numbers of a decoder-only transformer (Llama, Qwen2, Mistral) that memory and time depend on."""

    name: str
    params: int
    hidden_size: int
    num_layers: int
    vocab_size: int
    intermediate_size: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    tied_embeddings: bool = False
    qkv_bias: bool = False

    @property
    def kv_dim(self) -> int:
        """Width of the key (and the value) projection: grouped-query attention makes it smaller than hidden."""
        return self.num_kv_heads * self.head_dim

    @property
    def linear_params(self) -> int:
        """Weights of the linear layers inside the blocks: what 4-bit quantises and LoRA adapts."""
        h, q, kv, i = self.hidden_size, self.num_heads * self.head_dim, self.kv_dim, self.intermediate_size
        return self.num_layers * (h * q + 2 * h * kv + q * h + 3 * h * i)

    @property
    def embedding_params(self) -> int:
        """Input embedding plus output head (one matrix when tied); bitsandbytes leaves both in 16-bit."""
        return self.vocab_size * self.hidden_size * (1 if self.tied_embeddings else 2)

    @property
    def matmul_params(self) -> int:
        """Parameters that take part in matrix products (an untied input embedding is only looked up)."""
        return self.params - (0 if self.tied_embeddings else self.vocab_size * self.hidden_size)

    @classmethod
    def from_dims(cls, name: str, *, hidden_size: int, num_layers: int, vocab_size: int, intermediate_size: int,
                  num_heads: int, num_kv_heads: int, head_dim: int | None = None, tied_embeddings: bool = False,
                  qkv_bias: bool = False) -> ModelShape:
        """Build a shape from its dimensions and count its parameters the way transformers does."""
        _check_positive(hidden_size=hidden_size, num_layers=num_layers, vocab_size=vocab_size,
                        intermediate_size=intermediate_size, num_heads=num_heads, num_kv_heads=num_kv_heads)
        head_dim = head_dim or hidden_size // num_heads
        shape = cls(name, 0, hidden_size, num_layers, vocab_size, intermediate_size, num_heads, num_kv_heads,
                    head_dim, tied_embeddings, qkv_bias)
        norms = (2 * num_layers + 1) * hidden_size  # two RMSNorms per block and a final one
        bias = num_layers * (num_heads * head_dim + 2 * shape.kv_dim) if qkv_bias else 0
        params = shape.linear_params + shape.embedding_params + norms + bias
        return cls(name, params, hidden_size, num_layers, vocab_size, intermediate_size, num_heads, num_kv_heads,
                   head_dim, tied_embeddings, qkv_bias)

    @classmethod
    def from_config(cls, config, name: str | None = None) -> ModelShape:
        """The shape of a transformers config (LlamaConfig, Qwen2Config, MistralConfig, ...).

        >>> ModelShape.from_config(model.config).params
        """
        return cls.from_dims(
            name or getattr(config, "name_or_path", "") or config.model_type,
            hidden_size=config.hidden_size, num_layers=config.num_hidden_layers, vocab_size=config.vocab_size,
            intermediate_size=config.intermediate_size, num_heads=config.num_attention_heads,
            num_kv_heads=getattr(config, "num_key_value_heads", None) or config.num_attention_heads,
            head_dim=getattr(config, "head_dim", None), tied_embeddings=bool(config.tie_word_embeddings),
            qkv_bias=bool(getattr(config, "attention_bias", config.model_type == "qwen2")))


# The shapes of the models in workbench.registry that carry their published dimensions, by shape name
# ("qwen2.5-7b": the base and instruct models share one). The registry is the one table; this is a view.
PRESETS: dict[str, ModelShape] = _Table("PRESETS", {
    spec.shape_name: ModelShape.from_dims(spec.shape_name, **dataclasses.asdict(spec.architecture))
    for spec in registry.MODELS if spec.architecture is not None})


def _check_shape(shape) -> None:
    if not isinstance(shape, ModelShape):
        raise PlanError(f"shape must be a plan.ModelShape, e.g. plan.PRESETS['qwen2.5-7b'] or "
                        f"plan.ModelShape.from_config(model.config), not {shape!r}.")


def _check_gpu(gpu) -> None:
    if not isinstance(gpu, GPU):
        raise PlanError(f"gpu must be a plan.GPU, e.g. plan.GPUS['T4'], not {gpu!r}.")


def lora_params(shape: ModelShape, r: int = 16) -> int:
    """Trainable parameters of LoRA on every linear layer: r x (inputs + outputs) for each of the seven."""
    h, q, kv, i = shape.hidden_size, shape.num_heads * shape.head_dim, shape.kv_dim, shape.intermediate_size
    per_layer = (h + q) + 2 * (h + kv) + (q + h) + 2 * (h + i) + (i + h)  # q, k, v, o, gate, up, down
    return shape.num_layers * r * per_layer


def activation_bytes_per_token_layer(shape: ModelShape, method: str, compute_bytes: int = 2) -> float:
    """Bytes one token keeps per layer for the backward pass, without gradient checkpointing.

    Counted from what autograd saves in a Llama block with SDPA attention (no attention matrix is
    stored): full fine-tuning keeps 8h + 2kv + 4i values (residual inputs, norm outputs, q, k, v,
    the attention output, gate, up, SiLU and their product). With frozen base weights (LoRA, QLoRA)
    the norms keep less, but LoRA's dropout (0.05 in the workbench) keeps a mask and a dropped copy
    of the input of each of the 7 adapted layers (6h + i values each): 10h + 2kv + 4i values plus
    the masks. Masks are 1-byte booleans on a GPU's fused dropout and full-width on the CPU; we take
    16-bit activations to mean a GPU. Checked against torch's saved tensors in tests/test_plan.py.
    """
    h, kv, i = shape.hidden_size, shape.kv_dim, shape.intermediate_size
    if method == "full":
        return (8 * h + 2 * kv + 4 * i) * compute_bytes
    mask_bytes = 1 if compute_bytes < 4 else compute_bytes
    return (10 * h + 2 * kv + 4 * i) * compute_bytes + (6 * h + i) * mask_bytes


@dataclass
class MemoryEstimate:
    """Bytes a training step needs, by part. `total` is what must fit on the device."""

    weights: float
    adapters: float
    gradients: float
    optimizer: float
    activations: float
    logits: float
    settings: str = ""

    @property
    def total(self) -> float:
        return self.weights + self.adapters + self.gradients + self.optimizer + self.activations + self.logits

    def parts(self) -> dict[str, float]:
        return {"weights": self.weights, "LoRA adapters": self.adapters, "gradients": self.gradients,
                "optimiser state": self.optimizer, "activations": self.activations, "logits": self.logits}

    def as_table(self) -> str:
        """A plain-text table in GB (or MB when small), for notebooks."""
        unit, div = ("GB", GB) if self.total >= GB else ("MB", 1e6)
        rows = list(self.parts().items()) + [("total", self.total)]
        lines = [self.settings, f"{'part':<16}{unit:>10}", "-" * 26] if self.settings else []
        lines += [f"{name:<16}{value / div:>10.2f}" for name, value in rows]
        return "\n".join(lines)


def estimate_memory(shape: ModelShape, method: str = "qlora", *, seq_len: int = 512, batch_size: int = 1,
                    lora_r: int = 16, gradient_checkpointing: bool = True, optimizer: str = "adamw",
                    compute_bytes: int = 2, adapter_bytes: int = 4) -> MemoryEstimate:
    """Memory of one training step of `shape`, by part, in bytes.

    - weights: QLoRA stores the block's linear layers in NF4 (4.127 bits each) and the rest
      (embeddings, output head, norms) in the compute dtype; LoRA and full keep all in it.
    - LoRA adapters, their gradients and AdamW moments in `adapter_bytes` each (4: float32, as on a
      CPU or a T4; 2 where the workbench trains them in bf16); 8-bit AdamW: 2 bytes per parameter.
    - full fine-tuning: 16-bit gradients, and the optimiser keeps float32 moments plus a float32
      master copy of the weights (12 bytes/param; "mixed-precision Adam", ZeRO paper, Rajbhandari et al. 2020).
    - activations: `activation_bytes_per_token_layer` per token per layer; with gradient
      checkpointing only each layer's input (h values) is kept, and one layer is recomputed at a time.
    - logits: batch x seq x vocab x 4 bytes, the float32 log-probabilities kept for the loss's backward.

    `compute_bytes`: 2 for bf16/fp16 on a GPU, 4 for float32 on a CPU.
    """
    _check_shape(shape)
    _check_choice("method", method, METHODS)
    _check_choice("optimizer", optimizer, OPTIMIZERS)
    _check_positive(seq_len=seq_len, batch_size=batch_size, lora_r=lora_r, compute_bytes=compute_bytes,
                    adapter_bytes=adapter_bytes)
    tokens = seq_len * batch_size
    if method == "qlora":
        weights = shape.linear_params * NF4_BYTES_PER_PARAM + (shape.params - shape.linear_params) * compute_bytes
    else:
        weights = shape.params * compute_bytes
    if method == "full":
        adapters, gradients = 0.0, shape.params * compute_bytes
        master = 4 if compute_bytes < 4 else 0  # float32 copy that the 16-bit weights are rounded from
        optimizer_bytes = shape.params * ((8 if optimizer == "adamw" else 2) + master)
    else:
        n = lora_params(shape, lora_r)
        adapters, gradients = n * adapter_bytes, n * adapter_bytes
        optimizer_bytes = n * (2 * adapter_bytes if optimizer == "adamw" else 2)
    per_layer = activation_bytes_per_token_layer(shape, method, compute_bytes)
    if gradient_checkpointing:
        activations = tokens * (shape.num_layers * shape.hidden_size * compute_bytes + per_layer)
    else:
        activations = tokens * shape.num_layers * per_layer
    logits = tokens * shape.vocab_size * 4
    settings = (f"{shape.name} {method}, batch {batch_size} x {seq_len} tokens, r={lora_r}, {optimizer}, "
                f"checkpointing {'on' if gradient_checkpointing else 'off'}")
    return MemoryEstimate(weights, adapters, gradients, optimizer_bytes, activations, logits, settings)


@dataclass(frozen=True)
class GPU:
    """A device to plan for: memory, speed and price (prices move: each carries its date and source)."""

    name: str
    memory_gb: float  # as sold; torch reports a little less
    bf16: bool
    peak_tflops: float  # dense bf16 (fp16 where there is no bf16) tensor-core peak, no sparsity
    price_per_hour: float | None
    price_source: str = ""


GPUS: dict[str, GPU] = _Table("GPUS", {g.name: g for g in [
    GPU("T4", 16, False, 65, 0.59, "Modal pricing page, 2026"),
    GPU("L4", 24, True, 121, 0.80, "Modal pricing page, 2026"),
    GPU("A10G", 24, True, 70, 1.212, "AWS g5.2xlarge on-demand (1x A10G), 2026"),  # AWS publishes no A10G peak; ~70 is the figure usually quoted
    GPU("A100-40GB", 40, True, 312, 1.48, "Lambda, price survey 2026-05"),
    GPU("A100-80GB", 80, True, 312, 2.50, "Modal pricing page, 2026"),
    GPU("H100", 80, True, 989, 3.95, "Modal pricing page, 2026"),
    GPU("H100-SXM-Lambda", 80, True, 989, 3.78, "Lambda, price survey 2026-05"),
]})

# Model FLOPs utilisation: the share of the peak that a Hugging Face + TRL QLoRA run reaches in
# practice (4-bit dequantisation, small matrices, data loading). 0.3 is an assumption, not a law:
# time ten steps of your own run and pass the measured value as `mfu`.
DEFAULT_MFU = 0.3


def training_flops(tokens: float, shape: ModelShape, method: str = "qlora",
                   gradient_checkpointing: bool = True) -> float:
    """FLOPs to train on `tokens`: 6 N per token for full fine-tuning (Kaplan et al. 2020).

    Forward 2N, backward 4N: 2N for the gradients of the activations and 2N for those of the
    weights. LoRA freezes the base, so its weight gradients (2N) are skipped: 4N. Gradient
    checkpointing runs the forward twice: +2N. Attention's own products are left out (small below
    a few thousand tokens of context).
    """
    _check_shape(shape)
    _check_choice("method", method, METHODS)
    if not isinstance(tokens, numbers.Real) or not math.isfinite(tokens) or tokens < 0:
        raise PlanError(f"tokens must be a number of training tokens (examples x epochs x tokens per example), "
                        f"not {tokens!r}.")
    per_token = 2 + 2 + (2 if method == "full" else 0) + (2 if gradient_checkpointing else 0)
    return per_token * shape.matmul_params * tokens


def estimate_time(tokens: float, shape: ModelShape, gpu: GPU, *, method: str = "qlora",
                  gradient_checkpointing: bool = True, mfu: float = DEFAULT_MFU) -> float:
    """Hours to train on `tokens` (examples x epochs x tokens per example): FLOPs / (peak x MFU)."""
    _check_gpu(gpu)
    _check_positive(mfu=mfu, peak_tflops=gpu.peak_tflops)
    if mfu > 1:
        raise PlanError(f"mfu is the share of the GPU's peak a run reaches, between 0 and 1 (e.g. 0.3), not {mfu!r}.")
    return training_flops(tokens, shape, method, gradient_checkpointing) / (gpu.peak_tflops * 1e12 * mfu) / 3600


def estimate_cost(hours: float, gpu: GPU) -> float:
    """Dollars for `hours` on `gpu` at its listed hourly price."""
    _check_gpu(gpu)
    if not isinstance(hours, numbers.Real) or not math.isfinite(hours) or hours < 0:
        raise PlanError(f"hours must be zero or more (estimate_time gives them), not {hours!r}.")
    if gpu.price_per_hour is None:
        raise ValueError(f"{gpu.name} has no hourly price (your own hardware?); its cost is electricity and time.")
    return hours * gpu.price_per_hour


def fits(estimate: MemoryEstimate, gpu: GPU, headroom: float = 0.9) -> bool:
    """Whether the estimate fits in `headroom` of the GPU's memory.

    The rest is for the CUDA context, the allocator's fragmentation and temporary buffers
    (a T4 sold as 16 GB shows about 14.7 GiB to torch).
    """
    _check_gpu(gpu)
    if not isinstance(headroom, numbers.Real) or not 0 < headroom <= 1:
        raise PlanError(f"headroom is the share of the GPU's memory a run may use, between 0 and 1 (e.g. 0.9), "
                        f"not {headroom!r}.")
    return estimate.total <= gpu.memory_gb * 2**30 * headroom


def matmul_tflops(size: int = 1024, dtype: torch.dtype = torch.float32, device: str = "cpu",
                  repeats: int = 5) -> float:
    """Measured TFLOP/s of a square matrix product on this device: the peak that `GPU.peak_tflops` means."""
    a = torch.randn(size, size, dtype=dtype, device=device)
    b = torch.randn(size, size, dtype=dtype, device=device)
    a @ b  # warm up
    if device == "cuda":
        torch.cuda.synchronize()
    started = time.perf_counter()
    for _ in range(repeats):
        a @ b
    if device == "cuda":
        torch.cuda.synchronize()
    return 2 * size**3 * repeats / (time.perf_counter() - started) / 1e12


def saved_activation_bytes(model, **batch) -> int:
    """Bytes that autograd keeps for the backward pass of one forward on `batch` (parameters excluded).

    The measurement the activation formula is checked against: every tensor saved for backward
    passes through a hook, and shared storage is counted once.
    """
    params = {p.untyped_storage().data_ptr() for p in model.parameters()}
    seen: dict[int, int] = {}

    def pack(t: torch.Tensor) -> torch.Tensor:
        storage = t.untyped_storage()
        if storage.data_ptr() not in params:
            seen.setdefault(storage.data_ptr(), storage.nbytes())
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        model(**batch)
    return sum(seen.values())
