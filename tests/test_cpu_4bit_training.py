"""Measure-then-train on a 4-bit model trains every adapter, on every kind of CPU.

On CPUs with AVX512-BF16, bitsandbytes 0.50 repacks a Linear4bit's weights on its first eval-mode
pass and then multiplies through a kernel with no backward pass, so a "before" measurement used to
leave LoRA adapters without gradient (issue: 24 of 48 tensors with LoRA on q, v, up, down). These
tests run the same steps on every CPU and print which path ran: where the CPU lacks the flag, the
repack is made by calling bitsandbytes' own (pure PyTorch) conversion, so the unpacking is tested too.
"""

import pytest
import torch

from workbench import data, evaluate, finetune, hardware, models

TARGETS = {"q+v": ["q_proj", "v_proj"], "q+v+up+down": ["q_proj", "v_proj", "up_proj", "down_proj"],
           "all-linear": "all-linear"}


def _linear4bit_layers(model):
    from bitsandbytes.nn import Linear4bit

    return [m for m in model.modules() if isinstance(m, Linear4bit)]


def _packed(model) -> int:
    return sum(bool(getattr(m.weight.quant_state, "packing_format_for_cpu", False)) for m in _linear4bit_layers(model))


def _measure_before(model, tokenizer) -> None:
    """What a lesson does first: score a few held-out emails with the base model (eval mode, no grad)."""
    test = data.load_dataset("support_emails", "test").select(range(4))
    labels = data.describe("support_emails").labels
    prompts = [data.classification_prompt(data.email_text(r), labels) for r in test]
    evaluate.evaluate_classifier(model, tokenizer, prompts, list(test["category"]), labels)


def _lora_gradients(model, tokenizer, targets):
    """Wrap with LoRA on `targets`, run one training step's backward; return (model, #tensors, names without grad)."""
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    models.keep_4bit_trainable(model)  # what finetune.add_adapter does first
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=targets, task_type="CAUSAL_LM"))
    for name, param in model.named_parameters():
        if "lora_B" in name:  # B starts at zero, which would leave every A without gradient by design
            torch.nn.init.normal_(param, std=0.02)
    model.train()
    batch = tokenizer(["Tôi chưa nhận được hàng, đơn đặt từ thứ Hai."], return_tensors="pt")
    model(**batch, labels=batch["input_ids"]).loss.backward()
    lora = [(n, p) for n, p in model.named_parameters() if "lora_" in n]
    return model, len(lora), [n for n, p in lora if p.grad is None or not p.grad.abs().sum() > 0]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TARGETS))
def test_measuring_first_never_stops_adapters_from_training(name, capsys):
    """Catches the AVX512-BF16 repack: a before-measurement left q and v adapters without gradient."""
    model, tokenizer = models.load_model("vi-tiny-llama", quantization="4bit")
    _measure_before(model, tokenizer)
    with capsys.disabled():
        bf16 = hardware.detect().cpu_has_avx512_bf16
        print(f"\n[{name}] CPU {'has' if bf16 else 'lacks'} AVX512-BF16: bitsandbytes' repack "
              f"{'would have run here and was switched off' if bf16 else 'never runs here'}; "
              f"{_packed(model)} of {len(_linear4bit_layers(model))} layers packed after the measurement")
    assert _packed(model) == 0
    _, count, without = _lora_gradients(model, tokenizer, TARGETS[name])
    assert count > 0 and not without, f"{len(without)} of {count} LoRA tensors got no gradient: {without[:4]}"


def test_a_model_repacked_elsewhere_is_unpacked_before_training(capsys):
    """Catches a model loaded without load_model (plain transformers) and measured, then fine-tuned."""
    from bitsandbytes.functional import _convert_weight_packed_for_cpu

    model, tokenizer = models.load_model("vi-tiny-llama", quantization="4bit")
    batch = tokenizer(["Xin chào shop"], return_tensors="pt")
    with torch.no_grad():
        reference = model(**batch).logits
    for layer in _linear4bit_layers(model):  # exactly what Linear4bit.forward does on an AVX512-BF16 CPU
        layer.weight.data, layer.weight.quant_state = _convert_weight_packed_for_cpu(layer.weight.data,
                                                                                     layer.weight.quant_state)
        layer.support_avx512bf16_for_cpu = True
    with capsys.disabled():
        print(f"\nrepacked {_packed(model)} layers with bitsandbytes' own conversion; unpacking them now")
    model, count, without = _lora_gradients(model, tokenizer, TARGETS["q+v"])
    assert _packed(model) == 0
    assert count > 0 and not without, f"{len(without)} of {count} LoRA tensors got no gradient: {without[:4]}"
    model.eval()
    with torch.no_grad(), model.disable_adapter():
        again = model(**batch).logits
    # the repack rounds each block's scale to bf16, so unpacking gives back the weights to bf16 precision
    assert torch.allclose(again, reference, atol=5e-2), (again - reference).abs().max()


@pytest.mark.slow
def test_measure_train_save_reload_reproduces_the_scores(tmp_path):
    """Catches L3-08's failure on AVX512-BF16 CPUs: scores of the reloaded adapter differed by 1e-2."""
    model, tokenizer = models.load_model("vi-tiny-llama", quantization="4bit")
    _measure_before(model, tokenizer)
    labels = data.describe("support_emails").labels
    train = data.to_classification_chat(data.load_dataset("support_emails", "train").select(range(16)), labels)
    result = finetune.finetune(model, tokenizer, train, output_dir=tmp_path / "run", max_steps=3, batch_size=4,
                               learning_rate=2e-3, progress=False)
    prompts = [data.classification_prompt(data.email_text(r), labels)
               for r in data.load_dataset("support_emails", "test").select(range(6))]
    trained = evaluate.choice_logprobs(result.model, tokenizer, prompts, labels)
    reloaded, _ = models.load_model("vi-tiny-llama", quantization="4bit", adapter=result.adapter_path)
    again = evaluate.choice_logprobs(reloaded, tokenizer, prompts, labels)
    difference = (trained - again).abs().max().item()
    assert difference < 1e-4, f"reloaded adapter scores differ by {difference:.2e}"
