"""The no-code fine-tuning form: upload labelled examples, pick a model, see the plan, fine-tune, compare.

Introduced in Level 2, lesson 4 (no-code fine-tuning); `course/level2_users/apps/fine_tune_form.ipynb`
serves the same form as a Voila app. The steps live in `FineTuneForm`, plain Python that a notebook
cell or a test can call without a browser; `FineTuneFormWidget` only wires ipywidgets to them. Only
widgets and APIs present in both ipywidgets 7 (Colab) and 8 are used.

>>> form = FineTuneForm()
>>> form.load_examples("tin_nhan.csv", Path("tin_nhan.csv").read_bytes())
>>> form.choose_model("vi-tiny-llama")
>>> print(form.estimate().text)
>>> print(form.run(max_steps=20).table)
"""

from __future__ import annotations

import dataclasses
import html
import math
import random
import re
import tempfile
import time
import traceback
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import ipywidgets as widgets

from workbench import data, evaluate, hardware, models, pipeline, plan
from workbench.errors import WorkbenchError
from workbench.training_settings import TrainingSettings

MIN_PER_LABEL = 2  # one example to learn from, one to test on
TOY_NOTE = ("The bundled vi-tiny-llama (5.8M parameters) can learn your labels, but from a small file the gain "
            "varies from run to run: trust the sign test above, not one number. Compare with a word counter "
            "(TF-IDF, Level 2 lesson 3) before you rely on it; for the best accuracy choose a hub model (e.g. "
            "qwen2.5-0.5b-instruct) on a GPU.")


def read_upload(value) -> list[tuple[str, bytes]]:
    """(file name, content) of each file in a `FileUpload.value`, in the shape of ipywidgets 7 or 8.

    ipywidgets 8: a tuple of dicts {"name", "type", "size", "last_modified", "content": memoryview}.
    ipywidgets 7: a dict {name: {"metadata": {"name", "type", "size", "lastModified"}, "content": bytes}}.
    """
    if not value:
        return []
    if isinstance(value, dict):
        items = [(entry.get("metadata", {}).get("name", name), entry["content"]) for name, entry in value.items()]
    else:
        items = [(entry["name"], entry["content"]) for entry in value]
    return [(str(name), bytes(content)) for name, content in items]


def split_examples(records: list[dict], label_field: str = "label", fraction: float = 0.25,
                   seed: int = 0) -> tuple[list[dict], list[dict]]:
    """Hold out about `fraction` of each label's examples for testing (at least one each); train on the rest."""
    by_label: dict[str, list[dict]] = {}
    for record in records:
        by_label.setdefault(record[label_field], []).append(record)
    rng = random.Random(seed)
    train, held_out = [], []
    for group in by_label.values():
        group = list(group)
        rng.shuffle(group)
        n = min(len(group) - 1, max(1, round(len(group) * fraction)))
        held_out += group[:n]
        train += group[n:]
    rng.shuffle(train)
    return train, held_out


@dataclass
class Estimate:
    """The planner's forecast for one fine-tune of the chosen model on the loaded examples."""

    model: str
    memory: plan.MemoryEstimate
    seconds: float
    device: plan.GPU
    fits: bool
    steps: int
    tokens: float
    text: str


@dataclass
class FormResult:
    """A finished fine-tune: the adapter, held-out scores before and after, and what they mean."""

    model: str
    finetune: object  # workbench.finetune.FinetuneResult (imported lazily: TRL is slow to import)
    before: evaluate.ClassificationReport
    after: evaluate.ClassificationReport
    before_predictions: list[str]  # the base model's answers on the held-out examples
    predictions: list[str]  # the fine-tuned model's answers on them
    held_out: list[dict]
    train_size: int
    majority_accuracy: float  # always answering the most common training label
    seconds: float
    table: str
    note: str

    @property
    def adapter_path(self) -> Path:
        return Path(self.finetune.adapter_path)


