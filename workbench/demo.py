"""The end-to-end demo: measure a 4-bit model on unseen emails, QLoRA-fine-tune it, measure again.

`workbench demo` runs this on the bundled model in a few minutes on a CPU; `--model
qwen2.5-0.5b-instruct` runs the same steps on a real hub model on a GPU. The course's promise in
one command: your data, your hardware, a measurable gain.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from workbench import data, evaluate, generate, models, pipeline, retrieval
from workbench.errors import WorkbenchError
from workbench.files import write_text_atomically


def _prompts(dataset, labels):
    return [data.classification_prompt(data.email_text(r), labels) for r in dataset]


def _check_writable(path: Path, what: str, *, folder: bool) -> None:
    """Fail in the first second, not after minutes of training, when a result could not be written."""
    if path.exists() and path.is_dir() != folder:
        example = path.parent / ("demo-run" if folder else "results.json")
        raise WorkbenchError(f"Cannot use {path} as {what}: it is {'a file' if folder else 'a folder'}. "
                             f"Give a name that is free, such as {example}.")
    above = next(p for p in path.parents if p.exists())
    if not above.is_dir():
        raise WorkbenchError(f"{above} is a file, so {what} {path} cannot be made inside it. Choose another path.")
    place = path if folder else path.parent
    try:  # a scratch file is the one test that also holds for root, read-only mounts and /proc
        place.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=place).close()
    except OSError as err:
        raise WorkbenchError(f"Cannot write {what} {path}: {err.strerror or err} in {place}. "
                             "Choose a folder you can write to.") from None


def run_demo(model_name: str = models.BUNDLED_MODEL, *, output_dir: str | Path = "runs/demo",
             quantization: str = "4bit", epochs: float = pipeline.EPOCHS, learning_rate: float | None = None,
             batch_size: int | None = None, max_train: int | None = None, max_eval: int | None = None,
             json_path: str | Path | None = None, seed: int = 0, log=print) -> dict:
    """Run the demo and return its results (also written as JSON to `json_path` when given).

    `learning_rate` and `batch_size` default to the model's recommended settings (`models.recommended`,
    `workbench.training_settings.TrainingSettings`).
    """
    if json_path:
        _check_writable(Path(json_path), "the results file (--json)", folder=False)
    _check_writable(Path(output_dir), "the output folder (--output-dir)", folder=True)
    started = time.perf_counter()
    labels = data.describe("support_emails").labels
    train = data.load_dataset("support_emails", "train").shuffle(seed=seed)
    test = data.load_dataset("support_emails", "test")
    if max_train:
        train = train.select(range(min(max_train, len(train))))
    if max_eval:
        test = test.select(range(min(max_eval, len(test))))

    prompts, truth = _prompts(test, labels), list(test["category"])
    run = pipeline.measure_finetune_measure(
        model_name, data.to_classification_chat(train, labels), prompts, truth, labels, output_dir=output_dir,
        quantization=quantization, what="emails", log=log, epochs=epochs, learning_rate=learning_rate,
        batch_size=batch_size, seed=seed, progress=True)
    model, tokenizer, before, after, result, hw = run.model, run.tokenizer, run.before, run.after, run.finetune, run.hw

    log("    ... then on them typed without diacritics, and a word counter on the same emails")
    bare_test = [{**r, "subject": retrieval.strip_accents(r["subject"]), "body": retrieval.strip_accents(r["body"])}
                 for r in test]
    after_bare, _ = evaluate.evaluate_classifier(model, tokenizer, _prompts(bare_test, labels), truth, labels)
    counter = evaluate.word_counter([data.email_text(r) for r in train], list(train["category"]))
    counter_acc = evaluate.classification_report(truth, list(counter.predict([data.email_text(r) for r in test])),
                                                 labels).accuracy
    counter_bare = evaluate.classification_report(
        truth, list(counter.predict([data.email_text(r) for r in bare_test])), labels).accuracy
    samples = generate.compare(model, tokenizer, prompts[:3], max_new_tokens=8)
    elapsed = time.perf_counter() - started

    log("\n" + evaluate.before_after_table(before, after))
    log(f"Typed without diacritics: fine-tuned {after_bare.accuracy:.1%}. The word counter (TF-IDF + logistic "
        f"regression on the same training emails): {counter_acc:.1%}, without diacritics {counter_bare:.1%}.")
    log("\nThree held-out emails, base model vs fine-tuned (free generation):")
    for sample, label in zip(samples, truth[:3]):
        snippet = sample["prompt"].split("\n\n")[1].replace("\n", " ")[:90]
        log(f"  {snippet}...\n    expected: {label} | base: {sample['base'][:30]!r} | fine-tuned: {sample['adapter'][:30]!r}")
    log(f"\nTotal time {elapsed:.0f} s (training {result.metrics['runtime_s']:.0f} s, "
        f"loss {result.metrics['first_loss']:.2f} -> {result.metrics['last_loss']:.2f}); "
        f"peak memory {result.metrics['peak_memory_mb']:.0f} MB ({'GPU' if hw.device == 'cuda' else 'process RSS'})")
    log(f"Adapter saved to {result.adapter_path}")

    results = {
        "model": model_name, "quantization": run.quantization, "quantized_layers": run.quantized_layers,
        "device": hw.device, "gpu": hw.gpu_name, "cpu": hw.cpu_name, "cpu_cores": hw.cpu_cores,
        "train_examples": len(train), "eval_examples": len(test), "epochs": epochs,
        "accuracy_before": before.accuracy, "accuracy_after": after.accuracy,
        "accuracy_after_no_diacritics": after_bare.accuracy, "word_counter_accuracy": counter_acc,
        "word_counter_no_diacritics": counter_bare, "learning_rate": run.settings.learning_rate,
        "macro_f1_before": before.macro_f1, "macro_f1_after": after.macro_f1,
        "per_class_f1_after": {k: v["f1"] for k, v in after.per_class.items()},
        "total_seconds": elapsed, "train_seconds": result.metrics["runtime_s"],
        "tokens_per_s": result.metrics["tokens_per_s"], "peak_memory_mb": result.metrics["peak_memory_mb"],
        "first_loss": result.metrics["first_loss"], "last_loss": result.metrics["last_loss"],
        "adapter_path": str(Path(result.adapter_path).resolve()),
        "lora_layers_trained": run.lora_layers_trained, "lora_layers": run.lora_layers,
        "compute_dtype": str(result.choices.compute_dtype), "adapter_dtype": str(result.choices.adapter_dtype),
    }
    if json_path:
        try:
            json_path = write_text_atomically(json_path, json.dumps(results, indent=2, ensure_ascii=False))
        except OSError as err:  # checked at the start, so only a full disk or a folder removed meanwhile
            raise WorkbenchError(f"Cannot write the results to {json_path} ({err.strerror or err}); the "
                                 f"adapter is saved in {result.adapter_path}.") from None
        log(f"Results written to {json_path}")
    return results
