"""The bundled datasets and the learner's own files: find, validate, load, and format for chat.

Every file, bundled or uploaded, goes through one reader that names the file, the line, the field
and the fix when something is wrong, and normalises Vietnamese to NFC. Introduced in Level 2,
lesson 4 (no-code fine-tuning) and used by every lesson that touches data.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import os
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from workbench.errors import WorkbenchError

MAX_ERRORS_SHOWN = 10


class DataError(WorkbenchError):
    """A data file is malformed; the message lists each problem with file, line and fix."""


# ---------------------------------------------------------------------------------------------
# Where the data lives


def datasets_root() -> Path:
    """The bundled `datasets/` folder: $WORKBENCH_DATASETS, or `datasets/` beside the package in a checkout."""
    env = os.environ.get("WORKBENCH_DATASETS")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent / "datasets"
    if checkout.is_dir():
        return checkout
    raise DataError("The course datasets were not found. In a source checkout they are in datasets/; "
                    "elsewhere set WORKBENCH_DATASETS to that folder (the Colab first cell does this).")


@dataclass(frozen=True)
class DatasetInfo:
    """One catalogue entry, read from the front matter of the dataset's datasheet (README.md)."""

    name: str
    title: str
    folder: Path
    files: dict[str, int]  # file name -> number of records the datasheet states
    fields: dict[str, Any]  # field -> description, or file name -> {field -> description}
    task: str = ""
    license: str = ""
    label_field: str | None = None
    labels: list[str] | None = None
    optional: list[str] = field(default_factory=list)  # fields that may be empty (e.g. an instruction's input)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def splits(self) -> list[str]:
        return [Path(f).stem for f in self.files]

    def fields_of(self, file_name: str) -> list[str]:
        per_file = self.fields.get(file_name)
        return list(per_file) if isinstance(per_file, dict) else list(self.fields)

    @property
    def datasheet(self) -> str:
        return (self.folder / "README.md").read_text(encoding="utf-8")


def _front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        raise DataError(f"{path}: the datasheet must start with YAML front matter between '---' lines.")
    try:
        meta = yaml.safe_load(text.split("---", 2)[1])
    except yaml.YAMLError as err:
        raise DataError(f"{path}: the front matter is not valid YAML ({err}).") from None
    for key in ("name", "files", "fields"):
        if key not in (meta or {}):
            raise DataError(f"{path}: the front matter lacks '{key}'.")
    return meta


def catalogue() -> dict[str, DatasetInfo]:
    """Every bundled dataset, by name, as its datasheet describes it."""
    entries = {}
    for sheet in sorted(datasets_root().glob("*/README.md")):
        meta = _front_matter(sheet)
        known = {"name", "title", "files", "fields", "task", "license", "label_field", "labels", "optional"}
        entries[meta["name"]] = DatasetInfo(
            name=meta["name"], title=meta.get("title", meta["name"]), folder=sheet.parent,
            files={str(k): int(v) for k, v in meta["files"].items()}, fields=meta["fields"],
            task=meta.get("task", ""), license=meta.get("license", ""), label_field=meta.get("label_field"),
            labels=[str(x) for x in meta["labels"]] if meta.get("labels") else None,
            optional=[str(x) for x in meta.get("optional") or []],
            extra={k: v for k, v in meta.items() if k not in known})
    return entries


def describe(name: str) -> DatasetInfo:
    """The catalogue entry for `name`, with a helpful error listing what exists."""
    entries = catalogue()
    if name not in entries:
        raise DataError(f"No bundled dataset called '{name}'. Available: {', '.join(entries) or 'none'}.")
    return entries[name]


def load_dataset(name: str, split: str | None = None):
    """Load a bundled dataset as a Hugging Face `Dataset` (one split) or `DatasetDict` (all splits).

    >>> emails = load_dataset("support_emails", "train")
    """
    import datasets

    info = describe(name)
    wanted = [f for f in info.files if split is None or Path(f).stem == split]
    if not wanted:
        raise DataError(f"Dataset '{name}' has no split '{split}'. Splits: {', '.join(info.splits)}.")
    parts = {}
    for file_name in wanted:
        label_field = info.label_field if info.label_field in info.fields_of(file_name) else None
        fields = info.fields_of(file_name)
        records = read_records(info.folder / file_name, required=fields, label_field=label_field,
                               labels=info.labels, text_fields=[f for f in fields if f not in info.optional])
        if file_name.endswith(".csv"):
            records = _typed_columns(records, info.fields.get(file_name, info.fields))
        parts[Path(file_name).stem] = datasets.Dataset.from_list(records)
    return parts[Path(wanted[0]).stem] if split is not None else datasets.DatasetDict(parts)


