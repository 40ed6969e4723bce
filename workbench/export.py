"""Take a fine-tuned model off the training stack: merge the adapter, export to ONNX, run it anywhere.

A QLoRA run leaves a small adapter beside a big base model. To ship, fold the adapter into the
base weights (`merge_adapter`), then write the forward pass to ONNX (`export_onnx`), which
onnxruntime runs on a CPU, an AI PC's NPU or an edge box without PyTorch. `OnnxGenerator` decodes
greedily with onnxruntime so a lesson can check the exported model says what PyTorch says.

GGUF, the format of llama.cpp and Ollama, is the other common edge path: `workbench.gguf` converts a
merged folder with llama.cpp's own converter, quantises it and runs it. Introduced in Level 3, lesson 7.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import warnings
from pathlib import Path

import numpy as np
import torch

from workbench import hardware, models
from workbench.errors import WorkbenchError
from workbench.files import folder_written_atomically

ONNX_INPUTS = ["input_ids", "attention_mask"]
_PROTOBUF_LIMIT = 2 * 2**30  # an ONNX file holds at most 2 GB; larger weights go to a side file


def merge_adapter(base: str, adapter_path: str | Path, out_dir: str | Path,
                  dtype: torch.dtype = torch.float32) -> Path:
    """Fold a LoRA adapter into its base model's weights and save a plain model folder.

    The base is loaded unquantised, in float32, on the CPU, even when the adapter was trained on a
    4-bit base (QLoRA): merging into the full-precision weights is the standard path, and W + BA is
    then computed without rounding to 4 bits. The result differs from "4-bit base + adapter" by the
    4-bit quantisation error, and equals "float32 base + adapter" up to float rounding. `dtype`
    is what the merged weights are saved in (torch.bfloat16 halves the folder for GPU serving).

    >>> merge_adapter("vi-tiny-llama", "runs/emails/adapter", "runs/emails/merged")
    """
    target = Path(out_dir)
    _check_output(target, "folder", "runs/emails/merged")
    for source, what in [(models.resolve_model_path(base), "the base model"), (Path(adapter_path), "the adapter")]:
        a, b = target.resolve(), source.expanduser().resolve()
        if a == b or a in b.parents:  # replacing out_dir would delete it
            raise WorkbenchError(f"out_dir {target} would overwrite {what} in {source}. Merge into a folder of its "
                                 "own, e.g. runs/emails/merged.")
    cpu = dataclasses.replace(hardware.detect(), device="cpu")  # float32, no device_map: merge needs no GPU
    model, tokenizer = models.load_model(base, quantization="none", adapter=adapter_path, hw=cpu)
    merged = model.merge_and_unload().to(dtype)
    with folder_written_atomically(target) as folder:
        merged.save_pretrained(folder)
        tokenizer.save_pretrained(folder)
    return target


def _check_output(target: Path, kind: str, example: str) -> None:
    """Say before the model loads (minutes for a large one) that `target` cannot be written."""
    if target.exists() and target.is_dir() != (kind == "folder"):
        raise WorkbenchError(f"{target} is {'a file' if kind == 'folder' else 'a folder'}, so the {kind} cannot be "
                             f"written there. Choose another path, e.g. {example}.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise WorkbenchError(f"Cannot create the folder for {target} ({err.strerror}: {err.filename}). "
                             f"Choose a path you can write, e.g. {example}.") from None
    if not os.access(target.parent, os.W_OK):
        raise WorkbenchError(f"{target.parent} is not writable. Choose a path you can write, e.g. {example}.")


class _LogitsOnly(torch.nn.Module):
    """The forward pass an exporter sees: token ids and mask in, logits out, no cache."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask, use_cache=False).logits


class _quiet:
    """Silence the named loggers below ERROR for the duration of a `with` block."""

    def __init__(self, *names: str):
        self.loggers = [logging.getLogger(n) for n in names]

    def __enter__(self):
        self.levels = [lg.level for lg in self.loggers]
        for lg in self.loggers:
            lg.setLevel(logging.ERROR)

    def __exit__(self, *exc):
        for lg, level in zip(self.loggers, self.levels):
            lg.setLevel(level)


def _export(module, example, path: Path, dynamo: bool, large: bool) -> None:
    names = {"input_names": ONNX_INPUTS, "output_names": ["logits"]}
    if dynamo:
        batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
        torch.onnx.export(module, example, str(path), dynamo=True, verbose=False, external_data=large,
                          dynamic_shapes={name: {0: batch, 1: seq} for name in ONNX_INPUTS}, **names)
    else:
        axes = {name: {0: "batch", 1: "seq"} for name in ONNX_INPUTS + ["logits"]}
        torch.onnx.export(module, example, str(path), dynamo=False, opset_version=17, dynamic_axes=axes, **names)


