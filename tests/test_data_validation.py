"""The one reader for users' and bundled files: each kind of malformed input gets its clear error."""

import gzip
import json
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from workbench.data import DataError, DataWarning, catalogue, load_dataset, read_records

LABELS = ["thanh toán", "giao hàng", "đổi trả"]
FIELDS = ["body", "category"]


def _write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def _read(path):
    return read_records(path, required=FIELDS, label_field="category", labels=LABELS)


def test_valid_jsonl_reads_all_records(tmp_path):
    # catches: the happy path breaking
    rows = [{"body": "Tôi chưa nhận được hàng.", "category": "giao hàng"}, {"body": "Trừ tiền hai lần.", "category": "thanh toán"}]
    path = _write(tmp_path, "ok.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n")
    assert _read(path) == rows


def test_broken_json_names_file_and_line(tmp_path):
    # catches: a JSON syntax error reported without its line
    path = _write(tmp_path, "bad.jsonl", '{"body": "a", "category": "giao hàng"}\n{"body": "b", "category": "giao hàng",}\n')
    with pytest.raises(DataError, match=r"bad\.jsonl:2: not valid JSON"):
        _read(path)


def test_missing_field_names_field_and_line(tmp_path):
    # catches: KeyError deep in training instead of a message at load time
    path = _write(tmp_path, "missing.jsonl", '{"body": "a", "category": "giao hàng"}\n{"body": "b"}\n')
    with pytest.raises(DataError, match=r"missing\.jsonl:2: missing field 'category'"):
        _read(path)


def test_wrong_label_suggests_the_closest(tmp_path):
    # catches: a label typed without diacritics silently becoming a new class
    path = _write(tmp_path, "labels.csv", "body,category\nHàng chưa tới,giao hang\n")
    with pytest.raises(DataError) as err:
        _read(path)
    assert "labels.csv:2: field 'category' is 'giao hang'" in str(err.value)
    assert "Did you mean 'giao hàng'?" in str(err.value)


def test_empty_text_is_rejected(tmp_path):
    # catches: empty examples that train the model on nothing
    path = _write(tmp_path, "empty.csv", "body,category\n   ,giao hàng\n")
    with pytest.raises(DataError, match=r"empty\.csv:2: field 'body' is empty"):
        _read(path)