class FineTuneForm:
    """The form's steps and state, without any widget: load_examples, choose_model, estimate, run.

    State a caller (or the widget view) can read: `status` (one sentence), `errors` (empty when the
    last step worked), `warnings` (about the file in use), `records` and `label_counts` (the examples
    in use), `model_name`, `planned` (an `Estimate`) and `result` (a `FormResult`). A step that fails
    leaves the earlier state as it was.
    """

    def __init__(self, *, model: str = models.BUNDLED_MODEL, labels: list[str] | None = None,
                 text_field: str = "text", label_field: str = "label", quantization: str = "auto",
                 holdout: float = 0.25, batch_size: int | None = None, max_length: int | None = None,
                 seed: int = 0, output_dir: str | Path = "runs/fine_tune_form"):
        # batch_size and max_length: None means the model's recommended settings (TrainingSettings)
        # NFC, as the reader normalises the file: labels typed on a Mac (NFD) must match the file's
        self.allowed_labels = [unicodedata.normalize("NFC", str(label)) for label in labels] if labels else None
        self.text_field, self.label_field = text_field, label_field
        self.quantization, self.holdout, self.batch_size = quantization, holdout, batch_size
        self.max_length, self.seed, self.output_dir = max_length, seed, Path(output_dir)
        self.records: list[dict] = []
        self.file_name: str | None = None
        self.model_name: str | None = None
        self.planned: Estimate | None = None
        self.result: FormResult | None = None
        self.status = "Upload a CSV (columns text,label) or a JSONL file of labelled examples."
        self.errors: list[str] = []
        self.warnings: list[str] = []  # about the examples in use: read, but worth a look
        self._listeners: list[Callable[[], None]] = []
        self._hw: hardware.Hardware | None = None
        self._cpu_tflops: float | None = None
        if not self.choose_model(model):
            raise WorkbenchError(self.errors[0])

    # --- observable state ------------------------------------------------------------------------

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call `callback()` after every change of state (the widget view redraws itself this way)."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        for callback in self._listeners:
            callback()

    def _ok(self, status: str) -> None:
        self.status, self.errors = status, []
        self._notify()

    def _fail(self, message: str) -> None:
        kept = f" The form still uses {self.file_name} ({len(self.records)} examples)." if self.records else ""
        self.status, self.errors = "Not done: see the problem below." + kept, [message]
        self._notify()

    @property
    def labels(self) -> list[str]:
        """The labels the model chooses from: those given to the form, else the file's, in order of appearance."""
        return self.allowed_labels or list(dict.fromkeys(r[self.label_field] for r in self.records))

    @property
    def label_counts(self) -> dict[str, int]:
        counts = Counter(r[self.label_field] for r in self.records)
        return {label: counts[label] for label in self.labels}

    def split(self) -> tuple[list[dict], list[dict]]:
        """The training examples and the held-out examples the before/after table is measured on."""
        return split_examples(self.records, self.label_field, self.holdout, self.seed)

    def settings(self, **given) -> TrainingSettings:
        """The settings a fine-tune of the chosen model would use: `given`, then the form's own (batch size,
        max length, seed), then the model's recommended ones (a 5M-parameter model takes larger steps than
        a 0.5-7B one: Level 3, lesson 5, section 8)."""
        form = {"batch_size": self.batch_size, "max_length": self.max_length, "seed": self.seed}
        chosen = {k: v for k, v in {**form, **given}.items() if v is not None}
        return TrainingSettings.for_run(self.model_name or models.BUNDLED_MODEL, chosen)[0]

    def default_learning_rate(self) -> float:
        return self.settings().learning_rate

    # --- step 1: the examples --------------------------------------------------------------------

    def load_examples(self, name: str, content: bytes) -> bool:
        """Validate an uploaded file (CSV or JSONL) and use it if it is clean; otherwise show why not."""
        name = Path(str(name).replace("\\", "/")).name or "examples.csv"  # a browser may send a path
        try:
            records, cautions = self._read(name, bytes(content))
        except WorkbenchError as err:
            self._fail(str(err))
            return False
        except Exception as err:  # a reader bug must not take the form down with it
            self._fail(f"{name}: could not be read ({type(err).__name__}: {err}).")
            return False
        self.records, self.file_name, self.planned, self.result = records, name, None, None
        self.warnings = cautions
        counts = ", ".join(f"{label} {n}" for label, n in self.label_counts.items())
        self._ok(f"{name}: {len(records)} examples, {len(self.labels)} labels ({counts}).")
        return True

    def _read(self, name: str, content: bytes) -> tuple[list[dict], list[str]]:
        with tempfile.TemporaryDirectory(prefix="upload-") as folder:
            path = Path(folder) / name
            path.write_bytes(content)

            def read(labels=None):
                # the reader's documented call, so that the form and read_records judge a file alike
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", data.DataWarning)
                    try:
                        records = data.read_records(path, required=[self.text_field, self.label_field],
                                                    label_field=self.label_field, labels=labels)
                    except data.DataError as err:  # name the learner's file, not our temporary copy
                        raise data.DataError(str(err).replace(str(path), name)) from None
                return records, [str(w.message).replace(str(path), name) for w in caught
                                 if issubclass(w.category, data.DataWarning)]

            records, cautions = read(self.allowed_labels)
            pieces = sum(not isinstance(r[self.text_field], str) for r in records)  # the reader lets a list be text
            if pieces:
                raise data.DataError(f"{name}: in {pieces} examples the field '{self.text_field}' is a list [...], not "
                                     "one text. Fix: join each list into one string in double quotes.")
            counts = Counter(r[self.label_field] for r in records)
            spelling = {}  # 'Tốt' and 'tốt' are one label written two ways: its most common spelling is the label
            for label, _ in counts.most_common():
                spelling.setdefault(label.casefold(), label)
            common = [label for label, n in counts.items()
                      if n >= MIN_PER_LABEL and spelling[label.casefold()] == label]
            if common and not self.allowed_labels and len(common) < len(counts):
                try:  # read again with the common labels only: the reader names each rare one's line
                    read(common)
                except data.DataError as err:
                    raise data.DataError(f"{err}\nEach label needs at least {MIN_PER_LABEL} examples (one to learn "
                                         "from, one to test on); a label used once is usually a typo, and one that "
                                         "differs only in capitals is the same label written another way.") from None
        if len(common) < 2:
            raise data.DataError(f"{name}: the examples must use at least two labels with {MIN_PER_LABEL} or more "
                                 f"examples each; found {dict(counts)}. Fix: add examples of each label.")
        return records, cautions

    # --- step 2: the base model ------------------------------------------------------------------

    def choose_model(self, name: str) -> bool:
        """Pick the base model: a registry key, a folder saved with save_pretrained, or a hub id."""
        name = str(name).strip()
        spec = models.REGISTRY.get(name.lower())
        if spec is None and not Path(name).expanduser().is_dir() and not models._HUB_ID.match(name):
            self._fail(f"'{name}' is not a model the form knows. Choose one of {', '.join(models.REGISTRY)}, "
                       "a folder saved with save_pretrained, or a hub id like 'Qwen/Qwen2.5-0.5B-Instruct'.")
            return False
        self.model_name, self.planned = (spec.key if spec else name), None
        about = f" ({spec.params_b:g}B parameters, licence {spec.licence}; for fine-tuning: {spec.hardware})" \
            if spec else ""
        self._ok(f"Base model: {self.model_name}{about}.")
        return True

    # --- step 3: the planner's estimate ----------------------------------------------------------

    def estimate(self, *, epochs: float = pipeline.EPOCHS, max_steps: int = -1,
                 batch_size: int | None = None) -> Estimate | None:
        """Memory and time of the fine-tune `run` would do, from the model's shape (workbench.plan)."""
        if not self.records:
            self._fail("Upload examples first: the estimate depends on how many there are and how long they are.")
            return None
        try:
            self.planned = self._estimate(epochs, max_steps, _counted(self.settings(batch_size=batch_size)))
        except WorkbenchError as err:
            self._fail(str(err))
            return None
        self._ok(f"Estimated: about {_duration(self.planned.seconds)} and "
                 f"{_size(self.planned.memory.total)} for the training tensors.")
        return self.planned

    def _estimate(self, epochs: float, max_steps: int, settings: TrainingSettings) -> Estimate:
        import torch

        hw = self._hardware()
        choices = hardware.choose(hw)
        quantization = self._quantization(hw)
        method = "qlora" if quantization == "4bit" else "lora"
        shape = self._shape()
        tokenizer, counted_with = self._tokenizer()
        train, _ = self.split()
        lengths = [self._length(tokenizer, r) for r in train]
        batch_size = settings.batch_size
        steps, seen = _steps(len(train), epochs, max_steps, batch_size)
        tokens = seen * sum(lengths) / len(lengths)
        nbytes = lambda dtype: torch.finfo(dtype).bits // 8  # noqa: E731
        memory = plan.estimate_memory(
            shape, method, seq_len=min(max(lengths), settings.max_length), batch_size=min(batch_size, len(train)),
            lora_r=settings.lora_r,
            gradient_checkpointing=choices.gradient_checkpointing, compute_bytes=nbytes(choices.compute_dtype),
            adapter_bytes=nbytes(choices.adapter_dtype),
            optimizer="paged_adamw_8bit" if "8bit" in choices.optimizer else "adamw")
        device = self._device(hw)
        seconds = plan.estimate_time(tokens, shape, device, method=method,
                                     gradient_checkpointing=choices.gradient_checkpointing) * 3600
        fits = plan.fits(memory, device)
        text = "\n".join([
            f"{self.model_name}, {'QLoRA (4-bit base)' if method == 'qlora' else 'LoRA'} on {device.name}: "
            f"{len(train)} training examples, {steps} steps of batch {batch_size}",
            f"  memory: {_size(memory.total)} for the training tensors, of {device.memory_gb:.1f} GB: "
            + ("fits" if fits else "does NOT fit (fewer examples per batch, a shorter max length, or a larger GPU)")
            + ("; Python and torch add about 1 GB on top" if hw.device != "cuda" else ""),
            f"  time: about {_duration(seconds)} = training FLOPs / ({device.peak_tflops:.2f} TFLOP/s peak x "
            f"{plan.DEFAULT_MFU:.0%} utilisation, an assumption the first real run corrects)",
            f"  tokens: {tokens:,.0f} (mean {sum(lengths) / len(lengths):.0f} per example, longest {max(lengths)}; "
            f"counted with {counted_with})",
            "", memory.as_table()])
        return Estimate(self.model_name, memory, seconds, device, fits, steps, tokens, text)

    def _hardware(self) -> hardware.Hardware:
        self._hw = self._hw or hardware.detect()
        return self._hw

    def _quantization(self, hw: hardware.Hardware) -> str:
        return pipeline.loaded_quantization(self.quantization, hw)

    def _device(self, hw: hardware.Hardware) -> plan.GPU:
        if hw.device == "cuda":
            words = set(re.split(r"[\s-]+", hw.gpu_name or ""))  # "Tesla T4", "NVIDIA A100-SXM4-80GB"
            known = [g for key, g in plan.GPUS.items() if key.split("-")[0] in words]
            if known:
                return plan.GPU(hw.gpu_name, hw.gpu_memory_gb, hw.bf16_supported, known[0].peak_tflops, None)
            import torch
            dtype = torch.bfloat16 if hw.bf16_supported else torch.float16
            return plan.GPU(hw.gpu_name, hw.gpu_memory_gb, hw.bf16_supported,
                            plan.matmul_tflops(4096, dtype, "cuda"), None)
        self._cpu_tflops = self._cpu_tflops or plan.matmul_tflops()  # the CPU's float32 peak, measured once
        return plan.GPU("this CPU", hw.ram_gb, False, self._cpu_tflops, None)

    def _shape(self) -> plan.ModelShape:
        try:
            return models.model_shape(self.model_name)
        except models.ModelUnavailableError as err:
            raise WorkbenchError(str(err)) from None

    def _tokenizer(self):
        from transformers import AutoTokenizer

        spec = models.REGISTRY.get(self.model_name)
        where = spec.path_or_id if spec else self.model_name
        try:
            return AutoTokenizer.from_pretrained(where, local_files_only=True), f"{self.model_name}'s tokenizer"
        except Exception:  # not downloaded yet: the bundled tokenizer spends about as many tokens on Vietnamese
            bundled = models.REGISTRY[models.BUNDLED_MODEL].path_or_id
            return AutoTokenizer.from_pretrained(bundled), "the bundled tokenizer, as a stand-in"

    def _prompt(self, text: str, labels: list[str]) -> list[dict]:
        # the learner's texts may be anything (tickets, reviews, messages): no "customer email" in the prompt
        return data.classification_prompt(text, labels, data.TEXT_INSTRUCTION, data.TEXT_SYSTEM)

    def _length(self, tokenizer, record: dict) -> int:
        messages = self._prompt(record[self.text_field], self.labels)
        messages = messages + [{"role": "assistant", "content": record[self.label_field]}]
        if getattr(tokenizer, "chat_template", None):
            text = tokenizer.apply_chat_template(messages, tokenize=False)
        else:
            text = "\n".join(m["content"] for m in messages)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    # --- step 4: fine-tune and compare -----------------------------------------------------------

    def run(self, *, epochs: float = pipeline.EPOCHS, max_steps: int = -1, learning_rate: float | None = None,
            batch_size: int | None = None, output_dir: str | Path | None = None, progress: bool = True,
            live_plot: bool = True) -> FormResult | None:
        """Measure the base model on the held-out examples, fine-tune on the rest, measure again.

        `learning_rate` and `batch_size`: None means the model's recommended ones (`settings()`)."""
        if not self.records:
            self._fail("Upload examples first.")
            return None
        try:
            settings = self.settings(epochs=epochs, max_steps=max_steps, learning_rate=learning_rate,
                                     batch_size=batch_size)
            self.result = self._run(_counted(settings), Path(output_dir or self.output_dir), progress, live_plot)
        except WorkbenchError as err:
            self._fail(str(err))
            return None
        self._ok(f"Done in {_duration(self.result.seconds)}. Adapter saved to {self.result.adapter_path}.")
        return self.result

    def _run(self, settings: TrainingSettings, output_dir: Path, progress: bool, live_plot: bool) -> FormResult:
        import datasets

        started = time.perf_counter()
        labels, train, held_out = self.labels, *self.split()
        prompts = [self._prompt(r[self.text_field], labels) for r in held_out]
        truth = [r[self.label_field] for r in held_out]
        rows = [{"text": r[self.text_field], "label": r[self.label_field]} for r in train]
        chat = data.to_classification_chat(datasets.Dataset.from_list(rows), labels, text_fn=lambda r: r["text"],
                                           label_field="label", instruction=data.TEXT_INSTRUCTION,
                                           system=data.TEXT_SYSTEM)
        steps, _ = _steps(len(train), settings.epochs, settings.max_steps, settings.batch_size)
        run = pipeline.measure_finetune_measure(
            self.model_name, chat, prompts, truth, labels, output_dir=output_dir, quantization=self.quantization,
            hw=self._hardware(), log=lambda line: self._ok(line.strip()), progress=progress, live_plot=live_plot,
            **{**dataclasses.asdict(settings), "logging_steps": max(1, steps // 10)})
        common = Counter(r[self.label_field] for r in train).most_common(1)[0][0]
        majority = sum(label == common for label in truth) / len(truth)
        note = self._verdict(run.before_predictions, run.predictions, truth, majority,
                             run.finetune.metrics["runtime_s"])
        return FormResult(self.model_name, run.finetune, run.before, run.after, run.before_predictions,
                          run.predictions, held_out, len(train), majority, time.perf_counter() - started,
                          evaluate.before_after_table(run.before, run.after), note)

    def _verdict(self, before_predictions, predictions, truth, majority, train_seconds) -> str:
        n = len(truth)
        right_before = sum(p == t for p, t in zip(before_predictions, truth))
        right_after = sum(p == t for p, t in zip(predictions, truth))
        answers = ", ".join(f"{label} {k}" for label, k in Counter(predictions).most_common())
        lines = [f"Held-out accuracy {right_before / n:.1%} before, {right_after / n:.1%} after: {right_before} and "
                 f"{right_after} right of {n} examples the model never trained on. Always answering the most common "
                 f"training label would score {majority:.1%}. The fine-tuned model's answers: {answers}."]
        if right_after <= right_before:
            lines.append("No gain: do not use this adapter for decisions.")
        else:
            p = sign_test(before_predictions, predictions, truth)
            if p >= 0.05:
                lines.append(f"{right_after - right_before} more right, which chance alone often gives on {n} examples "
                             f"(sign test p = {p:.2f}): not yet evidence of a gain; measure on more held-out examples.")
            else:
                lines.append(f"A gain of {(right_after - right_before) / n:+.1%} (sign test p = {p:.3f}).")
        if self.planned is not None and self.planned.model == self.model_name:
            lines.append(f"Training took {_duration(train_seconds)}; the planner said about "
                         f"{_duration(self.planned.seconds)}.")
        spec = models.REGISTRY.get(self.model_name)
        if spec is not None and spec.bundled:
            lines.append(TOY_NOTE)
        return "\n".join(lines)


def sign_test(before: list[str], after: list[str], truth: list[str]) -> float:
    """Two-sided sign test on the examples that one model gets right and the other wrong (Level 2, lesson 2).

    If both models were equally good, those examples would split like fair coin flips.
    """
    gained = sum(a == t != b for b, a, t in zip(before, after, truth))
    lost = sum(b == t != a for b, a, t in zip(before, after, truth))
    n = gained + lost
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(min(gained, lost) + 1)) / 2**n) if n else 1.0


def _counted(settings: TrainingSettings) -> TrainingSettings:
    """Refuse a batch size the step count cannot be worked out with (finetune checks the rest)."""
    size = settings.batch_size
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise WorkbenchError(f"batch_size must be a whole number of at least 1, not {size!r}.")
    return settings


def _steps(n_train: int, epochs: float, max_steps: int, batch_size: int) -> tuple[int, float]:
    """Optimiser steps the trainer will take, and how many examples it will read (as transformers counts)."""
    per_epoch = math.ceil(n_train / batch_size)
    steps = max_steps if max_steps and max_steps > 0 else math.ceil(epochs * per_epoch)
    return steps, n_train * steps / per_epoch


def _size(nbytes: float) -> str:
    return f"{nbytes / 1e9:.2f} GB" if nbytes >= 1e8 else f"{nbytes / 1e6:.1f} MB"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.1f} h"


