"""Dtype and optimiser choices per hardware, each with a reason (workbench.hardware)."""

import dataclasses

import torch

from workbench import hardware

CPU = hardware.Hardware(device="cpu", gpu_name=None, gpu_memory_gb=None, compute_capability=None,
                        bf16_supported=False, cpu_name="test", cpu_cores=2, ram_gb=24, cpu_has_avx512_bf16=False,
                        torch_version="2.13", bitsandbytes_version="0.50.2")
A100 = dataclasses.replace(CPU, device="cuda", gpu_name="NVIDIA A100", gpu_memory_gb=40,
                           compute_capability=(8, 0), bf16_supported=True)
T4 = dataclasses.replace(CPU, device="cuda", gpu_name="Tesla T4", gpu_memory_gb=15, compute_capability=(7, 5))


def test_detect_reports_this_machine_without_gpu():
    # catches: detection that crashes or claims a GPU on the CPU-only course machines
    hw = hardware.detect()
    assert hw.device in {"cpu", "cuda", "mps"}
    assert hw.cpu_cores >= 1 and hw.ram_gb > 0
    if not torch.cuda.is_available():
        assert hw.device != "cuda" and hw.gpu_name is None


def test_cpu_keeps_float32_compute_and_adapters():
    # catches: the TRL bf16 trap (dtype mismatch, 25-50x slower bf16 on AVX2 CPUs)
    c = hardware.choose(CPU)
    assert c.compute_dtype == torch.float32 and c.adapter_dtype == torch.float32
    assert not c.bf16 and not c.fp16 and not c.gradient_checkpointing
    assert any("AVX512-BF16" in r for r in c.reasons)


def test_ampere_gpu_uses_bf16_and_paged_optimizer():
    # catches: wasting memory or speed on GPUs that support bf16
    c = hardware.choose(A100)
    assert c.compute_dtype == torch.bfloat16 and c.bf16 and not c.fp16
    assert c.gradient_checkpointing and c.optimizer == "paged_adamw_8bit"


def test_t4_uses_fp16_with_float32_adapters():
    # catches: asking a T4 (no bf16) for bf16, or fp16 master weights that loss scaling rejects
    c = hardware.choose(T4)
    assert c.compute_dtype == torch.float16 and c.fp16 and not c.bf16
    assert c.adapter_dtype == torch.float32


def test_missing_bitsandbytes_disables_quantization_with_reason():
    # catches: a Colab image without bitsandbytes failing deep inside model loading
    c = hardware.choose(dataclasses.replace(CPU, bitsandbytes_version=None))
    assert not c.quantization_available
    assert any("pip install bitsandbytes" in r for r in c.reasons)


def test_doctor_report_explains_choices():
    # catches: `workbench doctor` printing settings without saying why
    text = hardware.doctor_report(T4)
    assert "Tesla T4" in text and "because:" in text and "fp16" in text


def test_doctor_names_cpu_features_and_what_follows_from_them():
    # catches: doctor silent about AVX512-BF16/AMX, the flags that change the 4-bit and pretraining paths
    zen4 = dataclasses.replace(CPU, cpu_has_avx512_bf16=True, cpu_features=("avx2", "avx512f", "avx512_bf16"))
    text = hardware.doctor_report(zen4)
    assert "AVX2, AVX-512, AVX512-BF16; no AMX-BF16" in text
    assert "repack" in text and "backward" in text  # the 4-bit training trap and why it is switched off
    assert "float32" in text and "bf16 autocast on" in text  # QLoRA float32 by measurement, pretraining bf16
    plain = hardware.doctor_report(dataclasses.replace(CPU, cpu_features=("avx2",)))
    assert "no AVX512-BF16 or AMX-BF16" in plain and "bf16 autocast off" in plain


def test_detect_reads_the_cpu_flags_it_reports():
    # catches: features reported that /proc/cpuinfo does not list (or the reverse)
    hw = hardware.detect()
    flags = hardware._cpu_flags()
    assert set(hw.cpu_features) == {f for f in hardware.CPU_FEATURES if f in flags}
    assert hw.cpu_has_avx512_bf16 == bool({"avx512_bf16", "amx_bf16"} & flags)
