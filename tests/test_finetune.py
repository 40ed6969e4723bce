"""QLoRA through TRL on a tiny 4-bit model: what changes, what must not, checkpoints and reloads."""

import bitsandbytes as bnb
import datasets
import pytest
import torch

from workbench import data, finetune, models
from workbench.errors import WorkbenchError

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("finetune")

LABELS = ["giao hàng", "thanh toán"]
EXAMPLES = [("Tiêu đề: Hàng chưa tới\nNội dung: Đơn của tôi giao chậm ba ngày rồi.", "giao hàng"),
            ("Tiêu đề: Trừ tiền\nNội dung: Tài khoản bị trừ tiền hai lần cho một đơn.", "thanh toán")] * 16


def _chat_data():
    rows = [{"text": t, "category": c} for t, c in EXAMPLES]
    return data.to_classification_chat(datasets.Dataset.from_list(rows), LABELS, text_fn=lambda r: r["text"])


@pytest.fixture(scope="module")
def trained(tiny_model_dir, tmp_path_factory):
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    base_weights = {n: m.weight.data.clone() for n, m in model.named_modules() if isinstance(m, bnb.nn.Linear4bit)}
    out = tmp_path_factory.mktemp("run")
    result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=out, max_steps=24, batch_size=8,
                               learning_rate=1e-2, save_steps=12, logging_steps=4, progress=False)
    return result, tokenizer, base_weights, out


@pytest.mark.slow
def test_loss_falls(trained):
    # catches: a training loop that runs but learns nothing (labels masked wrong, lr ignored)
    result = trained[0]
    assert result.metrics["last_loss"] < 0.7 * result.metrics["first_loss"]


@pytest.mark.slow
def test_lora_weights_change_and_base_4bit_weights_do_not(trained):
    # catches: training the quantized base (not QLoRA) or adapters that never receive gradients
    result, _, base_weights, _ = trained
    modules = dict(result.model.named_modules())
    changed = [n for n, p in result.model.named_parameters() if "lora_B" in n and p.abs().sum() > 0]
    assert changed, "LoRA B starts at zero and must move"
    for name, before in base_weights.items():
        layer = modules["base_model.model." + name]
        assert torch.equal(layer.weight.data, before), name


@pytest.mark.slow
def test_adapters_stay_float32_on_cpu(trained):
    # catches: TRL's cast of QLoRA adapters to bf16 (slow on AVX2, dtype mismatch with float32 compute)
    result = trained[0]
    dtypes = {p.dtype for p in result.model.parameters() if p.requires_grad}
    assert dtypes == {result.choices.adapter_dtype}


@pytest.mark.slow
def test_saved_adapter_reloads_with_same_outputs(trained, tiny_model_dir):
    # catches: an adapter saved incompletely or reloaded onto the wrong base
    result, tokenizer, _, _ = trained
    batch = tokenizer(["Tiêu đề: Hàng chưa tới"], return_tensors="pt")
    with torch.no_grad():
        expected = result.model(**batch).logits
        reloaded, _ = models.load_model(str(tiny_model_dir), quantization="4bit", adapter=result.adapter_path)
        actual = reloaded(**batch).logits
    assert torch.allclose(expected, actual, atol=1e-5)
    assert (result.adapter_path / "training_info.json").exists()
    assert not list(result.adapter_path.parent.glob("adapter.tmp-*"))


@pytest.mark.slow
def test_adapter_on_another_base_of_the_same_shape_is_refused(trained, tiny_model_dir, tmp_path):
    # catches: an adapter trained on one base loading silently onto another with the same layer sizes (a
    # colleague's model, or a later pretraining run) and answering nonsense
    from transformers import AutoModelForCausalLM, AutoTokenizer

    result = trained[0]
    other = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    with torch.no_grad():
        other.get_input_embeddings().weight.mul_(1.5)
    other.save_pretrained(tmp_path / "other")
    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(tmp_path / "other")
    with pytest.raises(models.ModelUnavailableError, match=r"layer sizes match but their weights differ.*--model"):
        models.load_model(str(tmp_path / "other"), quantization="none", adapter=result.adapter_path)
    # its own base passes in any precision: trained in 4-bit, loaded here unquantised
    models.load_model(str(tiny_model_dir), quantization="none", adapter=result.adapter_path)