# ---------------------------------------------------------------------------------------------
# The view


def _pre(text: str, color: str = "inherit") -> str:
    return (f"<pre style='white-space: pre-wrap; color: {color}; margin: 4px 0'>"
            f"{html.escape(text)}</pre>") if text else ""


class FineTuneFormWidget(widgets.VBox):
    """The form on screen: each button calls one `FineTuneForm` step; the form's state redraws it."""

    def __init__(self, form: FineTuneForm | None = None, **form_options):
        super().__init__()
        self.form = form or FineTuneForm(**form_options)
        self._busy = False  # a click queued while a fine-tune runs must not start a second one
        options = [(f"{s.key} ({s.params_b:g}B; {s.hardware})", s.key) for s in models.list_models()]
        if self.form.model_name not in models.REGISTRY:
            options.append((self.form.model_name, self.form.model_name))
        wide = {"style": {"description_width": "initial"}}
        self.upload = widgets.FileUpload(accept=".csv,.jsonl,.json,.tsv", multiple=False, description="Examples")
        self.model_dropdown = widgets.Dropdown(options=options, value=self.form.model_name, description="Base model",
                                               layout=widgets.Layout(width="520px"), **wide)
        self.epochs = widgets.BoundedIntText(value=pipeline.EPOCHS, min=1, max=100, description="Epochs", **wide)
        self.max_steps = widgets.BoundedIntText(value=0, min=0, max=100_000, description="Max steps (0: all epochs)",
                                                **wide)
        self.learning_rate = widgets.FloatText(value=self.form.default_learning_rate(), description="Learning rate",
                                               **wide)
        self.estimate_button = widgets.Button(description="Estimate", icon="calculator", button_style="info",
                                              tooltip="Memory and time of this fine-tune, before it runs")
        self.run_button = widgets.Button(description="Fine-tune", icon="play", button_style="success",
                                         tooltip="Measure, fine-tune, measure again")
        self.status_html, self.errors_html = widgets.HTML(), widgets.HTML()
        self.estimate_html, self.result_html = widgets.HTML(), widgets.HTML()
        self.output = widgets.Output()  # progress bar and live loss plot
        self.upload.observe(self._on_upload, names="value")
        self.model_dropdown.observe(self._on_model, names="value")
        self.estimate_button.on_click(self._on_estimate)
        self.run_button.on_click(self._on_run)
        self.form.on_change(self.refresh)
        self.children = [
            widgets.HTML("<b>1. Your examples</b>: a UTF-8 CSV with columns <code>text,label</code> "
                         "(or JSONL), one example per row."),
            self.upload,
            widgets.HTML("<b>2. The base model</b> and <b>3. the plan</b>"),
            widgets.HBox([self.model_dropdown, self.estimate_button]),
            self.estimate_html,
            widgets.HTML("<b>4. Fine-tune</b>, then compare on held-out examples"),
            widgets.HBox([self.epochs, self.max_steps, self.learning_rate]),
            self.run_button, self.status_html, self.errors_html, self.output, self.result_html,
        ]
        self.refresh()

    def refresh(self) -> None:
        form = self.form
        self.status_html.value = f"<i>{html.escape(form.status)}</i>"
        self.errors_html.value = "".join(_pre(e, "#b00020") for e in form.errors) + \
            "".join(_pre(w, "#8a5300") for w in form.warnings)
        self.estimate_html.value = _pre(form.planned.text) if form.planned else ""
        result = form.result
        self.result_html.value = _pre(f"{result.table}\n\n{result.note}") if result else ""
        self.estimate_button.disabled = self.run_button.disabled = self._busy or not form.records
        keys = [key for _, key in self.model_dropdown.options]
        if form.model_name in keys and self.model_dropdown.value != form.model_name:  # chosen from code
            self.model_dropdown.value = form.model_name

    def _call(self, step, *args, **kwargs) -> None:
        try:
            step(*args, **kwargs)
        except Exception as err:  # an unexpected failure is shown in the form, never lost in a callback
            with self.output:
                traceback.print_exc()
            self.form._fail(f"Unexpected error: {type(err).__name__}: {err}")

    def _on_upload(self, change) -> None:
        files = read_upload(change["new"])
        if files:
            self._call(self.form.load_examples, *files[-1])

    def _on_model(self, change) -> None:
        if change["new"] != self.form.model_name:
            self._call(self.form.choose_model, change["new"])
        self.learning_rate.value = self.form.default_learning_rate()

    def _run_options(self) -> dict:
        return {"epochs": self.epochs.value, "max_steps": self.max_steps.value or -1}

    def _on_estimate(self, _button=None) -> None:
        self._call(self.form.estimate, **self._run_options())

    def _on_run(self, _button=None) -> None:
        if self._busy:
            return
        self._busy = True
        self.output.clear_output()
        try:
            with self.output:
                self._call(self.form.run, learning_rate=self.learning_rate.value or None, **self._run_options())
        finally:
            self._busy = False
            self.refresh()


def fine_tune_form(**form_options) -> FineTuneFormWidget:
    """The no-code fine-tuning form, ready to show (make it a cell's last line). Options go to `FineTuneForm`.

    >>> fine_tune_form(labels=["giao hàng", "thanh toán", "đổi trả"])
    """
    return FineTuneFormWidget(**form_options)
