"""The planner (workbench.plan) against published shapes, published figures, and a real fine-tune on the CPU."""

import datasets
import pytest
import torch
from transformers import AutoModelForCausalLM, LlamaConfig, Qwen2Config

from workbench import data, finetune, models, plan

LABELS = ["giao hàng", "thanh toán"]
EXAMPLES = [("Tiêu đề: Hàng chưa tới\nNội dung: Đơn của tôi giao chậm ba ngày rồi.", "giao hàng"),
            ("Tiêu đề: Trừ tiền\nNội dung: Tài khoản bị trừ tiền hai lần cho một đơn.", "thanh toán")] * 8
LLAMA_8B = plan.PRESETS["llama-3.1-8b"]


def _chat_data():
    rows = [{"text": t, "category": c} for t, c in EXAMPLES]
    return data.to_classification_chat(datasets.Dataset.from_list(rows), LABELS, text_fn=lambda r: r["text"])


@pytest.mark.parametrize("name, published", [("qwen2.5-0.5b", 494_032_768), ("qwen2.5-1.5b", 1_543_714_304),
                                             ("qwen2.5-7b", 7_615_616_512), ("llama-3.1-8b", 8_030_261_248),
                                             ("llama-3.1-70b", 70_553_706_496)])
def test_presets_have_the_published_parameter_counts(name, published):
    # catches: a wrong dimension in a preset (every estimate for that model would be off)
    assert plan.PRESETS[name].params == published


@pytest.mark.parametrize("config", [
    LlamaConfig(vocab_size=500, hidden_size=64, intermediate_size=160, num_hidden_layers=3, num_attention_heads=4,
                num_key_value_heads=2, tie_word_embeddings=False),
    Qwen2Config(vocab_size=500, hidden_size=64, intermediate_size=160, num_hidden_layers=3, num_attention_heads=4,
                num_key_value_heads=2, tie_word_embeddings=True)], ids=["llama", "qwen2"])
def test_from_config_counts_parameters_like_transformers(config):
    # catches: from_config missing biases, tied embeddings or grouped-query attention
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config)
    assert plan.ModelShape.from_config(config).params == sum(p.numel() for p in model.parameters())


def test_full_needs_more_than_lora_more_than_qlora():
    # catches: a method's parts swapped or dropped (QLoRA must be the cheapest, full the dearest)
    totals = {m: plan.estimate_memory(LLAMA_8B, m, seq_len=512).total for m in plan.METHODS}
    assert totals["full"] > totals["lora"] > totals["qlora"]


def test_qlora_8b_and_70b_land_near_published_figures():
    # catches: NF4 bytes or embedding handling off by a large factor. The published figures
    # (8B 6 GB, 70B 48 GB: Hugging Face "llama31" blog; LLaMA-Factory README) are rough, with
    # unstated sequence length and batch, so the band is generous: 0.6x to 1.6x.
    assert 0.6 * 6e9 < plan.estimate_memory(LLAMA_8B, "qlora", seq_len=512).total < 1.6 * 6e9
    assert 0.6 * 48e9 < plan.estimate_memory(plan.PRESETS["llama-3.1-70b"], "qlora", seq_len=512).total < 1.6 * 48e9


def test_gradient_checkpointing_reduces_activations():
    # catches: checkpointing modelled as free or as costing memory
    on = plan.estimate_memory(LLAMA_8B, "qlora", seq_len=2048, gradient_checkpointing=True)
    off = plan.estimate_memory(LLAMA_8B, "qlora", seq_len=2048, gradient_checkpointing=False)
    assert on.activations < off.activations / 5
    assert on.weights == off.weights and on.logits == off.logits


def test_eight_bit_optimizer_shrinks_only_the_optimizer_state():
    # catches: the optimiser choice leaking into other parts of the estimate
    adamw = plan.estimate_memory(LLAMA_8B, "qlora", optimizer="adamw")
    paged = plan.estimate_memory(LLAMA_8B, "qlora", optimizer="paged_adamw_8bit")
    assert paged.optimizer == adamw.optimizer / 4 and paged.total - paged.optimizer == adamw.total - adamw.optimizer


def test_cost_is_hours_times_price():
    # catches: a cost in the wrong unit (per second, per GPU-day) or a stale price lookup
    gpu = plan.GPUS["L4"]
    hours = plan.estimate_time(10_000 * 512, plan.PRESETS["qwen2.5-7b"], gpu)
    assert plan.estimate_cost(hours, gpu) == pytest.approx(hours * 0.80)
    assert 0 < hours < 100


def test_time_scales_with_tokens_and_inversely_with_peak():
    # catches: FLOPs not proportional to tokens, or a faster GPU predicted slower
    shape = plan.PRESETS["qwen2.5-1.5b"]
    t4, h100 = plan.GPUS["T4"], plan.GPUS["H100"]
    assert plan.estimate_time(2e6, shape, t4) == pytest.approx(2 * plan.estimate_time(1e6, shape, t4))
    assert plan.estimate_time(1e6, shape, h100) < plan.estimate_time(1e6, shape, t4)


