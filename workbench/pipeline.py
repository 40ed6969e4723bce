"""Measure a model on held-out examples, fine-tune it, measure it again: the steps behind `workbench demo`
and the no-code form (Level 2, lesson 4), written once.

The caller brings the examples (chat-formatted training data, held-out prompts and their true labels)
and says where its progress goes (`log`); this module loads the model, measures, fine-tunes with the
model's recommended settings unless told otherwise, and measures again on the same prompts. It
imports torch only when it runs, so the command line can read EPOCHS for its help text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.training_settings import TrainingSettings

# The demo's and the form's recipe: three passes over the examples (finetune's own default is two)
EPOCHS = 3


@dataclass
class BeforeAfter:
    """A model measured before and after one fine-tune, on the same held-out prompts."""

    model_name: str
    quantization: str  # "4bit", "8bit" or "none": what the model was loaded in
    quantized_layers: int
    hw: object  # workbench.hardware.Hardware
    before: object  # workbench.evaluate.ClassificationReport
    before_predictions: list[str]
    after: object  # workbench.evaluate.ClassificationReport
    predictions: list[str]
    finetune: object  # workbench.finetune.FinetuneResult (imported lazily: TRL is slow to import)
    tokenizer: object
    lora_layers_trained: int  # adapters whose B matrix moved from zero: each received gradient
    lora_layers: int

    @property
    def model(self):
        """The fine-tuned model (base with the trained adapter)."""
        return self.finetune.model

    @property
    def settings(self) -> TrainingSettings:
        return self.finetune.settings


def loaded_quantization(quantization: str, hw) -> str:
    """What "auto" means on `hw` (a hardware.Hardware): 4-bit where bitsandbytes can load it, else unquantised."""
    from workbench import hardware

    if quantization == "auto":
        return "4bit" if hardware.choose(hw).quantization_available else "none"
    return quantization


def measure_finetune_measure(model_name: str, train_chat, prompts: list, truth: list[str], labels: list[str], *,
                             output_dir: str | Path, quantization: str = "auto", hw=None,
                             what: str = "examples", log=print, progress: bool = False, live_plot: bool = False,
                             **settings) -> BeforeAfter:
    """Load `model_name`, score it on `prompts` against `truth`, fine-tune it on `train_chat`, score it again.

    `train_chat`: a datasets.Dataset in TRL's prompt-completion format (data.to_classification_chat).
    `settings`: TrainingSettings fields (epochs, max_steps, learning_rate, ...); those left out or None
    are the model's recommended ones. `what` names the examples in the progress lines ("emails").
    `hw`: a hardware.Hardware (default: this machine's).

    >>> run = measure_finetune_measure("vi-tiny-llama", chat, prompts, truth, labels, output_dir="runs/demo")
    >>> run.before.accuracy, run.after.accuracy
    """
    from workbench import evaluate, finetune, hardware, models

    hw = hw or hardware.detect()
    quantization = loaded_quantization(quantization, hw)
    given = {name: value for name, value in settings.items() if value is not None}
    planned, _ = TrainingSettings.for_run(model_name, given)

    log(f"1/4 Loading {model_name} in {quantization} on the {hw.device} ...")
    model, tokenizer = models.load_model(model_name, quantization=quantization, hw=hw)
    quantized = models.count_quantized_layers(model) if quantization != "none" else 0
    log(f"    {models.parameter_count(model) / 1e6:.1f}M parameters, {quantized} linear layers in {quantization}")

    log(f"2/4 Measuring the base model on {len(prompts)} held-out {what} (never seen in training) ...")
    before, before_predictions = evaluate.evaluate_classifier(model, tokenizer, prompts, truth, labels)
    log(f"    base accuracy {before.accuracy:.1%}")

    method = "QLoRA" if quantization == "4bit" else "LoRA"
    steps = planned.max_steps if isinstance(planned.max_steps, int) and planned.max_steps > 0 else None
    epochs = f"{planned.epochs:g}" if isinstance(planned.epochs, (int, float)) else repr(planned.epochs)
    length = f"{steps} steps" if steps else f"{epochs} epochs"
    log(f"3/4 {method} fine-tuning on {len(train_chat)} training {what} for {length} "
        f"(learning rate {planned.learning_rate}) ...")
    result = finetune.finetune(model, tokenizer, train_chat, output_dir=output_dir, hw=hw, progress=progress,
                               live_plot=live_plot, **given)
    # LoRA's B matrices start at zero, so one still at zero after training received no gradient
    lora_b = [p for n, p in result.model.named_parameters() if "lora_B" in n]
    trained = sum(bool(p.detach().abs().sum() > 0) for p in lora_b)
    log(f"    {trained} of {len(lora_b)} LoRA layers trained")

    log(f"4/4 Measuring the fine-tuned model on the same held-out {what} ...")
    after, predictions = evaluate.evaluate_classifier(result.model, tokenizer, prompts, truth, labels)
    return BeforeAfter(model_name, quantization, quantized, hw, before, before_predictions, after, predictions,
                       result, tokenizer, trained, len(lora_b))
