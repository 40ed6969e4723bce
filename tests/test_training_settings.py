"""Each training default has one home: TrainingSettings and the model's registry entry (no training here)."""

import json

import pytest

from workbench import registry
from workbench.training_settings import SETTINGS_FILE, TrainingSettings


def test_a_loaded_models_folder_finds_its_registry_entry(tmp_path):
    # catches: finetune(model) training the bundled model, or a cached hub model, at the generic settings
    # because the folder it was loaded from (model.name_or_path) is not recognised
    bundled = registry.REGISTRY[registry.BUNDLED_MODEL]
    assert registry.recommended(bundled.path_or_id) is bundled
    snapshot = tmp_path / "hub" / "models--Qwen--Qwen2.5-7B-Instruct" / "snapshots" / "0123abcd"
    snapshot.mkdir(parents=True)
    assert registry.recommended(snapshot).key == "qwen2.5-7b-instruct"
    assert registry.recommended(tmp_path) is registry.GENERIC


def test_unset_settings_come_from_the_model_and_given_ones_win():
    # catches: the bundled model's 2e-3 applied to a hub model (ten times its rate), or a user's value overridden
    settings, sources = TrainingSettings.for_run("qwen2.5-0.5b-instruct", {"batch_size": 4})
    assert (settings.learning_rate, settings.max_length, settings.lora_r, settings.lora_alpha) == (2e-4, 512, 16, 32)
    assert settings.batch_size == 4 and sources["batch_size"] == "given"
    assert sources["learning_rate"] == "recommended for qwen2.5-0.5b-instruct" and sources["epochs"] == "default"
    tiny, _ = TrainingSettings.for_run(registry.BUNDLED_MODEL, {"learning_rate": 5e-3, "lora_r": 8})
    assert (tiny.learning_rate, tiny.max_length, tiny.lora_alpha) == (5e-3, 384, 16)


def test_a_resumed_run_inherits_the_checkpoints_settings(tmp_path):
    # catches: a resumed run silently switching to other defaults (another rate, rank or batch) half-way
    checkpoint = tmp_path / "checkpoint-24"
    checkpoint.mkdir()
    TrainingSettings(learning_rate=1e-2, batch_size=4, lora_r=8, lora_alpha=8, max_length=256,
                     save_steps=12).save(checkpoint)
    settings, sources = TrainingSettings.for_run(registry.BUNDLED_MODEL, {"max_steps": 30}, checkpoint)
    assert (settings.learning_rate, settings.batch_size, settings.lora_r, settings.save_steps) == (1e-2, 4, 8, 12)
    assert settings.max_steps == 30 and sources["max_steps"] == "given"
    assert sources["learning_rate"] == "inherited from checkpoint-24"
    assert "learning_rate          = 0.01  (inherited from checkpoint-24)" in settings.describe(sources)


def test_settings_file_round_trips_and_tolerates_other_versions(tmp_path):
    # catches: a settings file that cannot be read back, or one written by a newer workbench refused outright
    settings = TrainingSettings(epochs=3).resolved(registry.REGISTRY[registry.BUNDLED_MODEL])
    path = settings.save(tmp_path)
    assert path.name == SETTINGS_FILE and TrainingSettings.load(path) == settings
    path.write_text(json.dumps({**json.loads(path.read_text()), "a_setting_from_the_future": 1}))
    assert TrainingSettings.load(path) == settings
    assert TrainingSettings.load(tmp_path / "missing.json") is None


def test_unknown_setting_names_are_refused():
    # catches: a typo (learnig_rate) silently ignored, so the run trains at the default rate
    with pytest.raises(TypeError, match="learnig_rate"):
        TrainingSettings.for_run(registry.BUNDLED_MODEL, {"learnig_rate": 1e-3})


def test_every_sft_field_the_workbench_sets_is_explained(tmp_path):
    # catches: a field added to training_config without the comment Level 3 lesson 5 prints for it
    from workbench import finetune, hardware

    hw = hardware.detect()
    values = finetune._sft_values(tmp_path, TrainingSettings().resolved(), hardware.choose(hw), hw, False, True)
    assert set(values) == set(finetune.SFT_FIELDS)
    config = finetune.training_config(tmp_path, hardware.choose(hw), hw, learning_rate=3e-4, progress=False)
    lines = finetune.describe_training_config(config).splitlines()
    assert len(lines) == len(finetune.SFT_FIELDS) and "learning_rate = 0.0003  # the peak rate" in lines[6]
    assert "lr_scheduler_type = 'cosine'" in finetune.describe_training_config(config)
