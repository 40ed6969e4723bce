"""The no-code fine-tuning form, driven without a browser: upload, validation, estimate, one real fine-tune."""

import csv
import datetime
import io
import json
import unicodedata
import warnings
import zipfile

import pytest

from workbench import data, widgets

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("widgets")

MESSAGES = {
    "giao hàng": ["Đơn hàng của tôi đặt từ thứ Hai mà vẫn chưa nhận được.", "Tôi muốn đổi địa chỉ nhận hàng.",
                  "Shipper gọi mà tôi không nghe máy, giao lại được không?", "Phí vận chuyển ra Đà Nẵng bao nhiêu?",
                  "Mã vận đơn tra không ra thông tin gì.", "Thùng hàng giao đến bị móp méo."],
    "thanh toán": ["Tôi chuyển khoản rồi mà đơn vẫn báo chưa thanh toán.", "Thẻ bị trừ tiền hai lần.",
                   "Shop có hỗ trợ trả góp không?", "Mã giảm giá không áp dụng được.",
                   "Tôi cần xuất hóa đơn VAT cho công ty.", "Thanh toán qua ví điện tử báo lỗi."],
    "đổi trả": ["Áo bị sai size, tôi muốn đổi size lớn hơn.", "Sản phẩm lỗi ngay khi mở hộp, cho tôi trả lại.",
                "Bao lâu thì tôi nhận được tiền hoàn?", "Tôi lỡ vứt hộp thì còn đổi được không?",
                "Màu khác hẳn ảnh trên web, tôi muốn trả lại.", "Phí gửi trả hàng do ai chịu?"],
    "tài khoản": ["Tôi quên mật khẩu và không đăng nhập được.", "Mã OTP không gửi về điện thoại.",
                  "Tài khoản bị khóa sau khi nhập sai mật khẩu.", "Điểm thành viên của tôi biến mất.",
                  "Có người lạ đăng nhập vào tài khoản của tôi.", "Tôi muốn xóa tài khoản."],
}
ROWS = [(text, label) for label, texts in MESSAGES.items() for text in texts]  # 24 examples, 6 per label


