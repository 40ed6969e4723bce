"""The one reader for users' and bundled files: each kind of malformed input gets its clear error."""

import json
import unicodedata

import pytest

from workbench.data import DataError, read_records

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
