"""Cheap checks that the upstream keywords the workbench passes still exist (TRL, PEFT, transformers, hub).

Their APIs drift often; a learner meets the drift as a broken first cell. These fail loudly instead.
"""

import dataclasses
import inspect

import pytest


def _params(fn):
    return set(inspect.signature(fn).parameters)


def test_sftconfig_has_every_field_we_set():
    # catches: a renamed or removed SFTConfig/TrainingArguments field (e.g. max_seq_length -> max_length)
    from trl import SFTConfig

    fields = {f.name for f in dataclasses.fields(SFTConfig)}
    used = {"output_dir", "num_train_epochs", "max_steps", "per_device_train_batch_size", "per_device_eval_batch_size",
            "gradient_accumulation_steps", "learning_rate", "lr_scheduler_type", "warmup_steps", "weight_decay",
            "max_length", "completion_only_loss", "packing", "bf16", "fp16", "use_cpu", "gradient_checkpointing",
            "optim", "logging_steps", "save_strategy", "save_steps", "save_total_limit", "eval_strategy",
            "report_to", "seed", "data_seed", "disable_tqdm", "dataloader_num_workers"}
    assert used <= fields, sorted(used - fields)


def test_workbench_training_config_builds(tmp_path):
    # catches: values TRL now rejects (e.g. a float warmup_steps) before a learner's run does
    from workbench import finetune, hardware

    hw = hardware.detect()
    args = finetune.training_config(tmp_path, hardware.choose(hw), hw, save_steps=10)
    assert args.completion_only_loss is True and args.report_to in ([], "none", ["none"])


def test_sfttrainer_accepts_processing_class():
    # catches: the tokenizer= -> processing_class= rename
    from trl import SFTTrainer

    assert {"model", "args", "train_dataset", "eval_dataset", "processing_class", "callbacks"} <= _params(SFTTrainer.__init__)


def test_peft_keywords():
    # catches: PEFT renames in the calls add_adapter and load_model make
    from peft import LoraConfig, PeftModel, prepare_model_for_kbit_training

    LoraConfig(r=8, lora_alpha=16, lora_dropout=0.05, target_modules="all-linear", task_type="CAUSAL_LM")
    assert "use_gradient_checkpointing" in _params(prepare_model_for_kbit_training)
    assert "is_trainable" in _params(PeftModel.from_pretrained)


def test_bitsandbytes_config_keywords():
    # catches: a renamed NF4 option in transformers' BitsAndBytesConfig
    import torch
    from transformers import BitsAndBytesConfig

    cfg = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                             bnb_4bit_compute_dtype=torch.float32)
    assert cfg.load_in_4bit and cfg.bnb_4bit_quant_type == "nf4" and cfg.bnb_4bit_use_double_quant


def test_from_pretrained_accepts_dtype(tiny_model_dir):
    # catches: transformers moving between torch_dtype= and dtype=
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    assert next(model.parameters()).dtype == torch.float32


def test_hub_download_keywords():
    # catches: snapshot_download losing allow_patterns/local_files_only, or the error classes moving
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError  # noqa: F401

    assert {"allow_patterns", "local_files_only", "cache_dir"} <= _params(snapshot_download)


@pytest.mark.parametrize("name", ["on_save", "on_log"])
def test_trainer_callback_hooks_exist(name):
    # catches: callback hooks the checkpoint marker and live loss plot rely on
    from transformers import TrainerCallback

    assert callable(getattr(TrainerCallback, name))


def test_key_value_cache_argument_is_the_current_name(tiny_model_dir):
    # catches: evaluate.choice_logprobs passing the cache under a name transformers renamed (it warned on
    # every lesson run when `past_key_values` became `cache`), or reading it from the wrong output field
    import logging

    import torch
    from transformers import AutoModelForCausalLM

    from workbench.evaluate import cache_argument

    class Collect(logging.Handler):
        def __init__(self):
            super().__init__()
            self.messages = []

        def emit(self, record):
            self.messages.append(record.getMessage())

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    name = cache_argument(model)
    assert name in _params(model.forward)
    out = model(input_ids=torch.tensor([[5, 6, 7]]), use_cache=True)
    collect = Collect()
    logging.getLogger("transformers").addHandler(collect)
    try:
        cache = getattr(out, name)
        model(input_ids=torch.tensor([[8]]), **{name: cache})
    finally:
        logging.getLogger("transformers").removeHandler(collect)
    assert not [m for m in collect.messages if "deprecated" in m], collect.messages