def _csv(rows, header=("text", "label")) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _cp1258(text: str) -> bytes:
    """Text as Excel saves it in Windows-1258: base letter with its hat or horn, then a combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        marks = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in tones))
        out.append(base + "".join(m for m in marks if m in tones))
    return "".join(out).encode("cp1258")


@pytest.fixture
def loaded(tmp_path):
    form = widgets.FineTuneForm(output_dir=tmp_path)
    assert form.load_examples("tin_nhan.csv", _csv(ROWS))
    return form


def test_valid_csv_sets_records_and_counts(loaded):
    # catches: a clean upload that is not taken up, or counts that disagree with the file
    assert loaded.errors == []
    assert len(loaded.records) == 24 and loaded.file_name == "tin_nhan.csv"
    assert loaded.label_counts == {label: 6 for label in MESSAGES}
    assert "24 examples, 4 labels" in loaded.status


BROKEN = {
    "missing column": (_csv(ROWS, header=("noi_dung", "label")), ["sai.csv:1:", "the header has no column 'text'"]),
    "wrong label": (_csv(ROWS[:5] + [("Hàng tới chậm quá.", "giao hang")] + ROWS[5:]),
                    ["sai.csv:7: field 'label' is 'giao hang'", "Did you mean 'giao hàng'?"]),
    "empty text": (_csv(ROWS + [("  ", "giao hàng")]), ["sai.csv:26: field 'text' is empty"]),
    "bad encoding": (b"text,label\n" + _cp1258("Đơn hàng chưa tới,giao hàng\n"), ["sai.csv:2:", "not UTF-8", "CP1258"]),
    "one label only": (_csv([(t, "giao hàng") for t, _ in ROWS]), ["sai.csv", "at least two labels"]),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_malformed_file_shows_line_and_field_and_keeps_previous_state(loaded, case):
    # catches: a bad upload that crashes the form, hides where the problem is, or wipes the good examples
    content, expected = BROKEN[case]
    records, planned = loaded.records, loaded.planned
    assert loaded.load_examples("sai.csv", content) is False
    message = "\n".join(loaded.errors)
    for part in expected:
        assert part in message, (part, message)
    assert "upload-" not in message  # the learner's file name, not our temporary copy
    assert loaded.records is records and loaded.file_name == "tin_nhan.csv" and loaded.planned is planned
    assert "still uses tin_nhan.csv (24 examples)" in loaded.status


def test_fixed_labels_reject_a_label_outside_them(tmp_path):
    # catches: labels given to the form not being enforced on the upload
    form = widgets.FineTuneForm(labels=list(MESSAGES)[:3], output_dir=tmp_path)
    assert form.load_examples("tin_nhan.csv", _csv(ROWS)) is False
    assert "tin_nhan.csv:20: field 'label' is 'tài khoản'" in form.errors[0]


def test_unsupported_file_type_is_an_error_not_a_crash(loaded):
    # catches: an exception escaping to the browser for a file the reader cannot handle
    assert loaded.load_examples("bang.xlsx", b"PK\x03\x04 binary") is False
    assert "bang.xlsx" in loaded.errors[0] and ".csv" in loaded.errors[0]


def test_upload_value_of_ipywidgets_8_and_7_is_read():
    # catches: reading only one ipywidgets version's FileUpload.value (Colab ships 7, JupyterLab 4 uses 8)
    content = _csv(ROWS)
    v8 = ({"name": "a.csv", "type": "text/csv", "size": len(content), "last_modified": 0,
           "content": memoryview(content)},)
    v7 = {"a.csv": {"metadata": {"name": "a.csv", "type": "text/csv", "size": len(content), "lastModified": 0},
                    "content": content}}
    assert widgets.read_upload(v8) == [("a.csv", content)]
    assert widgets.read_upload(v7) == [("a.csv", content)]
    assert widgets.read_upload(()) == [] and widgets.read_upload({}) == []


@pytest.mark.parametrize("shape", ["v7", "v8"])
def test_upload_handler_loads_either_shape(tmp_path, shape):
    # catches: the view's upload handler not passing the file on to the form
    view = widgets.fine_tune_form(output_dir=tmp_path)
    content = _csv(ROWS)
    value = ({"name": "up.csv", "content": memoryview(content)},) if shape == "v8" else \
        {"up.csv": {"metadata": {"name": "up.csv"}, "content": content}}
    view._on_upload({"new": value})
    assert view.form.file_name == "up.csv" and len(view.form.records) == 24
    assert "24 examples" in view.status_html.value and not view.run_button.disabled


def test_setting_the_upload_widget_triggers_loading(tmp_path):
    # catches: the observer not wired to FileUpload.value in the installed ipywidgets
    view = widgets.fine_tune_form(output_dir=tmp_path)
    content = _csv(ROWS)
    if isinstance(view.upload.value, dict):  # ipywidgets 7: value is read-only, the widget sets it this way
        view.upload.set_trait("value", {"w.csv": {"metadata": {"name": "w.csv"}, "content": content}})
    else:
        view.upload.set_trait("value", ({"name": "w.csv", "type": "text/csv", "size": len(content),
                                         "last_modified": datetime.datetime.now(datetime.timezone.utc),
                                         "content": memoryview(content)},))
    assert view.form.file_name == "w.csv"


def test_estimate_button_fills_the_estimate(tmp_path):
    # catches: the estimate button not wired, or an estimate that ignores the uploaded examples
    view = widgets.fine_tune_form(output_dir=tmp_path)
    view.form.load_examples("tin_nhan.csv", _csv(ROWS))
    view.max_steps.value = 7
    view.estimate_button.click()
    planned = view.form.planned
    assert view.form.errors == [] and isinstance(planned, widgets.Estimate)
    assert planned.steps == 7 and planned.memory.total > 0 and planned.seconds > 0
    assert "LoRA adapters" in view.estimate_html.value and "7 steps" in view.estimate_html.value


def test_estimate_without_examples_says_what_to_do(tmp_path):
    # catches: an estimate that crashes (or invents numbers) before any data is there
    form = widgets.FineTuneForm(output_dir=tmp_path)
    assert form.estimate() is None and "Upload examples first" in form.errors[0]


def test_unknown_model_is_refused_and_the_choice_kept(loaded):
    # catches: a typo in the model name surfacing only as a download error at training time
    assert loaded.choose_model("qwen-typo") is False
    assert loaded.model_name == "vi-tiny-llama" and "qwen2.5-0.5b-instruct" in loaded.errors[0]


def test_held_out_split_keeps_every_label_and_never_overlaps(loaded):
    # catches: a held-out set missing a label, or examples both trained on and tested on
    train, held_out = loaded.split()
    assert {r["label"] for r in held_out} == set(MESSAGES)
    assert len(train) + len(held_out) == 24
    assert not {r["text"] for r in train} & {r["text"] for r in held_out}


def test_the_form_presents_the_learners_texts_as_texts_not_customer_emails(loaded):
    # catches: a learner's tickets or reviews put to the model as "a customer's email" (the bundled task's prompt)
    messages = loaded._prompt("Máy in tầng 3 bị kẹt giấy.", list(MESSAGES))   # the third-floor printer is jammed
    prompt = " ".join(m["content"] for m in messages)
    assert data.TEXT_INSTRUCTION in prompt and "email" not in prompt and "khách hàng" not in prompt


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    view = widgets.fine_tune_form(output_dir=tmp_path_factory.mktemp("form-run"))
    view.form.load_examples("tin_nhan.csv", _csv(ROWS))
    view.max_steps.value = 4
    view.run_button.click()
    return view


def test_fine_tune_through_the_form_saves_an_adapter(finished):
    # catches: the run button not reaching workbench.finetune, or an adapter not written to disk
    result = finished.form.result
    assert finished.form.errors == [], finished.form.errors
    assert (result.adapter_path / "adapter_config.json").is_file()
    assert result.finetune.metrics["steps"] == 4 and result.train_size == 16 and len(result.held_out) == 8


def test_fine_tune_shows_the_real_before_after_table(finished):
    # catches: a before/after table that is missing, or a note that does not report the measured numbers
    result = finished.form.result
    assert result.table.startswith("metric") and "accuracy" in result.table
    right_before = sum(p == r["label"] for p, r in zip(result.before_predictions, result.held_out))
    assert right_before == round(result.before.accuracy * 8)
    assert f"{result.before.accuracy:.1%} before, {result.after.accuracy:.1%} after" in result.note
    assert widgets.TOY_NOTE in result.note  # a small file's result is not presented as a proven classifier
    assert "accuracy" in finished.result_html.value and not finished.run_button.disabled


def test_sign_test_matches_the_binomial():
    # catches: a gain of one or two examples being reported as evidence
    truth = ["a"] * 6
    assert widgets.sign_test(["b"] * 6, ["a"] * 3 + ["b"] * 3, truth) == pytest.approx(0.25)
    assert widgets.sign_test(["b"] * 6, ["a"] * 6, truth) == pytest.approx(2 / 64)
    assert widgets.sign_test(truth, truth, truth) == 1.0


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


RECORDS = [{"text": text, "label": label} for text, label in ROWS]
ONE_CHANGED = lambda **change: RECORDS[:3] + [{**RECORDS[3], **change}] + RECORDS[4:]  # noqa: E731
AWKWARD = {  # file name and content: awkward files a learner may upload, some fine and some not
    "clean": ("a.csv", _csv(ROWS)),
    "excel sep line": ("a.csv", b"sep=;\n" + _csv(ROWS).replace(b",", b";")),
    "bom and crlf": ("a.csv", "\ufeff".encode() + _csv(ROWS).replace(b"\n", b"\r\n")),
    "nfd": ("a.csv", unicodedata.normalize("NFD", _csv(ROWS).decode()).encode()),
    "json array": ("a.json", json.dumps(RECORDS, ensure_ascii=False, indent=2).encode()),
    "same text, two labels": ("a.csv", _csv(ROWS + [(ROWS[0][0], ROWS[-1][1])])),
    "label with a space": ("a.csv", _csv(ROWS[:3] + [(ROWS[3][0], ROWS[3][1] + " ")] + ROWS[4:])),
    "number label": ("a.jsonl", _jsonl(ONE_CHANGED(label=3))),
    "true label": ("a.jsonl", _jsonl(ONE_CHANGED(label=True))),
    "number text": ("a.jsonl", _jsonl(ONE_CHANGED(text=123))),
    "nan text": ("a.jsonl", _jsonl(RECORDS).replace(b'"text": "' + RECORDS[5]["text"].encode() + b'"', b'"text": NaN')),
    "object text": ("a.jsonl", _jsonl(ONE_CHANGED(text={"vi": "Chào"}))),
    "two kinds in one field": ("a.jsonl", _jsonl([{**r, "id": i if i else "x"} for i, r in enumerate(RECORDS)])),
    "broken json array": ("a.json", b"[\n" + _jsonl(RECORDS[:4]).replace(b"\n", b",\n") + b"]\n"),
    "records wrapped in an object": ("a.json", json.dumps({"data": RECORDS}, ensure_ascii=False, indent=1).encode()),
    "png named csv": ("a.csv", _png()),
    "pdf named csv": ("a.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"),
    "xlsx named csv": ("a.csv", _xlsx()),
    "utf-16": ("a.csv", _csv(ROWS).decode().encode("utf-16")),
    "windows-1258": ("a.csv", b"text,label\n" + _cp1258("Đơn hàng chưa tới,giao hàng\n")),
    "renamed column": ("a.csv", _csv(ROWS, header=("noi_dung", "label"))),
    "empty": ("a.csv", b""),
}


def _reader_verdict(folder, name, content):
    """What data.read_records, called as its docstring shows, says of the file: (records or None, messages)."""
    path = folder / name
    path.write_bytes(content)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", data.DataWarning)
        try:
            records = data.read_records(path, required=["text", "label"], label_field="label")
        except data.DataError as err:
            return None, [str(err).replace(str(path), name)]
    return records, [str(w.message).replace(str(path), name) for w in caught]


@pytest.mark.parametrize("case", AWKWARD, ids=list(AWKWARD))
def test_form_and_reader_give_the_same_verdict(tmp_path, case):
    # catches: the form and read_records accepting or refusing the same file differently, or saying it differently
    name, content = AWKWARD[case]
    (tmp_path / "reader").mkdir()
    records, messages = _reader_verdict(tmp_path / "reader", name, content)
    form = widgets.FineTuneForm(output_dir=tmp_path / "run")
    assert form.load_examples(name, content) is (records is not None)
    if records is None:
        assert form.errors == messages
    else:
        assert form.records == records and form.warnings == messages


def test_awkward_files_cover_both_verdicts_and_a_warning(tmp_path):
    # catches: the verdict test above passing only because every awkward file is refused (or accepted)
    verdicts = {case: _reader_verdict(tmp_path, *AWKWARD[case]) for case in AWKWARD}
    accepted = {case for case, (records, _) in verdicts.items() if records is not None}
    assert accepted == {"clean", "excel sep line", "bom and crlf", "nfd", "json array", "same text, two labels"}
    assert verdicts["same text, two labels"][1] and "a.csv:2 and a.csv:26" in verdicts["same text, two labels"][1][0]


def test_nfd_labels_given_to_the_form_match_the_file(tmp_path):
    # catches: labels typed on a Mac (NFD) refusing every row, or counting zero examples per label
    form = widgets.FineTuneForm(labels=[unicodedata.normalize("NFD", label) for label in MESSAGES], output_dir=tmp_path)
    assert form.load_examples("tin_nhan.csv", _csv(ROWS)), form.errors
    assert form.label_counts == {label: 6 for label in MESSAGES}


def test_the_view_shows_a_warning_about_the_file(tmp_path):
    # catches: a warning (same text, two labels) lost on stderr while the form says the file is fine
    view = widgets.fine_tune_form(output_dir=tmp_path)
    view.form.load_examples("tin_nhan.csv", _csv(ROWS + [(ROWS[0][0], ROWS[-1][1])]))
    assert view.form.errors == [] and "tin_nhan.csv:2 and tin_nhan.csv:26" in view.errors_html.value


def test_form_defaults_come_from_the_models_registry_entry(loaded):
    # catches: the form keeping its own learning rate or max length instead of the model's recommended ones
    from workbench import models

    for name in ("vi-tiny-llama", "qwen2.5-0.5b-instruct"):
        assert loaded.choose_model(name)
        spec = models.recommended(name)
        settings = loaded.settings()
        assert (settings.learning_rate, settings.max_length, settings.lora_r) == \
            (spec.learning_rate, spec.max_length, spec.lora_r)
    assert loaded.settings(learning_rate=1e-3).learning_rate == 1e-3  # the learner's value wins


def test_impossible_batch_size_is_a_message_not_a_crash(loaded):
    # catches: a ZeroDivisionError from the step count when the batch size is 0
    assert loaded.estimate(batch_size=0) is None and "batch_size must be a whole number" in loaded.errors[0]
    assert loaded.run(batch_size=0) is None and "batch_size must be a whole number" in loaded.errors[0]