def _typed_columns(records: list[dict], descriptions: dict) -> list[dict]:
    """CSV values are text; turn the columns a datasheet describes as "int, ..." or "float, ..." into numbers."""
    casts = {name: int if str(desc).startswith("int") else float
             for name, desc in descriptions.items() if str(desc).startswith(("int", "float"))}
    return [{k: casts[k](v) if k in casts else v for k, v in r.items()} for r in records]


# ---------------------------------------------------------------------------------------------
# Reading and validating one file


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # the zip of an .xlsx, the OLE file of an .xls
        raise DataError(f"{path}: this is an Excel workbook renamed, not a text file. Fix: open it in Excel and use "
                        "'Save As > CSV UTF-8', then use that file.")
    # UTF-16 without a byte-order mark: a NUL byte beside most ASCII characters
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or \
            max(raw[0::2].count(0), raw[1::2].count(0)) > len(raw) // 4:
        raise DataError(f"{path}: the file is UTF-16 (Excel's 'Unicode Text'), not UTF-8. Fix: in Excel use "
                        "'Save As > CSV UTF-8', or convert with `iconv -f UTF-16 -t UTF-8 in.csv > out.csv`.")
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise DataError(f"{path}:{line}: the file contains NUL bytes, so it is not text (a PDF, an image, a "
                        "database?). Fix: export your examples as CSV UTF-8 or JSONL.")
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark from Excel is dropped, not an error
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        guess = _guess_encoding(raw)
        raise DataError(f"{path}:{line}: the file is not UTF-8 (byte 0x{raw[err.start]:02x}); it looks like "
                        f"{guess}. Fix: convert it with `iconv -f {guess.split()[0]} -t UTF-8 {path.name} > "
                        f"{path.stem}.utf8{path.suffix}`, or in Excel use 'Save As > CSV UTF-8'.") from None


