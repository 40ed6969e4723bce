"""Merging a LoRA adapter and exporting to ONNX: same numbers as PyTorch, no half-written files (workbench.export)."""

import copy

import pytest
import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer

from workbench import export, models

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("export")

PROMPT = [{"role": "user", "content": "Giao hàng chậm quá, khi nào tôi nhận được hàng?"}]


@pytest.fixture(scope="module")
def adapter_dir(tiny_model_dir, tmp_path_factory):
    """A LoRA adapter with random, non-zero B matrices, so that merging it changes the outputs."""
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules="all-linear",
                                                  task_type="CAUSAL_LM"))
    with torch.no_grad():
        for name, param in peft_model.named_parameters():
            if "lora_B" in name:
                param.normal_(std=0.2)
    folder = tmp_path_factory.mktemp("adapter")
    peft_model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def merged_dir(tiny_model_dir, adapter_dir, tmp_path_factory):
    return export.merge_adapter(str(tiny_model_dir), adapter_dir, tmp_path_factory.mktemp("out") / "merged")


@pytest.fixture(scope="module")
def onnx_path(merged_dir):
    return export.export_onnx(merged_dir, merged_dir.parent / "onnx" / "model.onnx")


@pytest.fixture(scope="module")
def merged(merged_dir):
    model = AutoModelForCausalLM.from_pretrained(merged_dir, dtype=torch.float32).eval()
    return model, AutoTokenizer.from_pretrained(merged_dir)


def _batch(tokenizer, seq_len):
    """Two rows of random tokens; the first is left-padded by three, as batched generation pads."""
    ids = torch.randint(3, len(tokenizer), (2, seq_len), generator=torch.Generator().manual_seed(seq_len))
    mask = torch.ones_like(ids)
    mask[0, :3] = 0
    ids[0, :3] = tokenizer.pad_token_id
    return ids, mask


def test_merged_logits_equal_base_plus_adapter(tiny_model_dir, adapter_dir, merged):
    # catches: an adapter dropped, scaled wrongly (alpha/r) or merged into the wrong layers
    model, tokenizer = merged
    with_adapter, _ = models.load_model(str(tiny_model_dir), quantization="none", adapter=adapter_dir)
    plain, _ = models.load_model(str(tiny_model_dir), quantization="none")
    ids = tokenizer(["Xin chào, tôi muốn hỏi về đơn hàng của tôi."], return_tensors="pt")["input_ids"]
    with torch.no_grad():
        expected = with_adapter(input_ids=ids).logits
        actual = model(input_ids=ids).logits
        unchanged = plain(input_ids=ids).logits
    assert torch.allclose(actual, expected, atol=1e-4)
    assert not torch.allclose(actual, unchanged, atol=1e-2)  # the adapter really did something


def test_merged_folder_is_a_plain_model(merged_dir):
    # catches: saving the PEFT wrapper (adapter files) instead of a model other runtimes can load
    assert (merged_dir / "config.json").exists() and (merged_dir / "tokenizer.json").exists()
    assert not (merged_dir / "adapter_config.json").exists()


@pytest.mark.parametrize("seq_len", [6, 17])
def test_onnx_logits_equal_pytorch(onnx_path, merged, seq_len):
    # catches: a sequence length or batch size frozen into the graph, or the attention mask ignored
    model, tokenizer = merged
    ids, mask = _batch(tokenizer, seq_len)
    with torch.no_grad():
        expected = model(input_ids=ids, attention_mask=mask).logits.numpy()
    actual = export.OnnxGenerator(onnx_path, tokenizer).logits(ids.numpy(), mask.numpy())
    assert actual.shape == expected.shape
    real = mask.numpy().astype(bool)  # padded positions are never read, so their logits may differ
    assert abs(actual[real] - expected[real]).max() < 1e-3


