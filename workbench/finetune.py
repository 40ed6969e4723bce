"""QLoRA fine-tuning through TRL's SFTTrainer and PEFT, with settings chosen from the hardware.

`finetune(model, tokenizer, data)` is one sentence in a notebook; this module holds the care:
LoRA on every linear layer, loss on the answer tokens only, dtypes from `workbench.hardware`,
checkpoints that are never resumed half-written, an adapter saved atomically, and a result
object with the numbers. Introduced in Level 3, lesson 5; used by the demo and Level 2, lesson 4.
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
import os
import resource
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import TrainerCallback, set_seed

from workbench import hardware
from workbench.errors import WorkbenchError
from workbench.files import remove_stale_temporaries, replace_folder, write_text_atomically
from workbench.models import base_fingerprint, keep_4bit_trainable

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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checkpoint_files(folder: Path) -> list[Path]:
    """Every file of a checkpoint, subfolders included, except the completion marker itself."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != COMPLETE_MARKER)


class _MarkCompleteCheckpoints(TrainerCallback):
    """Writes a marker into each checkpoint once the trainer has finished writing it.

    A run killed mid-save leaves a checkpoint folder without the marker; resuming skips it. The
    marker lists each file's size and SHA-256, so a file lost, cut short or overwritten in place
    later (a disk or copy error that keeps the size) is noticed too, and named.
    """

    def on_save(self, args, state, control, **kwargs):
        folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if folder.is_dir():
            files = {p.relative_to(folder).as_posix(): {"size": p.stat().st_size, "sha256": _sha256(p)}
                     for p in _checkpoint_files(folder)}
            write_text_atomically(folder / COMPLETE_MARKER, json.dumps({"global_step": state.global_step,
                                                                        "files": files}, indent=1))
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


def _checkpoint_damage(checkpoint: Path) -> str | None:
    """What changed in a checkpoint since it was marked complete (a file deleted, cut short or overwritten), or None."""
    try:
        marker = json.loads((checkpoint / COMPLETE_MARKER).read_text(encoding="utf-8"))
        expected = marker.get("files") or {"trainer_state.json": None}  # markers of older workbench versions list none
    except (ValueError, AttributeError):
        return f"its marker {COMPLETE_MARKER} is damaged"
    for name, want in expected.items():
        # markers of earlier workbench versions hold the size alone; these hold {"size", "sha256"}
        size, digest = (want.get("size"), want.get("sha256")) if isinstance(want, dict) else (want, None)
        path = checkpoint / name
        if not path.is_file():
            return f"{name} is missing"
        if size is not None and path.stat().st_size != size:
            return f"{name} has {path.stat().st_size} bytes instead of {size}"
        if digest is not None and _sha256(path) != digest:
            return f"{name} is damaged (its content changed since it was saved: the SHA-256 checksum differs)"
    return None


def last_complete_checkpoint(output_dir: str | Path) -> Path | None:
    """The newest checkpoint that was completely written and is still whole, or None."""
    folder = Path(output_dir)
    done = [p for p in folder.glob("checkpoint-*")
            if p.name.split("-", 1)[1].isdigit() and (p / COMPLETE_MARKER).exists()]
    for checkpoint in sorted(done, key=lambda p: int(p.name.split("-", 1)[1]), reverse=True):
        damage = _checkpoint_damage(checkpoint)
        if damage is None:
            return checkpoint
        print(f"Skipping {checkpoint.name}: {damage}, so it cannot be resumed from.")
    return None


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

    keep_4bit_trainable(model)  # also for models loaded without load_model (see its docstring)
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