def _guess_encoding(raw: bytes) -> str:
    """Vietnamese text that is not UTF-8 is usually Windows-1258; otherwise assume a Latin code page."""
    try:
        text = raw.decode("cp1258")
        vietnamese = "ăâđêôơưĂÂĐÊÔƠƯ"
        if any(ch in text for ch in vietnamese) or any(unicodedata.combining(ch) for ch in text):
            return "CP1258 (Windows Vietnamese)"
    except UnicodeDecodeError:
        pass
    return "CP1252 (Windows Latin)"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object, refusing a key given twice: json.loads would keep the last value and drop the first."""
    obj = dict(pairs)
    if len(obj) < len(pairs):
        twice = next(key for key, n in Counter(key for key, _ in pairs).items() if n > 1)
        raise ValueError(f"the key '{twice}' appears twice, so one value would be lost. Fix: rename or delete one")
    return obj


def _parse_jsonl(path: Path, text: str, errors: list[str]) -> list[tuple[int, dict]]:
    if _one_json_document(text):
        errors.append(f"{path}: the file is one JSON document (an array, or an object over several lines), not JSON "
                      "Lines. Fix: write one object per line, e.g. with pandas "
                      "`df.to_json(path, orient='records', lines=True, force_ascii=False)`.")
        return []
    rows = []
    # split at "\n" only: str.splitlines() also splits at U+2028 and U+0085, which JSON allows inside a string
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as err:
            errors.append(f"{path}:{number}: not valid JSON ({err.msg} at column {err.colno}). Fix: each line must "
                          "be one complete JSON object with double-quoted keys and strings, and no trailing comma.")
            continue
        except (ValueError, RecursionError) as err:  # a key given twice, a 5000-digit number, [[[[...]]]]
            errors.append(f"{path}:{number}: the JSON could not be read: {err}.")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{path}:{number}: expected a JSON object {{...}}, found {type(obj).__name__}.")
            continue
        rows.append((number, obj))
    return rows


def _one_json_document(text: str) -> bool:
    """Whether `text` is one JSON array, or one object spread over several lines, rather than JSON Lines."""
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError):  # the usual case: several objects, one per line
        return False
    return isinstance(whole, list) or (isinstance(whole, dict) and "\n" in text.strip())


def _rename_hint(name: str, present: list[str]) -> str:
    """' Did you mean ...?' for a column or key that is missing, naming the closest one the file has."""
    close = difflib.get_close_matches(name, present, n=1, cutoff=0.5) or \
        [c for c in present if c.lower() == name.lower()]
    return f" Did you mean '{close[0]}'? Rename it to '{name}'." if close else ""


def _parse_csv(path: Path, text: str, errors: list[str], required: list[str]) -> list[tuple[int, dict]]:
    header = text.split("\n", 1)[0]
    # Excel in Vietnamese (and most of Europe) exports with semicolons; tabs come from copy-paste.
    delimiter = max(",;\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, columns, end = [], None, 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as err:  # the reader cannot go on: name the line where the bad record starts
            errors.append(f"{path}:{end + 1}: {_csv_problem(err)}")
            break
        number, end = end + 1, reader.line_num  # a quoted field may span lines: the record starts at `number`
        if columns is None:
            columns = [c.strip() for c in values]
            errors.extend(_header_problems(path, columns, required))
        elif not any(v.strip() for v in values):
            continue
        elif len(values) != len(columns):
            fix = ("a quoted field runs over several lines from here: check that each opening quote (\") has its "
                   "closing quote" if any("\n" in v for v in values) else
                   f"put quotes around text that contains '{delimiter}' or a line break")
            errors.append(f"{path}:{number}: {len(values)} values but the header has {len(columns)} columns. "
                          f"Fix: {fix}.")
        else:
            rows.append((number, dict(zip(columns, values))))
    if columns is None and not errors:
        errors.append(f"{path}: the file is empty. Fix: the first line must name the columns.")
    return rows


def _csv_problem(err: csv.Error) -> str:
    if "field larger than field limit" in str(err):
        return (f"a field is longer than {csv.field_size_limit():,} characters, usually because a quote (\") "
                "opens a field here and never closes. Fix: close the quote, and write a quote inside quoted text "
                "as two (\"\").")
    return f"the CSV cannot be read from here on ({err}). Fix: save the file again as 'CSV UTF-8' from Excel."


def _header_problems(path: Path, columns: list[str], required: list[str]) -> list[str]:
    """Missing and duplicated columns, one error each for line 1 rather than one for every row."""
    problems = [f"{path}:1: the header has no column '{name}' (it has {', '.join(map(repr, columns))})."
                f"{_rename_hint(name, columns)} Fix: the first line must name the columns {', '.join(required)}."
                for name in required if name not in columns]
    for name, n in Counter(columns).items():
        if name and n > 1:  # dict(zip(...)) would keep the last column of that name and drop the others
            where = ", ".join(str(i) for i, c in enumerate(columns, start=1) if c == name)
            problems.append(f"{path}:1: the header names column '{name}' {n} times (columns {where}), so only the "
                            "last one would be read. Fix: rename or delete the others.")
    return problems


def read_records(path: str | Path, *, required: list[str] | None = None, label_field: str | None = None,
                 labels: list[str] | None = None, text_fields: list[str] | None = None) -> list[dict]:
    """Read a JSONL or CSV file into a list of dicts, validating as it goes.

    `required` fields must be present; `text_fields` (default: the required string fields) must be
    text and not empty (null counts as empty; a list of strings, such as multiple-choice options, counts
    as text); `label_field` values must be among `labels`, and a whole-number label such as 0 is read
    as the text "0". Text is normalised to NFC. All problems (up to ten) are reported together, each
    with file, line, field and fix.

    >>> rows = read_records("my_emails.csv", required=["body", "category"], label_field="category",
    ...                     labels=["thanh toán", "giao hàng"])
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file. Check the path (relative paths start at {Path.cwd()}).")
    suffix = path.suffix.lower()
    if suffix not in {".jsonl", ".json", ".csv", ".tsv", ".txt"}:
        raise DataError(f"{path}: unsupported file type '{suffix}'. Use .jsonl (one JSON object per line) or .csv.")
    text = unicodedata.normalize("NFC", _decode(path, path.read_bytes()))  # column names too, not just values
    errors: list[str] = []
    required = required or []
    if suffix in {".jsonl", ".json"}:
        parsed = _parse_jsonl(path, text, errors)
        keys = list(dict.fromkeys(key for _, row in parsed for key in row))
        for name in [name for name in required if name not in keys] if len(parsed) > 1 else []:
            # a key renamed in every record is one error, as a renamed CSV column is, not one per line
            errors.append(f"{path}: no record has the field '{name}' (they have {', '.join(map(repr, keys))})."
                          f"{_rename_hint(name, keys)} Fix: every record needs {', '.join(required)}.")
        required = [name for name in required if name in keys or len(parsed) <= 1]
    else:
        parsed = _parse_csv(path, text, errors, required)
        if parsed:  # a column the header lacks was reported once, for line 1, not again for every row
            required = [name for name in required if name in parsed[0][1]]
    records = []
    for number, row in parsed:
        row = _nfc(row)
        if label_field and type(row.get(label_field)) is int:  # a class id such as 0 or 1 is a label like any other
            row[label_field] = str(row[label_field])
        problems = _check_row(path, number, row, required, label_field, labels, text_fields)
        errors.extend(problems)
        if not problems:
            records.append(row)
    if not parsed and not errors:
        errors.append(f"{path}: no records found. Fix: add at least one row or line.")
    if errors:
        shown = errors[:MAX_ERRORS_SHOWN]
        more = f"\n... and {len(errors) - len(shown)} more problems." if len(errors) > len(shown) else ""
        raise DataError(f"{len(errors)} problem(s) in {path}:\n" + "\n".join(shown) + more)
    return records