@pytest.mark.slow
def test_resume_continues_from_last_complete_checkpoint(trained, tiny_model_dir):
    # catches: resume restarting from step 0, or picking a half-written checkpoint
    _, _, _, out = trained
    checkpoints = out / "checkpoints"
    assert finetune.last_complete_checkpoint(checkpoints).name == "checkpoint-24"
    (checkpoints / "checkpoint-99").mkdir()  # a save killed half-way: no completion marker
    assert finetune.last_complete_checkpoint(checkpoints).name == "checkpoint-24"
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=out, max_steps=30, batch_size=8,
                               learning_rate=1e-2, save_steps=12, logging_steps=2, resume=True, progress=False)
    assert result.metrics["resumed_from"].endswith("checkpoint-24")
    assert result.metrics["steps"] == 30
    logged_steps = [e["step"] for e in result.log_history if "loss" in e]
    assert len(logged_steps) == len(set(logged_steps))  # no step was trained twice
    assert max(logged_steps) > 24


def test_wrong_data_format_is_explained(tiny_model_dir, tmp_path):
    # catches: TRL's internal error when a learner passes raw records instead of chat data
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    raw = datasets.Dataset.from_list([{"text": "a", "category": "giao hàng"}])
    with pytest.raises(WorkbenchError, match="prompt-completion"):
        finetune.finetune(model, tokenizer, raw, output_dir=tmp_path)


def test_completion_only_loss_masks_the_prompt(tiny_model_dir, tmp_path):
    # catches: loss computed on the email text as well as the answer
    from trl import SFTTrainer

    from workbench import hardware
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    hw = hardware.detect()
    args = finetune.training_config(tmp_path, hardware.choose(hw), hw, max_steps=1, progress=False)
    trainer = SFTTrainer(model=model, args=args, train_dataset=_chat_data(), processing_class=tokenizer)
    batch = next(iter(trainer.get_train_dataloader()))
    answer_tokens = (batch["labels"][0] != -100).sum().item()
    answer = tokenizer(EXAMPLES[0][1] + "<|im_end|>\n", add_special_tokens=False)["input_ids"]
    assert answer_tokens == len(answer)


def test_a_run_shorter_than_logging_steps_still_reports_its_loss(tiny_model_dir, tmp_path):
    # catches: the short demo printing "loss nan -> nan" because no step reached logging_steps
    import math

    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=2, batch_size=4,
                               logging_steps=5, progress=False)
    assert math.isfinite(result.metrics["first_loss"]) and math.isfinite(result.metrics["last_loss"])


@pytest.mark.parametrize("setting, message", [
    ({"learning_rate": 0}, "learning_rate must be a positive number"), ({"learning_rate": -1e-3}, "learning_rate"),
    ({"learning_rate": float("nan")}, "learning_rate"), ({"epochs": 0}, "epochs must be a positive number"),
    ({"max_steps": 0}, "max_steps must be"), ({"batch_size": 0}, "batch_size must be a whole number"),
    ({"gradient_accumulation": 0}, "gradient_accumulation"), ({"lora_r": 0}, "lora_r"),
    ({"save_steps": -1}, "save_steps"), ({"max_length": 4096}, "longer than the model's context")])
def test_bad_settings_are_refused_before_the_model_is_touched(tiny_model_dir, tmp_path, setting, message):
    # catches: a raw torch/TRL traceback (ZeroDivisionError, "Invalid learning rate") or a run that trains nothing
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    with pytest.raises(WorkbenchError, match=message):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, progress=False, **setting)
    assert not any("lora" in name for name, _ in model.named_parameters())