def _check_arguments(train_data, eval_data, model, *, epochs, learning_rate, max_steps, max_length,
                     save_steps, lora_alpha, **whole_numbers) -> None:
    """Refuse settings that would fail deep inside torch or TRL, or train nothing, before any work starts."""
    for name, value in {**whole_numbers, "max_length": max_length}.items():
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
            raise WorkbenchError(f"{name} must be a whole number of at least 1, not {value!r}.")
    wrong_steps = not isinstance(max_steps, numbers.Integral) or (max_steps < 1 and max_steps != -1)
    if isinstance(max_steps, bool) or wrong_steps:
        raise WorkbenchError(f"max_steps must be a number of optimiser steps (at least 1), or -1 to train for "
                             f"`epochs` instead, not {max_steps!r}.")
    if save_steps is not None and (isinstance(save_steps, bool) or not isinstance(save_steps, numbers.Integral)
                                   or save_steps < 0):
        raise WorkbenchError(f"save_steps must be a number of steps between checkpoints, or None for no checkpoints, "
                             f"not {save_steps!r}.")
    for name, value, example in [("learning_rate", learning_rate, "2e-4"), ("epochs", epochs, "2"),
                                 ("lora_alpha", lora_alpha, "32 (twice lora_r)")]:
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
            why = " (0 would train nothing)" if isinstance(value, numbers.Real) and value == 0 else ""
            raise WorkbenchError(f"{name} must be a positive number such as {example}, not {value!r}{why}.")
    context = getattr(model.config, "max_position_embeddings", None)
    if context and max_length > context:
        raise WorkbenchError(f"max_length={max_length} is longer than the model's context of {context} tokens, "
                             f"so the longest examples could not be read whole. Pass max_length={context} or less.")
    for name, dataset in [("train_data", train_data), ("eval_data", eval_data)]:
        if dataset is None and name == "eval_data":
            continue
        if not hasattr(dataset, "column_names"):
            raise WorkbenchError(f"{name} must be a datasets.Dataset, not a {type(dataset).__name__}. Build one with "
                                 "datasets.Dataset.from_list(rows), then data.to_classification_chat().")
        if "prompt" not in dataset.column_names or "completion" not in dataset.column_names:
            raise WorkbenchError(f"{name} needs 'prompt' and 'completion' columns (TRL's prompt-completion "
                                 f"format); it has {dataset.column_names}. Use data.to_classification_chat().")
        if len(dataset) == 0:
            raise WorkbenchError(f"{name} has no examples. Check the file it came from, or a filter that "
                                 "removed every row.")


def _prepare_output(output_dir: Path, resume: bool, save_steps: int | None) -> Path:
    """Create output_dir/checkpoints, or say why it cannot be used, before the model is touched."""
    checkpoints = output_dir / "checkpoints"
    try:
        checkpoints.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise WorkbenchError(f"Cannot use {output_dir} as output_dir ({err.strerror}: {err.filename}). It must be a "
                             "folder you can write, or a path where one can be created, e.g. runs/emails.") from None
    if not (os.access(output_dir, os.W_OK) and os.access(checkpoints, os.W_OK)):
        raise WorkbenchError(f"{output_dir} is not writable, so the adapter could not be saved there. "
                             "Choose a folder of your own as output_dir, e.g. runs/emails.")
    for removed in remove_stale_temporaries(output_dir / "adapter"):  # runs killed while saving their adapter
        print(f"Removed {removed.name}, left half-written by a run that was stopped while saving its adapter.")
    earlier = last_complete_checkpoint(checkpoints) if save_steps and not resume else None
    if earlier is not None:
        raise WorkbenchError(f"{checkpoints} holds checkpoints of an earlier run (newest: {earlier.name}); a new run "
                             "would save its own beside them, and a later resume could pick the wrong one. Pass "
                             "resume=True to continue that run, or choose a new output_dir to start again.")
    return checkpoints