def _check_row(path: Path, number: int, row: dict, required: list[str], label_field: str | None,
               labels: list[str] | None, text_fields: list[str] | None) -> list[str]:
    problems = []
    for name in required:
        if name not in row:
            problems.append(f"{path}:{number}: missing field '{name}'. Fix: every record needs "
                            f"{', '.join(required)}; this one has {', '.join(map(str, row)) or 'nothing'}.")
    checked = list(text_fields if text_fields is not None else
                   [f for f in required if row.get(f) is None or isinstance(row.get(f), str)])
    if label_field and not isinstance(row.get(label_field), (str, type(None))) and label_field not in checked:
        checked.append(label_field)  # a label is text, even where it is optional
    for name in checked:
        problem = _text_problem(row[name], lists=name != label_field) if name in row else None
        if problem:
            problems.append(f"{path}:{number}: field '{name}' {problem}")
    value = row.get(label_field) if label_field else None
    if labels and isinstance(value, str) and value.strip() and value not in labels:
        close = difflib.get_close_matches(value.strip().lower(), labels, n=1, cutoff=0.5)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        if value.strip() in labels:  # 'giao hàng ' looks right on screen: say what differs
            hint = f" Delete the space before or after '{value.strip()}'."
        problems.append(f"{path}:{number}: field '{label_field}' is '{value}', which is not one of the labels "
                        f"({', '.join(labels)}).{hint}")
    return problems


def _text_problem(value: Any, lists: bool) -> str | None:
    """Why a text field's value is not usable text, or None; where `lists`, a list of strings is text too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is empty. Fix: fill it in or delete the record."
    if isinstance(value, str) or (lists and isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return None
    kinds = {bool: "a true/false value", int: "a number", float: "a number", dict: "an object {...}",
             list: "a list [...]"}
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return (f"is {shown}, {kinds.get(type(value), type(value).__name__)}, not text. "
            "Fix: write it as one string in double quotes, e.g. \"...\".")


# ---------------------------------------------------------------------------------------------
# Chat formatting


# The bundled task: support emails ("You are a customer-care assistant. Classify the customer's email.")
TRIAGE_SYSTEM = "Bạn là trợ lý chăm sóc khách hàng. Hãy phân loại email của khách hàng."
TRIAGE_INSTRUCTION = "Phân loại email sau vào đúng một nhóm"   # "Put the following email into exactly one group"
# Any other labelled texts, such as a learner's own upload ("You are an assistant that classifies texts.")
TEXT_SYSTEM = "Bạn là trợ lý phân loại văn bản."
TEXT_INSTRUCTION = "Phân loại văn bản sau vào đúng một nhóm"   # "Put the following text into exactly one group"


def classification_prompt(text: str, labels: list[str], instruction: str = TRIAGE_INSTRUCTION,
                          system: str = TRIAGE_SYSTEM) -> list[dict]:
    """The chat messages that ask a model to put `text` into one of `labels` (Vietnamese prompt).

    The defaults describe the bundled support emails; say what your texts are for your own data,
    as the no-code form (`TEXT_SYSTEM`) and the Level 3 capstone (a clinic's messages) do.

    >>> classification_prompt("Tôi chưa nhận được hàng.", ["giao hàng", "khác"])[1]["content"].splitlines()[0]
    'Phân loại email sau vào đúng một nhóm: giao hàng, khác.'
    """
    user = f"{instruction}: {', '.join(labels)}.\n\n{text.strip()}\n\nNhóm:"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def email_text(record: dict) -> str:
    """Subject and body of a support email, as the model reads it."""
    return f"Tiêu đề: {record['subject']}\nNội dung: {record['body']}"


def to_classification_chat(dataset, labels: list[str], text_fn=email_text, label_field: str = "category",
                           instruction: str = TRIAGE_INSTRUCTION, system: str = TRIAGE_SYSTEM):
    """Map a labelled dataset to TRL's conversational prompt-completion format.

    TRL computes the loss on the completion only (the label), not on the email the model is given.
    `instruction` and `system` go to `classification_prompt`: use the same ones when you evaluate.
    """
    def convert(record):
        return {"prompt": classification_prompt(text_fn(record), labels, instruction, system),
                "completion": [{"role": "assistant", "content": record[label_field]}]}

    return dataset.map(convert, remove_columns=dataset.column_names)