def test_empty_training_set_is_explained(tiny_model_dir, tmp_path):
    # catches: TRL's bare StopIteration on an empty dataset
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    with pytest.raises(WorkbenchError, match="no examples"):
        finetune.finetune(model, tokenizer, _chat_data().select([]), output_dir=tmp_path)


def test_output_dir_that_is_a_file_is_explained(tiny_model_dir, tmp_path):
    # catches: NotADirectoryError from mkdir
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(WorkbenchError, match="Cannot use .* as output_dir"):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path / "notes.txt")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_answers_cut_off_by_max_length_are_explained(tiny_model_dir, tmp_path):
    # catches: torch's "num_samples=0" when TRL drops every example whose answer max_length cut off
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    with pytest.raises(WorkbenchError, match="beyond max_length=8"):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_length=8, progress=False)


@pytest.mark.slow
def test_diverged_run_keeps_the_earlier_adapter(tiny_model_dir, tmp_path, monkeypatch):
    # catches: nan weights (logged as a finite loss by the trainer) replacing a good adapter
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    first = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=1, progress=False)
    saved = (first.adapter_path / "adapter_model.safetensors").read_bytes()
    cast = finetune._cast_trainable

    def poison(model, dtype):
        cast(model, dtype)
        next(p for p in model.parameters() if p.requires_grad).data.fill_(float("nan"))

    monkeypatch.setattr(finetune, "_cast_trainable", poison)
    model, _ = models.load_model(str(tiny_model_dir), quantization="none")
    with pytest.raises(WorkbenchError, match="diverged.*earlier is unchanged"):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=2, progress=False)
    assert (first.adapter_path / "adapter_model.safetensors").read_bytes() == saved


def test_damaged_checkpoint_is_skipped(tmp_path):
    # catches: resume picking a marked checkpoint that lost a file since ("Can't find a valid checkpoint")
    for step in (2, 4):
        folder = tmp_path / f"checkpoint-{step}"
        folder.mkdir()
        for name in ("adapter_model.safetensors", "optimizer.pt", "trainer_state.json"):
            (folder / name).write_text("x" * step)
        finetune._MarkCompleteCheckpoints().on_save(type("Args", (), {"output_dir": str(tmp_path)}),
                                                    type("State", (), {"global_step": step}), None)
    assert finetune.last_complete_checkpoint(tmp_path).name == "checkpoint-4"
    (tmp_path / "checkpoint-4" / "optimizer.pt").unlink()
    assert finetune.last_complete_checkpoint(tmp_path).name == "checkpoint-2"
    (tmp_path / "checkpoint-2" / "trainer_state.json").write_text("cut")
    assert finetune.last_complete_checkpoint(tmp_path) is None


@pytest.mark.slow
def test_resume_with_other_lora_settings_is_refused(trained, tiny_model_dir):
    # catches: PEFT's "size mismatch" traceback when resuming with another lora_r
    out = trained[3]
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    with pytest.raises(WorkbenchError, match="r=16, but this run has 8"):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=out, max_steps=30, save_steps=12,
                          resume=True, lora_r=8, progress=False)


@pytest.mark.slow
def test_fresh_run_does_not_mix_with_an_earlier_runs_checkpoints(trained, tiny_model_dir):
    # catches: a new run saving beside old checkpoints, so that a later resume continues the wrong run
    out = trained[3]
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="4bit")
    with pytest.raises(WorkbenchError, match="checkpoints of an earlier run"):
        finetune.finetune(model, tokenizer, _chat_data(), output_dir=out, max_steps=30, save_steps=12,
                          progress=False)


@pytest.fixture(scope="module")
def seeded_adapters(tmp_path_factory):
    """Adapters of three fresh runs of the bundled model: seed 0, seed 0 again, seed 1."""
    from safetensors.torch import load_file

    adapters = []
    for seed in (0, 0, 1):
        model, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none")
        result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path_factory.mktemp("seeded"),
                                   max_steps=2, batch_size=4, seed=seed, progress=False)
        adapters.append(load_file(result.adapter_path / "adapter_model.safetensors"))
    return adapters


