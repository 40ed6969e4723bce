"""QLoRA fine-tuning through TRL's SFTTrainer and PEFT, with settings chosen from the hardware.

`finetune(model, tokenizer, data)` is one sentence in a notebook; this module holds the care:
LoRA on every linear layer, loss on the answer tokens only, dtypes from `workbench.hardware`,
checkpoints that are never resumed half-written, an adapter saved atomically, and a result
object with the numbers. Introduced in Level 3, lesson 5; used by the demo and Level 2, lesson 4.
"""

from __future__ import annotations

import json
import math
import os
import resource
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import TrainerCallback

from workbench import hardware
from workbench.errors import WorkbenchError
from workbench.files import replace_folder, write_text_atomically

COMPLETE_MARKER = "checkpoint_complete.json"


@dataclass
class FinetuneResult:
    """What a fine-tune produced: the adapter's folder, its numbers, and the trained model."""

    adapter_path: Path
    metrics: dict  # train_loss, first_loss, last_loss, steps, epochs, runtime_s, tokens_per_s, peak_memory_mb
    log_history: list[dict]
    choices: hardware.TrainingChoices
    model: object = field(repr=False, default=None)

    @property
    def losses(self) -> list[float]:
        return [entry["loss"] for entry in self.log_history if "loss" in entry]


def peak_memory_mb(device: str) -> float:
    """Peak memory of this process so far: GPU memory allocated on CUDA, resident memory on the CPU."""
    if device == "cuda":
        return torch.cuda.max_memory_allocated() / 2**20
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return peak_kb / (2**20 if sys.platform == "darwin" else 2**10)


class _MarkCompleteCheckpoints(TrainerCallback):
    """Writes a marker into each checkpoint once the trainer has finished writing it.

    A run killed mid-save leaves a checkpoint folder without the marker; resuming skips it.
    """

    def on_save(self, args, state, control, **kwargs):
        folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if folder.is_dir():
            write_text_atomically(folder / COMPLETE_MARKER, json.dumps({"global_step": state.global_step}))
        return control


class LiveLossPlot(TrainerCallback):
    """Redraws a loss curve in the notebook as training logs arrive (does nothing outside Jupyter)."""

    def __init__(self):
        self.steps, self.losses, self.handle = [], [], None

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs or "loss" not in logs or not _in_notebook():
            return
        import matplotlib.pyplot as plt
        from IPython.display import display

        self.steps.append(state.global_step)
        self.losses.append(logs["loss"])
        fig, ax = plt.subplots(figsize=(5, 2.5))
        ax.plot(self.steps, self.losses, marker="o")
        ax.set_xlabel("step")
        ax.set_ylabel("training loss")
        ax.set_title("Loss while fine-tuning")
        fig.tight_layout()
        if self.handle is None:
            self.handle = display(fig, display_id=True)
        else:
            self.handle.update(fig)
        plt.close(fig)


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def last_complete_checkpoint(output_dir: str | Path) -> Path | None:
    """The newest checkpoint that was completely written, or None."""
    folder = Path(output_dir)
    done = [p for p in folder.glob("checkpoint-*") if (p / COMPLETE_MARKER).exists()]
    return max(done, key=lambda p: int(p.name.split("-")[1])) if done else None


def lora_config(r: int = 16, alpha: int = 32, dropout: float = 0.05, target_modules="all-linear"):
    """LoRA on every linear layer of the transformer blocks (the QLoRA paper's finding: all layers matter)."""
    from peft import LoraConfig

    return LoraConfig(r=r, lora_alpha=alpha, lora_dropout=dropout, target_modules=target_modules,
                      task_type="CAUSAL_LM")


def _is_quantized(model) -> bool:
    return bool(getattr(model, "is_loaded_in_4bit", False) or getattr(model, "is_loaded_in_8bit", False))


def add_adapter(model, choices: hardware.TrainingChoices, r: int = 16, alpha: int = 32):
    """Wrap `model` with fresh trainable LoRA weights (and prepare a 4-bit model for training)."""
    from peft import PeftModel, get_peft_model, prepare_model_for_kbit_training

    if isinstance(model, PeftModel):
        return model
    if _is_quantized(model):
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=choices.gradient_checkpointing)
    return get_peft_model(model, lora_config(r, alpha))


def _cast_trainable(model, dtype: torch.dtype) -> None:
    # TRL casts a quantized model's LoRA weights to bf16 (QLoRA paper default). On CPUs without
    # AVX512-BF16 that is 25-50x slower, and with a float32 compute dtype it fails with "expected
    # m1 and m2 to have the same dtype"; hardware.choose() decides, and we apply it here.
    for param in model.parameters():
        if param.requires_grad and param.dtype != dtype:
            param.data = param.data.to(dtype)


def _save_adapter_atomically(model, tokenizer, target: Path, info: dict) -> Path:
    tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    (tmp / "training_info.json").write_text(json.dumps(info, indent=2, ensure_ascii=False, default=str),
                                            encoding="utf-8")
    return replace_folder(tmp, target)


