"""The settings of one fine-tune, each default stated once, saved beside the adapter they made.

A run's settings come from three places, in this order: what the caller passed; on a resumed run,
what the checkpoint it resumes from was trained with; otherwise the model's recommended settings
(its `workbench.registry` entry: learning rate, LoRA rank, max length) and the defaults below.
`workbench.finetune` writes them as training_settings.json into the adapter folder and into every
checkpoint, and a resumed run prints which ones it inherited. Introduced in Level 3, lesson 5.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from workbench import registry

SETTINGS_FILE = "training_settings.json"
# Filled from the model's registry entry when the caller leaves them None
_FROM_MODEL = ("learning_rate", "max_length", "lora_r")


@dataclass(frozen=True)
class TrainingSettings:
    """Every setting of one LoRA/QLoRA fine-tune. None means: the model's recommended value."""

    epochs: float = 2  # passes over the training data (max_steps wins when set)
    max_steps: int = -1  # optimiser steps; -1: train for `epochs`
    learning_rate: float | None = None  # peak rate; None: the model's recommended (registry)
    batch_size: int = 8  # examples per step
    gradient_accumulation: int = 1  # steps whose gradients add up before one update
    max_length: int | None = None  # tokens per example, longer ones are cut; None: the model's recommended
    lora_r: int | None = None  # LoRA rank; None: the model's recommended
    lora_alpha: int | None = None  # LoRA scale is alpha / r; None: twice lora_r
    lora_dropout: float = 0.05  # dropout on each adapter's input (plan's activation formula counts its masks)
    save_steps: int = 0  # steps between checkpoints; 0: none
    seed: int = 0  # LoRA's initial weights, data order and dropout
    logging_steps: int = 5  # steps between logged losses

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    def resolved(self, spec: registry.ModelSpec = registry.GENERIC) -> TrainingSettings:
        """These settings with every None filled in from `spec` (a registry entry) and lora_alpha = 2 x lora_r."""
        filled = {name: getattr(spec, name) for name in _FROM_MODEL if getattr(self, name) is None}
        settings = dataclasses.replace(self, **filled)
        if settings.lora_alpha is None:
            r = settings.lora_r
            settings = dataclasses.replace(settings, lora_alpha=2 * r if isinstance(r, int) else r)
        return settings

    @classmethod
    def for_run(cls, base: str, given: dict, checkpoint: Path | None = None) -> tuple[TrainingSettings, dict]:
        """The settings of a run on model `base` (a registry key, hub id or folder) and where each came from.

        `given`: the values the caller passed. `checkpoint`: the checkpoint a resumed run continues, whose
        saved settings fill in what the caller did not pass. Returns (settings, {name: source}).
        """
        unknown = sorted(set(given) - set(cls.names()))
        if unknown:
            raise TypeError(f"unknown training settings {unknown}; known: {cls.names()}")
        spec = registry.recommended(base)
        saved = cls.load(checkpoint / SETTINGS_FILE) if checkpoint is not None else None
        if saved is not None:
            settings = dataclasses.replace(saved, **given).resolved(spec)
            source = f"inherited from {checkpoint.name}"
        else:
            settings = cls(**given).resolved(spec)
            source = "workbench default" if spec is registry.GENERIC else f"recommended for {spec.key}"
        defaults = cls()
        sources = {}
        for name in cls.names():
            if name in given:
                sources[name] = "given"
            elif saved is not None or getattr(defaults, name) is None:
                sources[name] = source
            else:
                sources[name] = "default"
        return settings, sources

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2)

    def save(self, folder: Path) -> Path:
        path = Path(folder) / SETTINGS_FILE
        path.write_text(self.to_json() + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: Path) -> TrainingSettings | None:
        """The settings saved at `path`, or None where there are none (a checkpoint of an older workbench).
        Names this version does not know are left out, so a newer run's file still loads."""
        try:
            saved = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(saved, dict):
            return None
        return cls(**{name: saved[name] for name in cls.names() if name in saved})

    def describe(self, sources: dict | None = None) -> str:
        """One line per setting, with where it came from: `learning_rate = 0.002  (inherited from checkpoint-24)`."""
        sources = sources or {}
        lines = []
        for name in self.names():
            where = f"  ({sources[name]})" if name in sources else ""
            lines.append(f"  {name:<22} = {getattr(self, name)!r}{where}")
        return "\n".join(lines)