def test_two_runs_with_one_seed_give_identical_adapters(seeded_adapters):
    # catches: LoRA weights drawn before the seed is set, so that two runs of one setting differ (by up to 0.125)
    first, second, _ = seeded_adapters
    assert first.keys() == second.keys()
    assert all(torch.equal(first[name], second[name]) for name in first)


def test_runs_with_different_seeds_differ(seeded_adapters):
    # catches: a seed that is ignored (or fixed inside), which would make the test above pass trivially
    first, _, other = seeded_adapters
    assert any(not torch.equal(first[name], other[name]) for name in first)


def test_checkpoint_damaged_in_place_is_refused_and_resume_falls_back(tiny_model_dir, tmp_path, capsys):
    # catches: a checkpoint overwritten without a change of size (4 KiB of a disk or copy error) resumed from
    # silently, so that the weights turn nan and the error blames the learning rate
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=4, batch_size=8,
                      save_steps=2, progress=False)
    damaged = tmp_path / "checkpoints" / "checkpoint-4" / "adapter_model.safetensors"
    size = damaged.stat().st_size
    with open(damaged, "r+b") as f:
        f.seek(size - 4096)
        f.write(b"\xff" * 4096)
    assert damaged.stat().st_size == size
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    result = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=6, batch_size=8,
                               save_steps=2, resume=True, progress=False)
    assert "Skipping checkpoint-4: adapter_model.safetensors is damaged" in capsys.readouterr().out
    assert result.metrics["resumed_from"].endswith("checkpoint-2") and result.metrics["steps"] == 6


def test_marker_of_an_earlier_version_still_counts(tmp_path):
    # catches: checkpoints marked by an earlier workbench (sizes only, no checksums) no longer resumable
    folder = tmp_path / "checkpoint-2"
    folder.mkdir()
    (folder / "trainer_state.json").write_text("{}")
    (folder / finetune.COMPLETE_MARKER).write_text('{"global_step": 2, "files": {"trainer_state.json": 2}}')
    assert finetune.last_complete_checkpoint(tmp_path) == folder


def test_stale_adapter_folders_of_stopped_runs_are_removed(tmp_path):
    # catches: adapter.tmp-PID folders of runs killed during their final save piling up, run after run
    import os
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale, running = tmp_path / f"adapter.tmp-{int(gone.stdout)}", tmp_path / f"adapter.tmp-{os.getppid()}"
    for folder in (stale, running):
        folder.mkdir()
        (folder / "adapter_model.safetensors").write_bytes(b"half")
    finetune._prepare_output(tmp_path, resume=False, save_steps=None)
    assert not stale.exists() and running.exists()


def test_settings_are_saved_with_the_adapter_and_a_resumed_run_inherits_them(tiny_model_dir, tmp_path, capsys):
    # catches: an adapter whose settings are lost, or a resumed run that silently trains on with other
    # defaults (another learning rate, LoRA rank or checkpoint interval) than the run it continues
    from workbench.training_settings import SETTINGS_FILE, TrainingSettings

    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    first = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=2, batch_size=4,
                              learning_rate=1e-3, lora_r=4, save_steps=2, progress=False)
    assert TrainingSettings.load(first.adapter_path / SETTINGS_FILE) == first.settings
    assert (first.settings.lora_alpha, first.settings.max_length) == (8, 512)  # twice r; the generic length
    model, tokenizer = models.load_model(str(tiny_model_dir), quantization="none")
    resumed = finetune.finetune(model, tokenizer, _chat_data(), output_dir=tmp_path, max_steps=3, resume=True,
                                progress=False)
    assert (resumed.settings.learning_rate, resumed.settings.lora_r, resumed.settings.batch_size) == (1e-3, 4, 4)
    assert resumed.metrics["resumed_from"].endswith("checkpoint-2") and resumed.metrics["steps"] == 3
    assert "learning_rate          = 0.001  (inherited from checkpoint-2)" in capsys.readouterr().out