def training_config(checkpoints: str | Path, choices: hardware.TrainingChoices, hw: hardware.Hardware, *,
                    epochs: float = 2, max_steps: int = -1, batch_size: int = 8, gradient_accumulation: int = 1,
                    learning_rate: float = 2e-4, max_length: int = 512, save_steps: int | None = None,
                    evaluate: bool = False, seed: int = 0, progress: bool = True, logging_steps: int = 5,
                    **overrides):
    """TRL's SFTConfig for a QLoRA run on this hardware: answer-only loss, no trackers, dtypes from `choices`."""
    from trl import SFTConfig

    kwargs = dict(
        output_dir=str(checkpoints), num_train_epochs=epochs, max_steps=max_steps,
        per_device_train_batch_size=batch_size, per_device_eval_batch_size=batch_size,
        gradient_accumulation_steps=gradient_accumulation, learning_rate=learning_rate,
        lr_scheduler_type="cosine", warmup_steps=0.05, weight_decay=0.0, max_length=max_length,
        completion_only_loss=True, packing=False, bf16=choices.bf16, fp16=choices.fp16,
        use_cpu=hw.device == "cpu", gradient_checkpointing=choices.gradient_checkpointing,
        optim=choices.optimizer, logging_steps=logging_steps, save_strategy="steps" if save_steps else "no",
        logging_first_step=True,  # a run shorter than logging_steps still reports its loss (not nan -> nan)
        save_steps=save_steps or 500, save_total_limit=2, eval_strategy="epoch" if evaluate else "no",
        report_to="none", seed=seed, data_seed=seed, disable_tqdm=not progress, dataloader_num_workers=0,
    )
    kwargs.update(overrides)
    return SFTConfig(**kwargs)


def finetune(model, tokenizer, train_data, *, output_dir: str | Path, eval_data=None, epochs: float = 2,
             learning_rate: float = 2e-4, batch_size: int = 8, gradient_accumulation: int = 1,
             max_length: int = 512, lora_r: int = 16, lora_alpha: int = 32, save_steps: int | None = None,
             max_steps: int = -1, resume: bool = False, seed: int = 0, progress: bool = True,
             live_plot: bool = False, logging_steps: int = 5, hw: hardware.Hardware | None = None,
             **sft_overrides) -> FinetuneResult:
    """Fine-tune `model` with LoRA (QLoRA when it is 4-bit) on chat-formatted `train_data`.

    `train_data` is a `datasets.Dataset` in TRL's prompt-completion format (see
    `data.to_classification_chat`); the loss covers the completion only. Checkpoints go to
    `output_dir/checkpoints` every `save_steps`; `resume=True` continues from the newest complete
    one. The adapter is written to `output_dir/adapter` only when training has finished.

    >>> result = finetune(model, tokenizer, chat_data, output_dir="runs/emails", epochs=2)
    >>> result.metrics["train_loss"], result.adapter_path
    """
    from trl import SFTTrainer

    for column in ("prompt", "completion"):
        if column not in train_data.column_names:
            raise WorkbenchError(f"train_data needs 'prompt' and 'completion' columns (TRL's prompt-completion "
                                 f"format); it has {train_data.column_names}. Use data.to_classification_chat().")
    hw = hw or hardware.detect()
    choices = hardware.choose(hw)
    output_dir = Path(output_dir)
    checkpoints = output_dir / "checkpoints"
    checkpoints.mkdir(parents=True, exist_ok=True)
    resume_from = last_complete_checkpoint(checkpoints) if resume else None
    if resume and resume_from is None:
        print(f"No complete checkpoint in {checkpoints}; starting from the beginning.")

    model = add_adapter(model, choices, lora_r, lora_alpha)
    args = training_config(checkpoints, choices, hw, epochs=epochs, max_steps=max_steps, batch_size=batch_size,
                           gradient_accumulation=gradient_accumulation, learning_rate=learning_rate,
                           max_length=max_length, save_steps=save_steps, evaluate=eval_data is not None,
                           seed=seed, progress=progress, logging_steps=logging_steps, **sft_overrides)
    callbacks = [_MarkCompleteCheckpoints()] + ([LiveLossPlot()] if live_plot else [])
    trainer = SFTTrainer(model=model, args=args, train_dataset=train_data, eval_dataset=eval_data,
                         processing_class=tokenizer, callbacks=callbacks)
    _cast_trainable(trainer.model, choices.adapter_dtype)
    if hw.device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    model.config.use_cache = False
    started = time.perf_counter()
    output = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    runtime = time.perf_counter() - started
    model.config.use_cache = True
    model.eval()

    history = trainer.state.log_history
    losses = [entry["loss"] for entry in history if "loss" in entry]
    tokens = max((entry.get("num_tokens", 0) for entry in history), default=0)  # TRL logs tokens seen
    metrics = {
        "train_loss": output.training_loss,
        "first_loss": losses[0] if losses else math.nan,
        "last_loss": losses[-1] if losses else math.nan,
        "steps": trainer.state.global_step,
        "epochs": trainer.state.epoch,
        "runtime_s": runtime,
        "tokens_per_s": (tokens / runtime) if tokens and runtime else None,
        "peak_memory_mb": peak_memory_mb(hw.device),
        "resumed_from": str(resume_from) if resume_from else None,
        "trainable_params": sum(p.numel() for p in model.parameters() if p.requires_grad),
    }
    info = {"base_model": getattr(model, "name_or_path", None) or model.config.name_or_path,
            "metrics": metrics, "choices": {"compute_dtype": str(choices.compute_dtype),
                                            "adapter_dtype": str(choices.adapter_dtype),
                                            "optimizer": choices.optimizer}}
    adapter_path = _save_adapter_atomically(model, tokenizer, output_dir / "adapter", info)
    return FinetuneResult(adapter_path=adapter_path, metrics=metrics, log_history=history, choices=choices,
                          model=model)
