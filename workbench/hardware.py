"""What is this machine, and which training settings follow from it.

Every dtype, optimiser and memory-saving choice in the workbench is made here, once, and each
choice carries the reason for it so that `workbench doctor` (and a curious learner) can read why.
Introduced in Level 3, lesson 5 (QLoRA with TRL); `workbench doctor` prints it.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
from dataclasses import dataclass, field

import psutil
import torch


@dataclass(frozen=True)
class Hardware:
    """Facts about the machine; no decisions."""

    device: str  # "cuda", "mps" or "cpu"
    gpu_name: str | None
    gpu_memory_gb: float | None
    compute_capability: tuple[int, int] | None
    bf16_supported: bool
    cpu_name: str
    cpu_cores: int
    ram_gb: float
    cpu_has_avx512_bf16: bool
    torch_version: str
    bitsandbytes_version: str | None
    cpu_features: tuple[str, ...] = ()  # the instruction sets that change our choices (CPU_FEATURES)

    def summary_lines(self) -> list[str]:
        lines = [f"torch {self.torch_version}, device: {self.device}"]
        if self.device == "cuda":
            cc = ".".join(map(str, self.compute_capability or ()))
            lines.append(f"GPU: {self.gpu_name}, {self.gpu_memory_gb:.1f} GB, compute capability {cc}")
        lines.append(f"CPU: {self.cpu_name}, {self.cpu_cores} cores, {self.ram_gb:.1f} GB RAM")
        lines.append("CPU instruction sets that matter here: " + describe_cpu_features(self.cpu_features))
        lines.append(f"bf16 usable for training: {'yes' if self.bf16_supported else 'no'}")
        lines.append("bitsandbytes: " + (self.bitsandbytes_version or "not installed (no 4-bit/8-bit loading)"))
        return lines


def _cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


# flag in /proc/cpuinfo -> what it means for us
CPU_FEATURES = {
    "avx2": "AVX2 (float32 vector maths; every x86 CPU of the last decade)",
    "avx512f": "AVX-512",
    "avx512_bf16": "AVX512-BF16 (bf16 dot products in hardware)",
    "amx_bf16": "AMX-BF16 (matrix tiles for bf16)",
}


def describe_cpu_features(features) -> str:
    found = [CPU_FEATURES[f].split(" (")[0] for f in CPU_FEATURES if f in features]
    missing = [CPU_FEATURES[f].split(" (")[0] for f in ("avx512_bf16", "amx_bf16") if f not in features]
    return ", ".join(found or ["none of AVX2/AVX-512"]) + (f"; no {' or '.join(missing)}" if missing else "")


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def detect() -> Hardware:
    """Look at the machine once: GPU, CPU, memory and the libraries that matter."""
    flags = _cpu_flags()
    cpu_bf16 = bool({"avx512_bf16", "amx_bf16"} & flags)
    features = tuple(f for f in CPU_FEATURES if f in flags)
    if torch.cuda.is_available():
        props = torch.cuda.get_device_properties(0)
        return Hardware(
            device="cuda",
            gpu_name=props.name,
            gpu_memory_gb=props.total_memory / 2**30,
            compute_capability=(props.major, props.minor),
            bf16_supported=torch.cuda.is_bf16_supported(),
            cpu_name=_cpu_name(),
            cpu_cores=os.cpu_count() or 1,
            ram_gb=psutil.virtual_memory().total / 2**30,
            cpu_has_avx512_bf16=cpu_bf16,
            torch_version=torch.__version__,
            bitsandbytes_version=_package_version("bitsandbytes"),
            cpu_features=features,
        )
    mps = getattr(torch.backends, "mps", None)
    device = "mps" if mps is not None and mps.is_available() else "cpu"
    return Hardware(
        device=device,
        gpu_name=None,
        gpu_memory_gb=None,
        compute_capability=None,
        bf16_supported=False,
        cpu_name=_cpu_name(),
        cpu_cores=os.cpu_count() or 1,
        ram_gb=psutil.virtual_memory().total / 2**30,
        cpu_has_avx512_bf16=cpu_bf16,
        torch_version=torch.__version__,
        bitsandbytes_version=_package_version("bitsandbytes"),
        cpu_features=features,
    )


@dataclass(frozen=True)
class TrainingChoices:
    """The settings a fine-tune uses on this hardware, each with its reason."""

    compute_dtype: torch.dtype  # dtype of the 4-bit layers' matrix products and of unquantised weights
    adapter_dtype: torch.dtype  # dtype of the trainable LoRA weights
    bf16: bool  # mixed precision flags for the trainer
    fp16: bool
    gradient_checkpointing: bool
    optimizer: str
    quantization_available: bool
    reasons: list[str] = field(default_factory=list)


def choose(hw: Hardware | None = None) -> TrainingChoices:
    """Pick dtypes, optimiser and checkpointing for `hw` (detected when omitted).

    >>> choose().compute_dtype  # on these course CPUs
    torch.float32
    """
    hw = hw or detect()
    bnb = hw.bitsandbytes_version is not None
    reasons = []
    if hw.device == "cuda" and hw.bf16_supported:
        reasons.append(f"{hw.gpu_name} supports bf16: compute and LoRA adapters in bf16, as in the QLoRA paper")
        reasons.append("GPU memory is the limit: gradient checkpointing on")
        optimizer = "paged_adamw_8bit" if bnb else "adamw_torch_fused"
        reasons.append(f"optimiser {optimizer}" + (" (paged 8-bit states save memory)" if bnb else ""))
        return TrainingChoices(torch.bfloat16, torch.bfloat16, True, False, True, optimizer, bnb, reasons)
    if hw.device == "cuda":
        reasons.append(f"{hw.gpu_name} has no bf16 (pre-Ampere, e.g. a Colab T4): compute in fp16 with loss scaling")
        reasons.append("LoRA adapters stay float32 because fp16 loss scaling needs float32 master weights")
        reasons.append("GPU memory is the limit: gradient checkpointing on")
        optimizer = "paged_adamw_8bit" if bnb else "adamw_torch"
        reasons.append(f"optimiser {optimizer}")
        return TrainingChoices(torch.float16, torch.float32, False, True, True, optimizer, bnb, reasons)
    if hw.cpu_has_avx512_bf16:
        reasons.append("CPU with AVX512-BF16: QLoRA still measured 1.9x faster in float32 than in bf16 here (the 4-bit "
                       "weights are unpacked to float32 either way; bench/RESULTS.md), so compute and adapters "
                       "stay float32, and results match the AVX2 CPUs exactly")
        reasons.append("bitsandbytes' bf16 repack of 4-bit layers for inference is switched off: its kernel has no "
                       "backward pass, so a model measured before fine-tuning would train only part of its adapters")
    else:
        reasons.append("CPU without AVX512-BF16: bf16 would run 25-50x slower, so compute and adapters stay float32")
    reasons.append("no GPU: the small models that fit a CPU need no gradient checkpointing (it costs ~30% time)")
    reasons.append("optimiser adamw_torch (8-bit paged optimisers are for GPU memory)")
    if hw.device == "mps":
        reasons.append("Apple GPU found, but bitsandbytes 4-bit needs CUDA or a CPU: training runs on the CPU")
    if not bnb:
        reasons.append("bitsandbytes missing: models load unquantised; `pip install bitsandbytes` for 4-bit")
    return TrainingChoices(torch.float32, torch.float32, False, False, False, "adamw_torch", bnb, reasons)


def pretrain_autocast(hw: Hardware | None = None, device: str = "cpu") -> tuple[bool, str]:
    """Whether `workbench pretrain` trains under bf16 autocast (float32 master weights), and why.

    Full-precision training of the tiny model is all matrix products, which AVX512-BF16 runs in
    hardware: measured 1.6x faster than float32 (bench/RESULTS.md). QLoRA is different (see choose()).
    """
    hw = hw or detect()
    if device == "cuda":
        return hw.bf16_supported, ("GPU with bf16: autocast on" if hw.bf16_supported else "GPU without bf16: float32")
    if hw.cpu_has_avx512_bf16:
        return True, "CPU with AVX512-BF16: bf16 autocast measured 1.6x faster than float32 for pretraining"
    return False, "CPU without AVX512-BF16: bf16 would be many times slower, so pretraining stays float32"


def doctor_report(hw: Hardware | None = None) -> str:
    """The text `workbench doctor` prints: facts, then choices with reasons, then advice."""
    hw = hw or detect()
    c = choose(hw)
    lines = ["This machine:"] + [f"  {line}" for line in hw.summary_lines()]
    lines.append("What the workbench will choose for QLoRA fine-tuning:")
    lines.append(f"  compute dtype {str(c.compute_dtype).removeprefix('torch.')}, "
                 f"adapter dtype {str(c.adapter_dtype).removeprefix('torch.')}, optimiser {c.optimizer}, "
                 f"gradient checkpointing {'on' if c.gradient_checkpointing else 'off'}")
    lines += [f"  because: {r}" for r in c.reasons]
    autocast, why = pretrain_autocast(hw, "cuda" if hw.device == "cuda" else "cpu")
    lines.append(f"What `workbench pretrain` will choose: bf16 autocast {'on' if autocast else 'off'}")
    lines.append(f"  because: {why}")
    if hw.device != "cuda":
        lines.append("Advice: no NVIDIA GPU found, so fine-tuning runs on the CPU in float32; the bundled tiny model "
                     "takes minutes, a 0.5B model about 10 s per step. On Colab choose Runtime > Change runtime "
                     "type > T4 GPU.")
    return "\n".join(lines)