def test_fits_says_8b_qlora_fits_a_t4_and_full_does_not():
    # catches: fits() comparing GB with bytes
    assert plan.fits(plan.estimate_memory(LLAMA_8B, "qlora", seq_len=512), plan.GPUS["T4"])
    assert not plan.fits(plan.estimate_memory(LLAMA_8B, "full", seq_len=512), plan.GPUS["H100"])


@pytest.mark.parametrize("method", ["full", "lora", "qlora"])
def test_activation_formula_matches_tensors_saved_for_backward(tiny_model_dir, method):
    # catches: an activation formula that drifts from what autograd really keeps (measured, float32 CPU)
    from peft import get_peft_model

    model, _ = models.load_model(str(tiny_model_dir), quantization="4bit" if method == "qlora" else "none")
    if method != "full":
        model = get_peft_model(model, finetune.lora_config(r=16))
    model.train()
    ids = torch.randint(0, model.config.vocab_size, (4, 96))
    measured = plan.saved_activation_bytes(model, input_ids=ids, labels=ids, use_cache=False)
    est = plan.estimate_memory(plan.ModelShape.from_config(model.config), method, seq_len=96, batch_size=4,
                               gradient_checkpointing=False, compute_bytes=4)
    assert measured == pytest.approx(est.activations + est.logits, rel=0.15)


def test_adapter_and_optimizer_bytes_match_a_real_qlora_run(tiny_model_dir, tmp_path):
    # catches: the planner's LoRA parameter count or optimiser bytes disagreeing with what TRL really trains
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    shape = plan.ModelShape.from_config(model.config)
    result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=3, batch_size=4,
                               save_steps=3, progress=False, lora_r=16)
    adapter_bytes = sum(p.numel() * p.element_size() for p in result.model.parameters() if p.requires_grad)
    state = torch.load(tmp_path / "checkpoints" / "checkpoint-3" / "optimizer.pt", weights_only=False)["state"]
    optimizer_bytes = sum(t.numel() * t.element_size() for s in state.values() for t in s.values()
                          if torch.is_tensor(t))
    est = plan.estimate_memory(shape, "qlora", lora_r=16, compute_bytes=4, adapter_bytes=4)
    assert result.metrics["trainable_params"] == plan.lora_params(shape, 16)
    assert adapter_bytes == pytest.approx(est.adapters, rel=0.15)
    assert optimizer_bytes == pytest.approx(est.optimizer, rel=0.15)


@pytest.mark.parametrize("setting", [{"seq_len": 0}, {"seq_len": -5}, {"seq_len": float("nan")}, {"batch_size": 0},
                                     {"lora_r": 0}, {"compute_bytes": 0}])
def test_impossible_sizes_are_refused(setting):
    # catches: a plan that answers a size for 0, negative or nan tokens (or a nan total) instead of saying why
    from workbench.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match=f"{next(iter(setting))} must be a positive number") as err:
        plan.estimate_memory(LLAMA_8B, "qlora", **setting)
    assert isinstance(err.value, ValueError)  # callers that caught ValueError still do


@pytest.mark.parametrize("name, suggestion", [("t4", "'T4'"), ("A100", "'A100-40GB' or 'A100-80GB'")])
def test_unknown_gpu_name_suggests_the_closest(name, suggestion):
    # catches: a bare KeyError 'A100' that leaves the learner to guess the table's spelling
    from workbench.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match=f"Did you mean {suggestion}") as err:
        plan.GPUS[name]
    assert isinstance(err.value, KeyError) and str(err.value).startswith(f"'{name}' is not in plan.GPUS")


def test_unknown_preset_suggests_the_closest():
    # catches: a typo in a model name answered by a bare KeyError
    with pytest.raises(KeyError, match="Did you mean 'llama-3.1-8b'"):
        plan.PRESETS["llama-3-8b"]


@pytest.mark.parametrize("call, message", [
    (lambda: plan.estimate_time(1e6, LLAMA_8B, plan.GPUS["T4"], mfu=0), "mfu must be a positive number"),
    (lambda: plan.estimate_time(1e6, LLAMA_8B, plan.GPU("x", 16, False, 0.0, None)), "peak_tflops"),
    (lambda: plan.estimate_time(-1, LLAMA_8B, plan.GPUS["T4"]), "tokens must be"),
    (lambda: plan.estimate_time(1e6, LLAMA_8B, "T4"), r"gpu must be a plan.GPU, e.g. plan.GPUS\['T4'\]"),
    (lambda: plan.estimate_cost(float("nan"), plan.GPUS["T4"]), "hours must be zero or more"),
    (lambda: plan.fits(plan.estimate_memory(LLAMA_8B), plan.GPUS["T4"], headroom=90), "between 0 and 1")])
def test_time_and_cost_refuse_impossible_inputs(call, message):
    # catches: ZeroDivisionError, AttributeError on a name string, or a negative/nan price
    from workbench.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match=message):
        call()