def _check_resumable(checkpoint: Path, model) -> None:
    """Refuse to resume a checkpoint whose adapter does not fit this run (another base model or LoRA size)."""
    saved = json.loads((checkpoint / "adapter_config.json").read_text(encoding="utf-8"))
    current = model.peft_config[model.active_adapter]
    for key, argument in [("base_model_name_or_path", "the model"), ("r", "lora_r"), ("lora_alpha", "lora_alpha")]:
        if saved.get(key) != getattr(current, key):
            raise WorkbenchError(f"{checkpoint} was saved by a run with {key}={saved.get(key)!r}, but this run has "
                                 f"{getattr(current, key)!r}. Pass the same {argument} to resume it, or resume=False "
                                 "with a new output_dir to start again.")


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

    _check_arguments(train_data, eval_data, model, epochs=epochs, learning_rate=learning_rate, max_steps=max_steps,
                     max_length=max_length, save_steps=save_steps, lora_alpha=lora_alpha, batch_size=batch_size,
                     gradient_accumulation=gradient_accumulation, lora_r=lora_r, logging_steps=logging_steps)
    # numpy ints (from a slider or np.arange) pass the checks but fail torch's own
    batch_size, gradient_accumulation, max_steps = int(batch_size), int(gradient_accumulation), int(max_steps)
    hw = hw or hardware.detect()
    choices = hardware.choose(hw)
    output_dir = Path(output_dir)
    checkpoints = _prepare_output(output_dir, resume, save_steps)
    resume_from = last_complete_checkpoint(checkpoints) if resume else None
    if resume and resume_from is None:
        print(f"No complete checkpoint in {checkpoints}; starting from the beginning.")

    fingerprint = base_fingerprint(model)   # of the base, before LoRA wraps anything
    # LoRA's A matrices are drawn at random here, before the trainer sets its own seed: seed them too, so
    # that two runs with one seed give the same adapter and a comparison of two settings compares settings
    set_seed(seed)
    model = add_adapter(model, choices, lora_r, lora_alpha)
    if resume_from:
        _check_resumable(resume_from, model)
    args = training_config(checkpoints, choices, hw, epochs=epochs, max_steps=max_steps, batch_size=batch_size,
                           gradient_accumulation=gradient_accumulation, learning_rate=learning_rate,
                           max_length=max_length, save_steps=save_steps, evaluate=eval_data is not None,
                           seed=seed, progress=progress, logging_steps=logging_steps, **sft_overrides)
    callbacks = [_MarkCompleteCheckpoints()] + ([LiveLossPlot()] if live_plot else [])
    trainer = SFTTrainer(model=model, args=args, train_dataset=train_data, eval_dataset=eval_data,
                         processing_class=tokenizer, callbacks=callbacks)
    kept = len(trainer.train_dataset)
    if kept < len(train_data):  # TRL drops an example whose answer max_length cuts off entirely
        if kept == 0:
            raise WorkbenchError(f"Every example's answer lies beyond max_length={max_length} tokens, so there is "
                                 "nothing to learn from. Raise max_length, or shorten the prompts.")
        print(f"{len(train_data) - kept} of {len(train_data)} examples were left out: their answer lies beyond "
              f"max_length={max_length} tokens. Raise max_length to keep them.")
    _cast_trainable(trainer.model, choices.adapter_dtype)
    if hw.device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    model.config.use_cache = False
    started = time.perf_counter()
    output = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    runtime = time.perf_counter() - started
    model.config.use_cache = True
    model.eval()
    # The trainer logs a nan loss as the mean of earlier ones, so look at the weights: saving nan weights
    # would replace a good adapter with one that only writes garbage.
    if not all(torch.isfinite(p).all() for p in model.parameters() if p.requires_grad):
        kept_note = " The adapter saved there earlier is unchanged." if (output_dir / "adapter").exists() else ""
        raise WorkbenchError(f"Training diverged: the LoRA weights became nan or infinite, so no adapter was saved "
                             f"to {output_dir / 'adapter'}.{kept_note} Lower learning_rate (it was "
                             f"{learning_rate:g}), e.g. ten times.")

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
            "base_fingerprint": fingerprint, "metrics": metrics, "choices": {"compute_dtype": str(choices.compute_dtype),
                                            "adapter_dtype": str(choices.adapter_dtype),
                                            "optimizer": choices.optimizer}}
    adapter_path = _save_adapter_atomically(model, tokenizer, output_dir / "adapter", info)
    return FinetuneResult(adapter_path=adapter_path, metrics=metrics, log_history=history, choices=choices,
                          model=model)