def export_onnx(model_dir: str | Path, out_path: str | Path, *, dynamo: bool = True) -> Path:
    """Write a causal LM's forward pass (input_ids, attention_mask -> logits) to an ONNX file.

    Batch and sequence length stay dynamic. The KV cache is left out (`use_cache=False`): the
    graph is simpler and runs on any ONNX runtime, at the price of re-reading the whole sequence
    for each new token, which is fine for a small model. `dynamo=True` uses PyTorch's
    torch.export-based exporter and falls back to the older TorchScript tracer if that fails;
    `dynamo=False` goes straight to the tracer, which is about five times quicker to export
    (seconds instead of half a minute for the bundled model on 2 CPU cores) and gives the same
    logits. The file is written under a temporary folder and moved into place when complete.

    >>> export_onnx("runs/emails/merged", "runs/emails/model.onnx")
    """
    from transformers import AutoModelForCausalLM

    _check_output(Path(out_path), "file", "runs/emails/model.onnx")
    source = models.resolve_model_path(str(model_dir))
    model = AutoModelForCausalLM.from_pretrained(source, dtype=torch.float32).eval()
    model.config.use_cache = False
    module = _LogitsOnly(model).eval()
    example = (torch.ones(2, 8, dtype=torch.long), torch.ones(2, 8, dtype=torch.long))
    large = sum(p.numel() * p.element_size() for p in model.parameters()) > _PROTOBUF_LIMIT * 0.9

    out_path = Path(out_path)
    tmp = out_path.parent / f".{out_path.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        with warnings.catch_warnings(), _quiet("torch.onnx", "torch.export"):
            warnings.simplefilter("ignore")  # tracer and exporter chatter; the tests check the numbers instead
            try:
                _export(module, example, tmp / out_path.name, dynamo, large)
            except Exception as err:  # the dynamo exporter still fails on some architectures
                if not dynamo:
                    raise
                print(f"The dynamo exporter failed ({type(err).__name__}); using the TorchScript exporter.")
                for leftover in tmp.iterdir():
                    leftover.unlink()
                _export(module, example, tmp / out_path.name, False, large)
        for part in sorted(tmp.iterdir(), key=lambda p: p.name == out_path.name):  # the graph last
            os.replace(part, out_path.parent / part.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_path


class OnnxGenerator:
    """Run an exported model with onnxruntime: logits for a batch, and greedy decoding of a chat.

    No KV cache: each new token re-runs the whole sequence (O(n^2) work), fine for a tiny model.

    >>> gen = OnnxGenerator("runs/emails/model.onnx", tokenizer)
    >>> gen.chat([{"role": "user", "content": "Xin chào"}], max_new_tokens=16)
    """

    def __init__(self, onnx_path: str | Path, tokenizer, threads: int | None = None):
        import onnxruntime as ort

        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = tokenizer

    def logits(self, input_ids, attention_mask=None) -> np.ndarray:
        """Logits of shape (batch, seq, vocab) for int64 token ids (numpy arrays or torch tensors)."""
        ids = np.asarray(input_ids, dtype=np.int64)
        mask = np.ones_like(ids) if attention_mask is None else np.asarray(attention_mask, dtype=np.int64)
        return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]

    def generate_ids(self, prompt_ids: list[int], max_new_tokens: int = 32, min_new_tokens: int = 0) -> list[int]:
        """Greedy continuation of one prompt, stopping after the end-of-turn token (included, as in HF).

        `min_new_tokens` forbids the end-of-turn token until that many tokens are written, as
        `model.generate(min_new_tokens=...)` does, so that timings cover a fixed number of tokens.
        """
        ids = list(prompt_ids)
        new = []
        for step in range(max_new_tokens):
            scores = self.logits([ids])[0, -1]
            if step < min_new_tokens:
                scores[self.tokenizer.eos_token_id] = -np.inf
            token = int(scores.argmax())
            ids.append(token)
            new.append(token)
            if token == self.tokenizer.eos_token_id:
                break
        return new

    def chat(self, prompt_messages: list[dict], max_new_tokens: int = 32) -> str:
        """The greedy reply to a chat, as `generate.chat(..., temperature=0)` gives with PyTorch."""
        text = self.tokenizer.apply_chat_template(prompt_messages, tokenize=False, add_generation_prompt=True)
        prompt_ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        reply = self.generate_ids(prompt_ids, max_new_tokens)
        return self.tokenizer.decode(reply, skip_special_tokens=True).strip()


def onnx_generate(onnx_path: str | Path, tokenizer, prompt_messages: list[dict], max_new_tokens: int = 32) -> str:
    """One greedy chat reply from an exported ONNX model (see `OnnxGenerator` to reuse the session)."""
    return OnnxGenerator(onnx_path, tokenizer).chat(prompt_messages, max_new_tokens)
