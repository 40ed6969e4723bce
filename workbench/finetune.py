"""QLoRA fine-tuning through TRL's SFTTrainer and PEFT, with settings chosen from the hardware.

`finetune(model, tokenizer, data)` is one sentence in a notebook; this module holds the care:
LoRA on every linear layer, loss on the answer tokens only, dtypes from `workbench.hardware`,
checkpoints that are never resumed half-written, an adapter saved atomically, and a result
object with the numbers. Introduced in Level 3, lesson 5; used by the demo and Level 2, lesson 4.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import math
import numbers
import os
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import TrainerCallback, set_seed

from workbench import hardware
from workbench.errors import WorkbenchError
from workbench.files import folder_written_atomically, remove_stale_temporaries, write_text_atomically
from workbench.models import base_fingerprint, keep_4bit_trainable
from workbench.training_settings import TrainingSettings

COMPLETE_MARKER = "checkpoint_complete.json"


@dataclass
class FinetuneResult:
    """What a fine-tune produced: the adapter's folder, its numbers, and the trained model."""

    adapter_path: Path
    metrics: dict  # train_loss, first_loss, last_loss, steps, epochs, runtime_s, tokens_per_s, peak_memory_mb
    log_history: list[dict]
    choices: hardware.TrainingChoices
    model: object = field(repr=False, default=None)
    settings: TrainingSettings | None = None  # what the run trained with, also in adapter_path/training_settings.json

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
    """Writes the run's settings and then a marker into each checkpoint once the trainer has written it.

    A run killed mid-save leaves a checkpoint folder without the marker; resuming skips it. The
    marker lists each file's size and SHA-256, so a file lost, cut short or overwritten in place
    later (a disk or copy error that keeps the size) is noticed too, and named. A resumed run
    takes the settings it is not given from the checkpoint's training_settings.json.
    """

    def __init__(self, settings: TrainingSettings | None = None):
        self.settings = settings

    def on_save(self, args, state, control, **kwargs):
        folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if folder.is_dir():
            if self.settings is not None:
                self.settings.save(folder)
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


def lora_config(r: int | None = None, alpha: int | None = None, dropout: float | None = None,
                target_modules="all-linear"):
    """LoRA on every linear layer of the transformer blocks (the QLoRA paper's finding: all layers matter).

    Unset values are TrainingSettings' (r 16, alpha twice r, dropout 0.05)."""
    from peft import LoraConfig

    given = {"lora_r": r, "lora_alpha": alpha, "lora_dropout": dropout}
    settings = TrainingSettings(**{k: v for k, v in given.items() if v is not None}).resolved()
    return LoraConfig(r=settings.lora_r, lora_alpha=settings.lora_alpha, lora_dropout=settings.lora_dropout,
                      target_modules=target_modules, task_type="CAUSAL_LM")


def _is_quantized(model) -> bool:
    return bool(getattr(model, "is_loaded_in_4bit", False) or getattr(model, "is_loaded_in_8bit", False))


def add_adapter(model, choices: hardware.TrainingChoices, r: int | None = None, alpha: int | None = None,
                dropout: float | None = None):
    """Wrap `model` with fresh trainable LoRA weights (and prepare a 4-bit model for training)."""
    from peft import PeftModel, get_peft_model, prepare_model_for_kbit_training

    keep_4bit_trainable(model)  # also for models loaded without load_model (see its docstring)
    if isinstance(model, PeftModel):
        return model
    if _is_quantized(model):
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=choices.gradient_checkpointing)
    return get_peft_model(model, lora_config(r, alpha, dropout))


def _cast_trainable(model, dtype: torch.dtype) -> None:
    # TRL casts a quantized model's LoRA weights to bf16 (QLoRA paper default). On CPUs without
    # AVX512-BF16 that is 25-50x slower, and with a float32 compute dtype it fails with "expected
    # m1 and m2 to have the same dtype"; hardware.choose() decides, and we apply it here.
    for param in model.parameters():
        if param.requires_grad and param.dtype != dtype:
            param.data = param.data.to(dtype)


def _save_adapter_atomically(model, tokenizer, target: Path, info: dict, settings: TrainingSettings) -> Path:
    with folder_written_atomically(target) as folder:
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        settings.save(folder)
        (folder / "training_info.json").write_text(json.dumps(info, indent=2, ensure_ascii=False, default=str),
                                                   encoding="utf-8")
    return target