def test_onnx_greedy_generation_equals_pytorch(onnx_path, merged):
    # catches: an off-by-one in the decoding loop, or logits read at the wrong position
    model, tokenizer = merged
    text = tokenizer.apply_chat_template(PROMPT, tokenize=False, add_generation_prompt=True)
    prompt_ids = tokenizer(text, add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        output = model.generate(prompt_ids, max_new_tokens=8, do_sample=False,
                                eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    expected = output[0, prompt_ids.shape[1]:].tolist()
    generator = export.OnnxGenerator(onnx_path, tokenizer)
    assert generator.generate_ids(prompt_ids[0].tolist(), max_new_tokens=8) == expected
    assert export.onnx_generate(onnx_path, tokenizer, PROMPT, 8) == tokenizer.decode(
        expected, skip_special_tokens=True).strip()


def test_onnx_min_new_tokens_equals_pytorch(onnx_path, merged):
    # catches: the end-of-turn token allowed too early (or never), so fixed-length timings compare unequal work
    model, tokenizer = merged
    prompt_ids = tokenizer("Xin chào", add_special_tokens=False, return_tensors="pt")["input_ids"]
    first = int(model(input_ids=prompt_ids).logits[0, -1].argmax())
    stopper = copy.deepcopy(tokenizer)
    stopper.eos_token = tokenizer.convert_ids_to_tokens(first)  # greedy would stop at once without the minimum
    with torch.no_grad():
        output = model.generate(prompt_ids, max_new_tokens=12, min_new_tokens=12, do_sample=False,
                                eos_token_id=first, pad_token_id=tokenizer.pad_token_id)
    generator = export.OnnxGenerator(onnx_path, stopper)
    assert generator.generate_ids(prompt_ids[0].tolist(), 12) == [first]
    generated = generator.generate_ids(prompt_ids[0].tolist(), 12, min_new_tokens=12)
    assert generated == output[0, prompt_ids.shape[1]:].tolist() and len(generated) == 12


def test_no_temporary_files_left(onnx_path, merged_dir):
    # catches: a crash-safe write that forgets to clean up its temporary folder
    for folder in (merged_dir.parent, onnx_path.parent):
        assert not [p.name for p in folder.iterdir() if ".tmp" in p.name or ".old" in p.name]
    assert [p.name for p in onnx_path.parent.iterdir()] == ["model.onnx"]


def test_merge_replaces_an_existing_folder(tiny_model_dir, adapter_dir, merged_dir):
    # catches: a second merge into the same folder failing, or leaving stale files from the first
    (merged_dir / "stale.txt").write_text("from an earlier run")
    export.merge_adapter(str(tiny_model_dir), adapter_dir, merged_dir)
    assert not (merged_dir / "stale.txt").exists() and (merged_dir / "config.json").exists()


def test_exporter_falls_back_to_torchscript(merged_dir, tmp_path, monkeypatch):
    # catches: an export that dies where the dynamo exporter cannot handle a model, instead of falling back
    real = export._export

    def dynamo_fails(module, example, path, dynamo, large):
        if dynamo:
            raise RuntimeError("simulated dynamo failure")
        real(module, example, path, dynamo, large)

    monkeypatch.setattr(export, "_export", dynamo_fails)
    path = export.export_onnx(merged_dir, tmp_path / "model.onnx")
    tokenizer = AutoTokenizer.from_pretrained(merged_dir)
    assert export.OnnxGenerator(path, tokenizer).logits([[5, 6, 7]]).shape == (1, 3, len(tokenizer))
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]


def test_merge_refuses_to_replace_the_folder_holding_the_adapter(tiny_model_dir, adapter_dir, tmp_path):
    # catches: out_dir=runs/emails replacing the whole run folder, adapter and checkpoints with it
    import shutil

    from workbench.errors import WorkbenchError
    adapter = shutil.copytree(adapter_dir, tmp_path / "run" / "adapter")
    with pytest.raises(WorkbenchError, match="would overwrite the adapter"):
        export.merge_adapter(str(tiny_model_dir), adapter, tmp_path / "run")
    with pytest.raises(WorkbenchError, match="would overwrite the base model"):
        export.merge_adapter(str(tiny_model_dir), adapter, tiny_model_dir)
    assert (adapter / "adapter_config.json").exists() and (tiny_model_dir / "config.json").exists()


def test_unusable_output_paths_are_refused_before_loading(tiny_model_dir, adapter_dir, merged_dir, tmp_path):
    # catches: a file silently replaced by a folder, or an IsADirectoryError after the export's work is done
    from workbench.errors import WorkbenchError
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(WorkbenchError, match="is a file"):
        export.merge_adapter(str(tiny_model_dir), adapter_dir, notes)
    with pytest.raises(WorkbenchError, match="is a folder"):
        export.export_onnx(merged_dir, tmp_path)
    with pytest.raises(WorkbenchError, match="Cannot create the folder"):
        export.export_onnx(merged_dir, notes / "model.onnx")
    assert notes.read_text() == "mine"
