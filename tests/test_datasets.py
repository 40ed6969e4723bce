"""Every bundled dataset loads, matches its datasheet, is NFC, and keeps its splits apart."""

import csv
import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from workbench import data

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = data.catalogue()
CHECK_SCRIPTS = sorted((ROOT / "datasets").glob("*/check.py"))
EXPECTED = {"support_emails", "vi_corpus", "hr_policy", "instructions", "vmlu_style", "inventory"}


def _raw_records(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_catalogue_has_every_dataset():
    # catches: a dataset folder without a parseable datasheet
    assert EXPECTED <= set(CATALOGUE)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_datasheet_sizes_and_fields_match_files(name):
    # catches: a datasheet that drifted from the data it describes
    info = CATALOGUE[name]
    for file_name, stated in info.files.items():
        records = _raw_records(info.folder / file_name)
        assert len(records) == stated, f"{name}/{file_name}: datasheet says {stated}, file has {len(records)}"
        fields = set(info.fields_of(file_name))
        for record in records:
            assert set(record) == fields, f"{name}/{file_name}: fields {set(record)} != datasheet {fields}"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_loads_as_hf_dataset_with_valid_labels(name):
    # catches: a bundled file that the workbench's own validation rejects
    info = CATALOGUE[name]
    loaded = data.load_dataset(name)
    assert set(loaded) == set(info.splits)
    for split, stated in zip(info.splits, info.files.values()):
        assert len(loaded[split]) == stated
    # a labelled dataset without a labels list would accept any typo as a new class
    assert not info.label_field or info.labels, f"{name}: datasheet has label_field but no labels"
    if info.labels and info.label_field:
        for split in loaded.values():
            if info.label_field in split.column_names:
                assert set(split[info.label_field]) <= set(info.labels)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_text_is_nfc_and_nonempty(name):
    # catches: NFD or empty text in bundled data
    info = CATALOGUE[name]
    for file_name in info.files:
        for record in _raw_records(info.folder / file_name):
            for value in record.values():
                for text in _strings(value):
                    assert unicodedata.is_normalized("NFC", text), f"{name}/{file_name}: not NFC: {text[:40]}"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_ids_unique_and_no_record_in_two_splits(name):
    # catches: leakage of identical examples from training into held-out splits
    info = CATALOGUE[name]
    seen_ids, seen_content = set(), {}
    for file_name in info.files:
        for record in _raw_records(info.folder / file_name):
            key = record.get("id") or record.get("sku")
            if key is not None:
                assert key not in seen_ids, f"{name}: duplicate id {key}"
                seen_ids.add(key)
            content = json.dumps({k: v for k, v in record.items() if k not in {"id", "split"}}, sort_keys=True,
                                 ensure_ascii=False)
            assert seen_content.setdefault(content, file_name) == file_name, f"{name}: record in two files"


def test_support_email_splits_share_no_template():
    # catches: held-out emails that are training templates with new numbers
    emails = data.load_dataset("support_emails")
    templates = {split: set(ds["template"]) for split, ds in emails.items()}
    assert not templates["train"] & templates["test"]
    assert not templates["train"] & templates["validation"]
    assert not templates["validation"] & templates["test"]
    assert len(data.describe("support_emails").labels) >= 6
    assert sum(len(ds) for ds in emails.values()) >= 600


def test_corpus_is_large_and_validation_sentences_unseen():
    # catches: a corpus too small to pretrain on, or held-out perplexity measured on training text
    corpus = data.load_dataset("vi_corpus")
    texts = {split: list(ds["text"]) for split, ds in corpus.items()}
    assert sum(len(t.encode()) for split in texts.values() for t in split) >= 500_000
    assert sum(len(split) for split in texts.values()) >= 300

    def sentences(docs):
        return {s.strip() for d in docs for s in d.replace("\n", ". ").split(". ") if len(s.strip()) > 30}

    assert not sentences(texts["train"]) & sentences(texts["validation"])


def test_hr_answers_cite_an_existing_passage_verbatim():
    # catches: Q&A pairs whose cited evidence is not in the passage they point to
    passages = {r["id"]: r["text"] for r in data.load_dataset("hr_policy", "policies")}
    qa = data.load_dataset("hr_policy", "qa")
    assert len(qa) >= 150
    for pair in qa:
        assert pair["passage_id"] in passages, pair["id"]
        assert pair["evidence"] in passages[pair["passage_id"]], pair["id"]


def test_vmlu_style_questions_are_well_formed():
    # catches: a question without four distinct options or with an answer key out of range
    questions = data.load_dataset("vmlu_style")
    total = 0
    for split in questions.values():
        for q in split:
            assert len(q["choices"]) == 4 and len(set(q["choices"])) == 4, q["id"]
            assert q["answer"] in "ABCD" and len(q["answer"]) == 1, q["id"]
            total += 1
    assert total >= 200


def test_inventory_labels_follow_the_documented_rule():
    # catches: labels drifting from the rule the datasheet documents (beyond its ~3% deliberate noise)
    import importlib.util

    info = data.describe("inventory")
    spec = importlib.util.spec_from_file_location("inventory_make", info.folder / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    rows = data.load_dataset("inventory", "inventory")
    agree = sum(make.risk_rule(dict(r))[0] == r["risk"] for r in rows)
    assert agree / len(rows) >= 0.95


def test_instruction_pairs_are_enough_for_sft():
    # catches: the SFT set shrinking below what the lessons need
    pairs = data.load_dataset("instructions")
    assert sum(len(s) for s in pairs.values()) >= 500


def _run_check(script: Path) -> subprocess.CompletedProcess:
    """`python datasets/<name>/check.py`, as its docstring says to run it."""
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("script", CHECK_SCRIPTS, ids=lambda p: p.parent.name)
def test_check_script_passes_on_the_shipped_data(script):
    # catches: bundled data or a datasheet that the dataset's own check.py rejects
    result = _run_check(script)
    assert result.returncode == 0, (f"python {script.relative_to(ROOT)} failed:\n"
                                    f"{result.stdout[-4000:]}{result.stderr[-4000:]}")


@pytest.mark.parametrize("script", CHECK_SCRIPTS, ids=lambda p: p.parent.name)
def test_check_script_rejects_a_datasheet_count_that_is_off(script, tmp_path):
    # catches: a check.py that no longer compares the files with the datasheet read by datasets/datasheet.py
    folder = tmp_path / script.parent.name
    shutil.copytree(script.parent, folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "datasets" / "datasheet.py", tmp_path)
    file_name, stated = next(iter(CATALOGUE[script.parent.name].files.items()))
    sheet = folder / "README.md"
    text = sheet.read_text(encoding="utf-8")
    assert text.count(f"  {file_name}: {stated}\n") == 1, f"{sheet}: the count of {file_name} is not on one line"
    sheet.write_text(text.replace(f"  {file_name}: {stated}\n", f"  {file_name}: {stated + 1}\n"), encoding="utf-8")
    result = _run_check(folder / "check.py")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{script.parent.name}/check.py accepts a datasheet that says {stated + 1} records"
    assert file_name in output and str(stated + 1) in output, f"the failure should name the file and count:\n{output}"