def _check_arguments(train_data, eval_data, model, settings: TrainingSettings) -> None:
    """Refuse settings that would fail deep inside torch or TRL, or train nothing, before any work starts."""
    s = settings
    whole_numbers = {"batch_size": s.batch_size, "gradient_accumulation": s.gradient_accumulation, "lora_r": s.lora_r,
                     "logging_steps": s.logging_steps, "max_length": s.max_length}
    for name, value in whole_numbers.items():
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
            raise WorkbenchError(f"{name} must be a whole number of at least 1, not {value!r}.")
    wrong_steps = not isinstance(s.max_steps, numbers.Integral) or (s.max_steps < 1 and s.max_steps != -1)
    if isinstance(s.max_steps, bool) or wrong_steps:
        raise WorkbenchError(f"max_steps must be a number of optimiser steps (at least 1), or -1 to train for "
                             f"`epochs` instead, not {s.max_steps!r}.")
    if isinstance(s.save_steps, bool) or not isinstance(s.save_steps, numbers.Integral) or s.save_steps < 0:
        raise WorkbenchError(f"save_steps must be a number of steps between checkpoints, or 0 for no checkpoints, "
                             f"not {s.save_steps!r}.")
    for name, value, example in [("learning_rate", s.learning_rate, "2e-4"), ("epochs", s.epochs, "2"),
                                 ("lora_alpha", s.lora_alpha, "32 (twice lora_r)")]:
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
            why = " (0 would train nothing)" if isinstance(value, numbers.Real) and value == 0 else ""
            raise WorkbenchError(f"{name} must be a positive number such as {example}, not {value!r}{why}.")
    dropout = s.lora_dropout
    if isinstance(dropout, bool) or not isinstance(dropout, numbers.Real) or not 0 <= dropout < 1:
        raise WorkbenchError(f"lora_dropout must be a share between 0 (none) and 1, such as 0.05, not {dropout!r}.")
    context = getattr(model.config, "max_position_embeddings", None)
    if context and s.max_length > context:
        raise WorkbenchError(f"max_length={s.max_length} is longer than the model's context of {context} tokens, "
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


# What each SFTConfig field the workbench sets is for; `describe_training_config` prints them (Level 3, lesson 5).
SFT_FIELDS: dict[str, str] = {
    "output_dir": "checkpoints go here; the finished adapter goes beside them, to output_dir/adapter",
    "num_train_epochs": "passes over the training data (max_steps wins when it is set)",
    "max_steps": "optimiser steps to take; -1 trains for num_train_epochs instead",
    "per_device_train_batch_size": "examples per step; padded to the longest of them",
    "per_device_eval_batch_size": "the same, when eval_data is measured",
    "gradient_accumulation_steps": "steps whose gradients add up before one update: batch x this = effective batch",
    "learning_rate": "the peak rate: the model's recommended one (workbench.registry) unless you pass your own",
    "lr_scheduler_type": "after the warm-up, the rate falls to zero along a half cosine",
    "warmup_steps": "below 1 it is a share: the first 5 % of the steps ramp the rate up from zero",
    "weight_decay": "none: LoRA's B matrices start at zero, and decay would pull them back to it",
    "max_length": "tokens per example (prompt and answer); longer examples are cut",
    "completion_only_loss": "the loss covers the answer only: every prompt token gets the label -100 (section 3)",
    "packing": "one example per row; packing saves the padding (section 5) but needs position_ids restarted",
    "bf16": "bfloat16 compute, where the hardware has it (hardware.choose says why)",
    "fp16": "float16 compute with loss scaling, on GPUs without bf16 such as the T4",
    "use_cpu": "True where there is no GPU: train on the CPU",
    "gradient_checkpointing": "recompute activations in the backward pass: less memory, a third more time (GPUs)",
    "optim": "AdamW; the paged 8-bit version on GPUs, where memory is the limit (hardware.choose)",
    "logging_steps": "the loss is logged every this many steps",
    "logging_first_step": "log the first step too, so a run shorter than logging_steps still reports its loss",
    "save_strategy": "checkpoints only when save_steps is set (resume=True continues from the newest whole one)",
    "save_steps": "steps between checkpoints (500 stands in when none are saved)",
    "save_total_limit": "only the two newest checkpoints are kept",
    "eval_strategy": "measure eval_data after each epoch, when it is given",
    "report_to": "no experiment tracker: nothing about the run leaves the machine",
    "seed": "the trainer's seed (dropout); LoRA's first weights are seeded with it too",
    "data_seed": "the order the examples are read in",
    "disable_tqdm": "the progress bar",
    "dataloader_num_workers": "batches are made in this process: the examples are few, and workers cost memory",
}


def _sft_values(checkpoints: str | Path, settings: TrainingSettings, choices: hardware.TrainingChoices,
                hw: hardware.Hardware, evaluate: bool, progress: bool) -> dict:
    s = settings
    return dict(
        output_dir=str(checkpoints), num_train_epochs=s.epochs, max_steps=s.max_steps,
        per_device_train_batch_size=s.batch_size, per_device_eval_batch_size=s.batch_size,
        gradient_accumulation_steps=s.gradient_accumulation, learning_rate=s.learning_rate,
        lr_scheduler_type="cosine", warmup_steps=0.05, weight_decay=0.0, max_length=s.max_length,
        completion_only_loss=True, packing=False, bf16=choices.bf16, fp16=choices.fp16,
        use_cpu=hw.device == "cpu", gradient_checkpointing=choices.gradient_checkpointing,
        optim=choices.optimizer, logging_steps=s.logging_steps, logging_first_step=True,
        save_strategy="steps" if s.save_steps else "no", save_steps=s.save_steps or 500, save_total_limit=2,
        eval_strategy="epoch" if evaluate else "no", report_to="none", seed=s.seed, data_seed=s.seed,
        disable_tqdm=not progress, dataloader_num_workers=0,
    )


def training_config(checkpoints: str | Path, choices: hardware.TrainingChoices, hw: hardware.Hardware,
                    settings: TrainingSettings | None = None, *, evaluate: bool = False, progress: bool = True,
                    **given):
    """TRL's SFTConfig for a QLoRA run on this hardware: answer-only loss, no trackers, dtypes from `choices`.

    `settings` (default: TrainingSettings' defaults for a model the registry does not know), with any
    TrainingSettings field in `given` (max_steps=1, learning_rate=...) put over it; other keywords go
    to SFTConfig as they are. `describe_training_config` prints what each field is for.
    """
    from trl import SFTConfig

    names = TrainingSettings.names()
    settings = dataclasses.replace(settings or TrainingSettings(),
                                   **{k: v for k, v in given.items() if k in names}).resolved()
    kwargs = _sft_values(checkpoints, settings, choices, hw, evaluate, progress)
    kwargs.update({k: v for k, v in given.items() if k not in names})
    return SFTConfig(**kwargs)


def describe_training_config(config) -> str:
    """Each SFTConfig field the workbench sets, with its value and what it is for, one line each."""
    lines = []
    for name, why in SFT_FIELDS.items():
        value = getattr(config, name)
        value = value.value if isinstance(value, enum.Enum) else value  # "cosine", not <SchedulerType.COSINE>
        lines.append(f"{name} = {value!r}  # {why}")
    return "\n".join(lines)


def finetune(model, tokenizer, train_data, *, output_dir: str | Path, eval_data=None, epochs: float | None = None,
             learning_rate: float | None = None, batch_size: int | None = None,
             gradient_accumulation: int | None = None, max_length: int | None = None, lora_r: int | None = None,
             lora_alpha: int | None = None, lora_dropout: float | None = None, save_steps: int | None = None,
             max_steps: int | None = None, resume: bool = False, seed: int | None = None, progress: bool = True,
             live_plot: bool = False, logging_steps: int | None = None, hw: hardware.Hardware | None = None,
             **sft_overrides) -> FinetuneResult:
    """Fine-tune `model` with LoRA (QLoRA when it is 4-bit) on chat-formatted `train_data`.

    `train_data` is a `datasets.Dataset` in TRL's prompt-completion format (see
    `data.to_classification_chat`); the loss covers the completion only. Checkpoints go to
    `output_dir/checkpoints` every `save_steps`; `resume=True` continues from the newest complete
    one. The adapter is written to `output_dir/adapter` only when training has finished.

    A setting left at None takes its value from `TrainingSettings` (workbench/training_settings.py):
    the model's recommended learning rate, max length and LoRA rank (`models.recommended`), the
    defaults stated there, or on a resumed run the checkpoint's own settings. The run's settings are
    saved in the adapter folder as training_settings.json, and returned as `result.settings`.

    >>> result = finetune(model, tokenizer, chat_data, output_dir="runs/emails", epochs=2)
    >>> result.metrics["train_loss"], result.adapter_path, result.settings.learning_rate
    """
    from trl import SFTTrainer

    passed = dict(epochs=epochs, learning_rate=learning_rate, batch_size=batch_size,
                  gradient_accumulation=gradient_accumulation, max_length=max_length, lora_r=lora_r,
                  lora_alpha=lora_alpha, lora_dropout=lora_dropout, save_steps=save_steps, max_steps=max_steps,
                  seed=seed, logging_steps=logging_steps)
    output_dir = Path(output_dir)
    resume_from = last_complete_checkpoint(output_dir / "checkpoints") if resume else None
    settings, sources = TrainingSettings.for_run(_base_name(model), {k: v for k, v in passed.items() if v is not None},
                                                 resume_from)
    _check_arguments(train_data, eval_data, model, settings)
    # numpy ints (from a slider or np.arange) pass the checks but fail torch's own
    settings = dataclasses.replace(settings, batch_size=int(settings.batch_size), max_steps=int(settings.max_steps),
                                   gradient_accumulation=int(settings.gradient_accumulation))
    hw = hw or hardware.detect()
    choices = hardware.choose(hw)
    checkpoints = _prepare_output(output_dir, resume, settings.save_steps)
    if resume and resume_from is None:
        print(f"No complete checkpoint in {checkpoints}; starting from the beginning.")
    elif resume_from is not None:
        print(f"Resuming from {resume_from.name} with these settings:\n{settings.describe(sources)}")

    fingerprint = base_fingerprint(model)   # of the base, before LoRA wraps anything
    # LoRA's A matrices are drawn at random here, before the trainer sets its own seed: seed them too, so
    # that two runs with one seed give the same adapter and a comparison of two settings compares settings
    set_seed(settings.seed)
    model = add_adapter(model, choices, settings.lora_r, settings.lora_alpha, settings.lora_dropout)
    if resume_from:
        _check_resumable(resume_from, model)
    args = training_config(checkpoints, choices, hw, settings, evaluate=eval_data is not None, progress=progress,
                           **sft_overrides)
    callbacks = [_MarkCompleteCheckpoints(settings)] + ([LiveLossPlot()] if live_plot else [])
    trainer = SFTTrainer(model=model, args=args, train_dataset=train_data, eval_dataset=eval_data,
                         processing_class=tokenizer, callbacks=callbacks)
    kept = len(trainer.train_dataset)
    if kept < len(train_data):  # TRL drops an example whose answer max_length cuts off entirely
        if kept == 0:
            raise WorkbenchError(f"Every example's answer lies beyond max_length={settings.max_length} tokens, so "
                                 "there is "
                                 "nothing to learn from. Raise max_length, or shorten the prompts.")
        print(f"{len(train_data) - kept} of {len(train_data)} examples were left out: their answer lies beyond "
              f"max_length={settings.max_length} tokens. Raise max_length to keep them.")
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
                             f"{settings.learning_rate:g}), e.g. ten times.")

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
    info = {"base_model": _base_name(model), "base_fingerprint": fingerprint, "metrics": metrics,
            "choices": {"compute_dtype": str(choices.compute_dtype), "adapter_dtype": str(choices.adapter_dtype),
                        "optimizer": choices.optimizer}}
    adapter_path = _save_adapter_atomically(model, tokenizer, output_dir / "adapter", info, settings)
    return FinetuneResult(adapter_path=adapter_path, metrics=metrics, log_history=history, choices=choices,
                          model=model, settings=settings)


def _base_name(model) -> str:
    """The folder or hub id the model was loaded from (its registry entry is found from it)."""
    return getattr(model, "name_or_path", None) or model.config.name_or_path
