"""The `workbench` command as a user runs it: doctor, datasets, errors without tracebacks, a short demo."""

import json
import os
import subprocess
import sys
import time
import unicodedata

import pytest


def _run(*args, env=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_doctor_prints_choices_and_reasons():
    # catches: doctor crashing on a machine without a GPU, or not saying why
    result = _run("doctor")
    assert result.returncode == 0, result.stderr
    assert "compute dtype" in result.stdout and "because:" in result.stdout and "vi-tiny-llama" in result.stdout


def test_datasets_lists_catalogue():
    # catches: the catalogue not finding the bundled datasheets
    result = _run("datasets")
    assert result.returncode == 0, result.stderr
    assert "support_emails" in result.stdout and "vi_corpus" in result.stdout


def test_unreachable_model_is_one_clear_line(tmp_path):
    # catches: a stack trace for a learner whose machine cannot reach the hub
    result = _run("chat", "Xin chào", "--model", "qwen2.5-0.5b-instruct",
                  env={"HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(tmp_path)})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "hf download" in result.stderr


@pytest.mark.slow
def test_short_demo_writes_json_results(tmp_path):
    # catches: the demo pipeline breaking end to end (load 4-bit, measure, train, measure, save, report)
    out = tmp_path / "results.json"
    result = _run("demo", "--max-train", "48", "--max-eval", "24", "--epochs", "1",
                  "--output-dir", str(tmp_path / "run"), "--json", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in ("accuracy_before", "accuracy_after", "total_seconds", "peak_memory_mb", "adapter_path", "model", "device",
                "accuracy_after_no_diacritics", "word_counter_accuracy", "word_counter_no_diacritics"):
        assert key in results
    assert results["learning_rate"] == 2e-3  # the bundled model's recommended rate, from the registry
    assert results["lora_layers_trained"] == results["lora_layers"] > 0  # every adapter trained (AVX512-BF16 repack)
    assert results["quantized_layers"] > 0 and results["device"] == "cpu"
    assert os.path.isfile(os.path.join(results["adapter_path"], "adapter_model.safetensors"))
    assert "before" in result.stdout and "Adapter saved to" in result.stdout


def _main_exit(capsys, *args):
    """Run the command in this process; return (exit code, stderr). argparse exits, the commands return."""
    from workbench import cli

    try:
        code = cli.main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    return code, capsys.readouterr().err


@pytest.mark.parametrize("args", [["demo", "--learning-rate", "0"], ["demo", "--learning-rate", "-1"],
                                  ["demo", "--learning-rate", "nan"], ["demo", "--epochs", "0"],
                                  ["demo", "--batch-size", "0"], ["demo", "--max-train", "0"],
                                  ["chat", "hi", "--max-new-tokens", "0"], ["chat", "hi", "--temperature", "inf"]])
def test_bad_number_is_refused_before_any_work(capsys, args):
    # catches: lr 0/nan training nothing and exiting 0, lr -1 or batch 0 as a torch traceback, --max-train 0 using all
    code, err = _main_exit(capsys, *args)
    assert code == 2 and f"error: argument {args[-2]}: must be" in err and f"{args[-1]!r}" in err
    assert len(err.strip().splitlines()) == 2 and f"workbench {args[0]} --help" in err


def test_missing_argument_is_two_lines_not_the_usage(capsys):
    # catches: argparse's usage block burying the one line that says what is missing
    code, err = _main_exit(capsys, "chat")
    assert code == 2 and err.startswith("error: the following arguments are required: message")
    assert len(err.strip().splitlines()) == 2


@pytest.mark.parametrize("args", [["autograde"], ["feedback"], ["release", "a", "b"]])
def test_grade_without_one_assignment_name_says_which_to_give(capsys, tmp_path, args):
    # catches: `workbench grade autograde` with no name ending in an IndexError traceback
    code, err = _main_exit(capsys, "grade", *args, "--course", str(tmp_path / "course"))
    assert code == 2 and f"`workbench grade {args[0]}` needs one assignment name" in err
    assert not (tmp_path / "course").exists()  # refused before anything was made


def test_student_option_belongs_to_autograde_only(capsys, tmp_path):
    code, err = _main_exit(capsys, "grade", "feedback", "x", "--student", "anh", "--course", str(tmp_path / "c"))
    assert code == 2 and "--student is for `workbench grade autograde` only" in err


def test_empty_chat_message_is_refused(capsys):
    # catches: an empty message loading the model and printing a reply to nothing
    code, err = _main_exit(capsys, "chat", "   ")
    assert code == 2 and "The message is empty" in err


def test_dataset_typo_suggests_the_nearest_name(capsys):
    # catches: a typo (or capitals) answered with the list only, leaving the learner to spot the difference
    code, err = _main_exit(capsys, "datasets", "Support_Emal")
    assert code == 2 and "Did you mean `workbench datasets support_emails`?" in err


def test_json_inside_a_file_fails_before_training(capsys, tmp_path):
    # catches: a FileExistsError traceback after minutes of training, with the results lost
    (tmp_path / "results.json").write_text("{}")
    started = time.time()
    code, err = _main_exit(capsys, "demo", "--json", str(tmp_path / "results.json" / "out.json"),
                           "--output-dir", str(tmp_path / "run"))
    assert code == 2 and "is a file, so the results file (--json)" in err
    assert not (tmp_path / "run").exists() and time.time() - started < 60


def test_json_that_is_a_folder_is_refused(capsys, tmp_path):
    # catches: IsADirectoryError from the final rename, after the whole run
    code, err = _main_exit(capsys, "demo", "--json", str(tmp_path), "--output-dir", str(tmp_path / "run"))
    assert code == 2 and "as the results file (--json): it is a folder" in err


def test_output_dir_that_is_a_file_is_refused(capsys, tmp_path):
    # catches: NotADirectoryError from finetune after the base model was loaded and measured
    (tmp_path / "run").write_text("")
    code, err = _main_exit(capsys, "demo", "--output-dir", str(tmp_path / "run"))
    assert code == 2 and "as the output folder (--output-dir): it is a file" in err


def test_student_copies_to_empty_name_is_refused(capsys):
    # catches: '' silently writing 18 notebooks into the current folder
    code, err = _main_exit(capsys, "student-copies", "")
    assert code == 2 and "argument out: is empty" in err


def test_unwritable_path_is_one_line_not_a_traceback(capsys, tmp_path):
    # catches: an OSError traceback for a path the user gave (here a folder inside a file)
    (tmp_path / "file").write_text("")
    code, err = _main_exit(capsys, "student-copies", str(tmp_path / "file"))
    assert code == 2 and err.startswith("error: Not a directory: ") and "Traceback" not in err


def test_message_longer_than_the_context_is_refused(capsys, tiny_model_dir):
    # catches: a message past max_position_embeddings answered with blank lines and exit code 0
    code, err = _main_exit(capsys, "chat", "Tôi muốn hỏi về đơn hàng. " * 400, "--model", str(tiny_model_dir),
                           "--max-new-tokens", "4")
    assert code == 2 and "reads at most 1024 tokens" in err and "Shorten the message" in err


def test_chat_sends_vietnamese_in_nfc():
    # catches: NFD input (decomposed accents) reaching a tokenizer that does not normalise it itself
    from workbench import generate

    nfd = unicodedata.normalize("NFD", "Tôi muốn hỏi về đơn hàng")
    messages = generate.build_messages(nfd, system=unicodedata.normalize("NFD", "Trả lời ngắn gọn"))
    assert [m["content"] for m in messages] == ["Trả lời ngắn gọn", "Tôi muốn hỏi về đơn hàng"]
    assert all(unicodedata.is_normalized("NFC", m["content"]) for m in messages)


def test_pretrain_texts_needs_a_model_to_continue(capsys):
    # catches: --texts silently ignored (a from-scratch run of an hour instead of continued pretraining)
    code, err = _main_exit(capsys, "pretrain", "--texts", "emails.txt")
    assert code != 0 and "--continue-from" in err


def test_continued_pretraining_names_a_missing_texts_file(capsys, tmp_path):
    # catches: a typo in the file name failing as a traceback after the model has loaded
    code, err = _main_exit(capsys, "pretrain", "--continue-from", "vi-tiny-llama", "--texts", str(tmp_path / "nope.txt"),
                           "--out", str(tmp_path / "out"))
    assert code != 0 and "There is no file" in err and "nope.txt" in err