def _cp1258(text):
    """Encode as Windows-1258 does: precomposed base vowels (ô, ư, đ) plus a combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out += (unicodedata.normalize("NFC", parts[:-1]) + parts[-1]).encode("cp1258")
    return out


def test_windows_1258_file_names_encoding_and_fix(tmp_path):
    # catches: a UnicodeDecodeError traceback for a file saved by old Vietnamese Windows software
    path = _write(tmp_path, "legacy.csv", _cp1258("body,category\nTôi muốn đổi trả,đổi trả\n"))
    with pytest.raises(DataError) as err:
        _read(path)
    message = str(err.value)
    assert "legacy.csv:2" in message and "CP1258" in message and "iconv" in message


def test_utf16_file_is_explained(tmp_path):
    # catches: Excel's "Unicode Text" export failing obscurely
    path = _write(tmp_path, "excel.csv", "body,category\nA,giao hàng\n", encoding="utf-16")
    with pytest.raises(DataError, match="UTF-16"):
        _read(path)


def test_nfd_text_is_normalised_to_nfc(tmp_path):
    # catches: NFD text (macOS, some editors) costing 2-4x tokens and mismatching labels
    nfd = unicodedata.normalize("NFD", '{"body": "Hàng bị lỗi", "category": "đổi trả"}\n')
    rows = _read(_write(tmp_path, "nfd.jsonl", nfd))
    assert rows[0]["body"] == unicodedata.normalize("NFC", "Hàng bị lỗi")
    assert rows[0]["category"] == "đổi trả"


def test_excel_export_bom_semicolons_crlf(tmp_path):
    # catches: Vietnamese Excel exports (BOM, ';' separators, CRLF, quoted newlines) read wrongly
    content = "\ufeffbody;category\r\n\"Xin chào;\r\ntôi chưa nhận hàng\";giao hàng\r\nTrừ tiền 2 lần;thanh toán\r\n"
    rows = _read(_write(tmp_path, "excel.csv", content))
    assert [r["category"] for r in rows] == ["giao hàng", "thanh toán"]
    assert rows[0]["body"].startswith("Xin chào;") and "tôi chưa nhận hàng" in rows[0]["body"]
    assert list(rows[0]) == ["body", "category"]


def test_ragged_csv_row_names_line(tmp_path):
    # catches: an unquoted separator shifting columns silently
    path = _write(tmp_path, "ragged.csv", "body,category\nA, B,giao hàng\n")
    with pytest.raises(DataError, match=r"ragged\.csv:2: 3 values but the header has 2"):
        _read(path)


def test_all_problems_reported_together(tmp_path):
    # catches: fix-one-rerun-fix-the-next loops for learners
    path = _write(tmp_path, "many.csv", "body,category\n,giao hàng\nA,sai\nB,\n")
    with pytest.raises(DataError) as err:
        _read(path)
    assert str(err.value).startswith("3 problem(s)")


def test_unsupported_extension_and_missing_file(tmp_path):
    # catches: an .xlsx upload or a wrong path producing a confusing error
    with pytest.raises(DataError, match="unsupported file type"):
        _read(_write(tmp_path, "data.xlsx", b"PK\x03\x04"))
    with pytest.raises(DataError, match="no such file"):
        _read(tmp_path / "nope.csv")


def test_renamed_csv_column_is_one_header_error(tmp_path):
    # catches: a spreadsheet whose column was renamed ("Category") burying the cause under one error per row
    rows = "".join(f"Hàng số {i} chưa tới,giao hàng\n" for i in range(30))
    path = _write(tmp_path, "renamed.csv", "body,Category\n" + rows)
    with pytest.raises(DataError) as err:
        _read(path)
    message = str(err.value)
    assert message.startswith("1 problem(s)"), message
    assert "renamed.csv:1: the header has no column 'category'" in message and "Did you mean 'Category'?" in message


def test_duplicated_column_is_a_header_error(tmp_path):
    # catches: two columns called 'body' where the second silently replaced the first
    path = _write(tmp_path, "dup.csv", "body,category,body\nA,giao hàng,B\n")
    with pytest.raises(DataError, match=r"dup\.csv:1: the header names column 'body' 2 times \(columns 1, 3\)"):
        _read(path)


def test_unclosed_quote_with_a_huge_field_names_line(tmp_path):
    # catches: csv's raw "field larger than field limit" error for an unclosed quote
    path = _write(tmp_path, "quote.csv", "body,category\nA,giao hàng\n\"" + "x" * 200_000 + ",giao hàng\n")
    with pytest.raises(DataError, match=r"quote\.csv:3: a field is longer than .* a quote"):
        _read(path)


def test_multiline_record_error_names_its_first_line(tmp_path):
    # catches: a quoted field over several lines reported at its last line, not where the record starts
    path = _write(tmp_path, "multi.csv", "body,category\r\n\"Dòng một\r\ndòng hai\r\ndòng ba\",sai\r\nB,giao hàng\r\n")
    with pytest.raises(DataError, match=r"multi\.csv:2: field 'category' is 'sai'"):
        _read(path)


def test_unclosed_quote_is_named_as_the_cause(tmp_path):
    # catches: an opening quote that swallows the next lines, blamed on an unquoted separator
    path = _write(tmp_path, "open.csv", "body,category\n\"A,giao hàng\nB,thanh toán\n")
    with pytest.raises(DataError, match=r"open\.csv:2: .*each opening quote"):
        _read(path)


def test_jsonl_line_separator_inside_a_string_is_text(tmp_path):
    # catches: U+2028 (valid inside a JSON string) splitting a line in two and shifting later line numbers
    path = _write(tmp_path, "lsep.jsonl", '{"body": "a\u2028b", "category": "giao hàng"}\n{"body": "c", "category": "sai"}\n')
    with pytest.raises(DataError) as err:
        _read(path)
    assert str(err.value).startswith("1 problem(s)") and "lsep.jsonl:2: field 'category' is 'sai'" in str(err.value)


def test_jsonl_duplicate_key_is_reported(tmp_path):
    # catches: json.loads keeping the last of two "body" keys and dropping the first
    path = _write(tmp_path, "dupkey.jsonl", '{"body": "a", "body": "b", "category": "giao hàng"}\n')
    with pytest.raises(DataError, match=r"dupkey\.jsonl:1: .*key 'body' appears twice"):
        _read(path)


def test_unreadable_json_values_are_data_errors(tmp_path):
    # catches: ValueError (a 5000-digit number) and RecursionError (deep nesting) escaping as tracebacks
    path = _write(tmp_path, "odd.jsonl", '{"body": "a", "category": "giao hàng", "n": ' + "9" * 5000 + "}\n"
                  + '{"body": ' + "[" * 100_000 + "]" * 100_000 + ', "category": "giao hàng"}\n')
    with pytest.raises(DataError) as err:
        _read(path)
    assert "odd.jsonl:1: the JSON could not be read" in str(err.value)
    assert "odd.jsonl:2: the JSON could not be read" in str(err.value)


def test_json_array_is_read(tmp_path):
    # catches: a .json export (one array of objects, pandas' orient='records') refused although .json is accepted
    rows = [{"body": "a", "category": "giao hàng"}, {"body": "b", "category": "thanh toán"}]
    assert _read(_write(tmp_path, "export.json", json.dumps(rows, ensure_ascii=False, indent=2))) == rows
    assert _read(_write(tmp_path, "one_line.json", json.dumps(rows, ensure_ascii=False))) == rows


def test_json_array_problem_names_the_line_where_its_record_starts(tmp_path):
    # catches: records of an array reported without a line, or all at line 1
    rows = [{"body": "a", "category": "giao hàng"}, {"body": "b", "category": "sai"}]
    text = json.dumps(rows, ensure_ascii=False, indent=2)
    start = text.split("\n").index("  {", 2) + 1  # the line where the second record opens
    with pytest.raises(DataError) as err:
        _read(_write(tmp_path, "export.json", text))
    assert str(err.value).startswith("1 problem(s)")
    assert f"export.json:{start}: field 'category' is 'sai'" in str(err.value)


def test_broken_json_array_names_line(tmp_path):
    # catches: a hand-edited array with a trailing comma reported as one JSON Lines error per line
    path = _write(tmp_path, "export.json", '[\n  {"body": "a", "category": "giao hàng"},\n]\n')
    with pytest.raises(DataError, match=r"export\.json:3: the JSON array cannot be read .*Fix: objects in an array"):
        _read(path)


def test_records_wrapped_in_an_object_are_explained(tmp_path):
    # catches: {"data": [...]} (a common API export) refused without saying where the records are
    wrapped = {"data": [{"body": "a", "category": "giao hàng"}]}
    path = _write(tmp_path, "api.json", json.dumps(wrapped, ensure_ascii=False, indent=2))
    with pytest.raises(DataError, match="one JSON object over several lines.*the list under the key 'data'"):
        _read(path)


def test_renamed_jsonl_key_is_one_error(tmp_path):
    # catches: a key renamed in every record ("Category") giving one error per line and no hint
    path = _write(tmp_path, "renamed.jsonl", '{"body": "a", "Category": "giao hàng"}\n' * 30)
    with pytest.raises(DataError) as err:
        _read(path)
    message = str(err.value)
    assert message.startswith("1 problem(s)"), message
    assert "no record has the field 'category'" in message and "Did you mean 'Category'?" in message


def test_null_text_and_label_are_empty(tmp_path):
    # catches: null accepted as text, and a null label becoming a class called "None"
    path = _write(tmp_path, "null.jsonl", '{"body": null, "category": "giao hàng"}\n{"body": "a", "category": null}\n')
    with pytest.raises(DataError) as err:
        _read(path)
    assert "null.jsonl:1: field 'body' is empty" in str(err.value)
    assert "null.jsonl:2: field 'category' is empty" in str(err.value)


def test_number_or_object_where_text_is_expected(tmp_path):
    # catches: {"body": 12} or {"body": {...}} passing validation and failing later in training
    path = _write(tmp_path, "types.jsonl", '{"body": 12, "category": "giao hàng"}\n{"body": {"x": "y"}, "category": true}\n')
    with pytest.raises(DataError) as err:
        read_records(path, required=FIELDS, text_fields=FIELDS, label_field="category", labels=LABELS)
    message = str(err.value)
    assert "types.jsonl:1: field 'body' is 12, a number, not text" in message
    assert "types.jsonl:2: field 'body' is {\"x\": \"y\"}, an object" in message
    assert "types.jsonl:2: field 'category' is true, a true/false value; labels are text" in message


@pytest.mark.parametrize("value, shown", [("123", "123, a number"), ("NaN", "NaN, a number"),
                                          ('{"a": 1}', '{"a": 1}, an object {...}'),
                                          ("true", "true, a true/false value")])
def test_documented_call_checks_the_type_of_text(tmp_path, value, shown):
    # catches: the documented call (no text_fields) accepting a number as the text, then an ArrowTypeError
    # without a line in Dataset.from_list
    path = _write(tmp_path, "t.jsonl", '{"body": "a", "category": "giao hàng"}\n'
                                       f'{{"body": {value}, "category": "giao hàng"}}\n')
    with pytest.raises(DataError, match=rf"t\.jsonl:2: field 'body' is {re.escape(shown)}, not text"):
        _read(path)


def test_a_field_with_two_kinds_of_value_names_both_lines(tmp_path):
    # catches: an extra field that is a number on one line and text on another (ArrowTypeError, no line)
    path = _write(tmp_path, "ids.jsonl", '{"id": 7, "body": "a", "category": "giao hàng"}\n'
                                         '{"id": "x-8", "body": "b", "category": "giao hàng"}\n'
                                         '{"id": 9, "body": "c", "category": "giao hàng"}\n')
    with pytest.raises(DataError) as err:
        _read(path)
    assert str(err.value).startswith("1 problem(s)")
    message = str(err.value)
    assert "ids.jsonl:2: field 'id' is \"x-8\", text, but in most records it is a number (e.g. line 1)" in message


@pytest.mark.parametrize("label, shown", [("3", "the number 3"), ("3.0", "the number 3.0"),
                                          ("true", "true, a true/false value"), ('["a"]', '["a"], a list')])
@pytest.mark.parametrize("labels", [None, ["3", "true", "giao hàng"]], ids=["no-label-list", "label-list"])
def test_a_label_that_is_not_text_is_refused_by_one_rule(tmp_path, label, shown, labels):
    # catches: 3 read as the label "3" while 3.0 and true were refused, depending on whether labels= was given
    path = _write(tmp_path, "ids.jsonl", '{"body": "a", "category": "giao hàng"}\n'
                                         f'{{"body": "b", "category": {label}}}\n')
    with pytest.raises(DataError, match=rf"ids\.jsonl:2: field 'category' is {re.escape(shown)}.*; labels are text"):
        read_records(path, required=FIELDS, label_field="category", labels=labels)


def test_a_number_written_as_text_is_a_label(tmp_path):
    # catches: the rule "labels are text" refusing class ids that are text, as every CSV value is
    path = _write(tmp_path, "ids.csv", "body,category\na,1\nb,0\n")
    assert [r["category"] for r in read_records(path, required=FIELDS, label_field="category")] == ["1", "0"]


def test_label_with_a_trailing_space_is_refused_without_a_label_list(tmp_path):
    # catches: 'giao hàng ' becoming a label of its own beside 'giao hàng' when no label list is given
    path = _write(tmp_path, "space.csv", "body,category\nA,giao hàng\nB,giao hàng \n")
    with pytest.raises(DataError, match=r"space\.csv:3: .*with a space before or after it.*Fix: delete the space"):
        read_records(path, required=FIELDS, label_field="category")


def test_nfd_labels_argument_matches_the_file(tmp_path):
    # catches: labels= typed on macOS (NFD) rejecting every row with two identical-looking words
    path = _write(tmp_path, "nfc.csv", "body,category\nHàng chưa tới,giao hàng\nTrừ tiền,thanh toán\n")
    nfd_labels = [unicodedata.normalize("NFD", label) for label in LABELS]
    rows = read_records(path, required=FIELDS, label_field="category", labels=nfd_labels)
    assert [r["category"] for r in rows] == ["giao hàng", "thanh toán"]


def test_excel_sep_line_sets_the_separator_and_keeps_line_numbers(tmp_path):
    # catches: Excel's first line "sep=;" read as the header, so that no column is found
    path = _write(tmp_path, "excel.csv", "sep=;\r\nbody;category\r\nA, b;giao hàng\r\nC;sai\r\n")
    with pytest.raises(DataError) as err:
        _read(path)
    assert str(err.value).startswith("1 problem(s)") and "excel.csv:4: field 'category' is 'sai'" in str(err.value)
    path.write_text("sep=;\nbody;category\nA, b;giao hàng\n", encoding="utf-8")
    assert _read(path) == [{"body": "A, b", "category": "giao hàng"}]


def test_folder_passed_as_a_file_is_said_to_be_a_folder(tmp_path):
    # catches: "no such file" (or IsADirectoryError) for a folder that exists
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "train.csv").write_text("body,category\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"exports: this is a folder, not a file\. It holds train\.csv\..*train\.csv"):
        _read(tmp_path / "exports")


def test_same_text_with_different_labels_warns_naming_both_lines(tmp_path):
    # catches: two rows that teach the model two answers to one question, read without a word
    path = _write(tmp_path, "dup.csv", "body,category\nHàng chưa tới,giao hàng\nTrừ tiền,thanh toán\n"
                                       "hàng  chưa tới ,đổi trả\n")
    with pytest.warns(DataWarning, match=r"dup\.csv:2 and .*dup\.csv:4: the same text, labelled 'giao hàng' and "
                                         r"'đổi trả'"):
        rows = _read(path)
    assert len(rows) == 3


def test_every_split_a_datasheet_lists_loads_by_name():
    # catches: load_dataset("hr_policy", "test") failing because that split is a field inside qa.jsonl
    for name, info in catalogue().items():
        for split in info.split_names:
            loaded = load_dataset(name, split)
            if split in info.field_splits:
                file_name, where = info.field_splits[split]
                every = load_dataset(name, Path(file_name).stem)
                assert len(loaded) == sum(all(r[k] == v for k, v in where.items()) for r in every) > 0
                assert set(loaded[next(iter(where))]) == set(where.values())
    assert {"train", "test"} <= set(catalogue()["hr_policy"].split_names)


def test_excel_workbook_renamed_csv_is_explained(tmp_path):
    # catches: an .xlsx renamed .csv told to convert from CP1252 with iconv
    path = _write(tmp_path, "book.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(128, 256)))
    with pytest.raises(DataError, match="Excel workbook.*Save As > CSV UTF-8"):
        _read(path)


def _png(path):
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(path, format="PNG")


def _jpeg(path):
    from PIL import Image

    Image.new("RGB", (8, 8), "blue").save(path, format="JPEG")


def _pdf(path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure()
    fig.text(0.1, 0.5, "body,category")
    fig.savefig(path, format="pdf")
    plt.close(fig)


def _xlsx(path):
    # the parts every .xlsx has (Excel's own files add styles and properties)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        book.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook><sheets><sheet name="S"/></sheets></workbook>')
        book.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet><sheetData/></worksheet>')


def _parquet(path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"body": ["Hàng chưa tới"], "category": ["giao hàng"]}), path)


def _gzip(path):
    path.write_bytes(gzip.compress("body,category\nHàng chưa tới,giao hàng\n".encode()))


BINARIES = {"png": (_png, "a PNG image"), "jpeg": (_jpeg, "a JPEG image"), "pdf": (_pdf, "a PDF document"),
            "xlsx": (_xlsx, r"an Excel workbook \(\.xlsx\).*Save As > CSV UTF-8"),
            "parquet": (_parquet, "a Parquet table.*pd.read_parquet"), "gzip": (_gzip, "a gzip-compressed file")}


@pytest.mark.parametrize("kind", BINARIES)
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_binary_file_under_a_text_name_is_named_for_what_it_is(tmp_path, kind, suffix):
    # catches: a PNG renamed .jsonl called "UTF-16" with an iconv fix, a PDF renamed .csv called CP1258
    make, expected = BINARIES[kind]
    path = tmp_path / f"examples{suffix}"
    make(path)
    with pytest.raises(DataError, match=rf"examples{re.escape(suffix)}: this is {expected}"):
        _read(path)


def test_unsupported_file_type_says_what_the_file_is(tmp_path):
    # catches: an .xlsx upload told only "unsupported file type", without the way to a CSV
    _xlsx(tmp_path / "book.xlsx")
    with pytest.raises(DataError, match=r"unsupported file type '\.xlsx': this is an Excel workbook \(\.xlsx\), "
                                        r".*Fix: open it in Excel and use 'Save As > CSV UTF-8'"):
        _read(tmp_path / "book.xlsx")


def test_utf16_without_bom_is_explained(tmp_path):
    # catches: UTF-16 without a byte-order mark guessed as CP1252
    path = _write(tmp_path, "nobom.csv", "body,category\nA,giao hàng\n", encoding="utf-16-le")
    with pytest.raises(DataError, match="UTF-16"):
        _read(path)


def test_binary_file_is_not_read_as_text(tmp_path):
    # catches: NUL bytes (a binary file, or a broken export) read into the examples
    path = _write(tmp_path, "nul.csv", "body,category\nA,giao hàng\nB\x00,giao hàng\n")
    with pytest.raises(DataError, match=r"nul\.csv:3: the file contains NUL bytes"):
        _read(path)


def test_nfd_column_names_match(tmp_path):
    # catches: a header typed on macOS (NFD) not matching the NFC column names asked for
    path = _write(tmp_path, "cot.csv", unicodedata.normalize("NFD", "nội dung,nhãn\nHàng tới chậm,giao hàng\n"))
    rows = read_records(path, required=["nội dung", "nhãn"])
    assert rows == [{"nội dung": "Hàng tới chậm", "nhãn": "giao hàng"}]


def test_label_with_a_stray_space_says_so(tmp_path):
    # catches: "'giao hàng ' ... Did you mean 'giao hàng'?", where the two look the same on screen
    path = _write(tmp_path, "space.csv", "body,category\nA,giao hàng \n")
    with pytest.raises(DataError, match=r"space\.csv:2: .*Fix: delete the space before or after 'giao hàng'"):
        _read(path)


def _form():
    from workbench.widgets import FineTuneForm

    return FineTuneForm()


def test_form_labels_differing_in_capitals_are_reported(tmp_path):
    # catches: 'Tốt' and 'tốt' silently trained as two different labels
    form = _form()
    content = "text,label\n" + "".join(f"câu {i},{'Tốt' if i % 2 else 'tốt'}\n" for i in range(6)) + "a,xấu\nb,xấu\n"
    assert not form.load_examples("hoa.csv", content.encode())
    assert "hoa.csv:3: field 'label' is 'Tốt'" in form.errors[0] and "Did you mean 'tốt'?" in form.errors[0]


def test_form_rejects_a_list_as_the_text(tmp_path):
    # catches: {"text": ["..."]} accepted, then a crash in the planner or trainer
    form = _form()
    content = "".join(json.dumps({"text": [f"câu {i}"], "label": "ab"[i % 2]}) + "\n" for i in range(6))
    assert not form.load_examples("list.jsonl", content.encode())
    assert "field 'text' is a list" in form.errors[0]


def test_form_rejects_a_null_label(tmp_path):
    # catches: a null label becoming a class called "None"
    form = _form()
    content = "".join(json.dumps({"text": f"câu {i}", "label": None if i == 0 else "ab"[i % 2]}) + "\n" for i in range(7))
    assert not form.load_examples("null.jsonl", content.encode())
    assert "null.jsonl:1: field 'label' is empty" in form.errors[0]
