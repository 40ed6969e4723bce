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
import re
import unicodedata
import warnings
import zipfile
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
    """The course datasets: $WORKBENCH_DATASETS if set; in a source checkout, its `datasets/` folder; in an
    installed package (`pip install .`), the copy shipped inside it (data and datasheets, not the scripts)."""
    env = os.environ.get("WORKBENCH_DATASETS")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent
    if (package.parent / "pyproject.toml").is_file() and (package.parent / "datasets").is_dir():
        return package.parent / "datasets"   # a checkout; beside an installed package lies site-packages instead
    if (package / "datasets").is_dir():
        return package / "datasets"
    raise DataError("The course datasets were not found: set WORKBENCH_DATASETS to the datasets/ folder of a "
                    "course checkout, or install the workbench from one with `pip install .`.")


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
    # splits kept as a field inside a file: split name -> (file name, {field: value}), e.g. hr_policy's test questions
    field_splits: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def splits(self) -> list[str]:
        """One split per file, named by the file (what `load_dataset(name)` returns)."""
        return [Path(f).stem for f in self.files]

    @property
    def split_names(self) -> list[str]:
        """Every name `load_dataset(name, split)` takes: the files' splits and those kept as a field."""
        return self.splits + [name for name in self.field_splits if name not in self.splits]

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


def _field_splits(sheet: Path, meta: dict) -> dict[str, tuple[str, dict[str, str]]]:
    """The front matter's `splits:` (`test: {file: qa.jsonl, where: {split: test}}`), checked against its files."""
    found = {}
    for name, given in (meta.get("splits") or {}).items():
        spec = given if isinstance(given, dict) else {}
        if spec.get("file") not in meta["files"] or not isinstance(spec.get("where"), dict):
            raise DataError(f"{sheet}: split '{name}' must read {{file: <one of {', '.join(meta['files'])}>, where: "
                            f"{{field: value}}}}, not {given!r}.")
        found[str(name)] = (str(spec["file"]), {str(k): str(v) for k, v in spec["where"].items()})
    return found


def catalogue() -> dict[str, DatasetInfo]:
    """Every bundled dataset, by name, as its datasheet describes it."""
    entries = {}
    for sheet in sorted(datasets_root().glob("*/README.md")):
        meta = _front_matter(sheet)
        known = {"name", "title", "files", "fields", "task", "license", "label_field", "labels", "optional", "splits"}
        entries[meta["name"]] = DatasetInfo(
            name=meta["name"], title=meta.get("title", meta["name"]), folder=sheet.parent,
            files={str(k): int(v) for k, v in meta["files"].items()}, fields=meta["fields"],
            task=meta.get("task", ""), license=meta.get("license", ""), label_field=meta.get("label_field"),
            labels=[str(x) for x in meta["labels"]] if meta.get("labels") else None,
            optional=[str(x) for x in meta.get("optional") or []], field_splits=_field_splits(sheet, meta),
            extra={k: v for k, v in meta.items() if k not in known})
    return entries


def describe(name: str) -> DatasetInfo:
    """The catalogue entry for `name`, with a helpful error listing what exists."""
    entries = catalogue()
    if name not in entries:
        raise DataError(f"No bundled dataset called '{name}'. Available: {', '.join(entries) or 'none'}.")
    return entries[name]


def load_dataset(name: str, split: str | None = None):
    """Load a bundled dataset as a Hugging Face `Dataset` (one split) or `DatasetDict` (one split per file).

    A split is a file (`"qa"` for qa.jsonl) or, where the datasheet's `splits:` says so, the records
    of a file with one value in a field (hr_policy's `"test"`: the questions whose `split` is test).

    >>> emails = load_dataset("support_emails", "train")
    >>> test_questions = load_dataset("hr_policy", "test")
    """
    import datasets

    info = describe(name)
    if split in info.field_splits and split not in info.splits:
        file_name, where = info.field_splits[split]
        rows = [r for r in _read_bundled(info, file_name) if all(r.get(k) == v for k, v in where.items())]
        if not rows:
            raise DataError(f"{info.folder / file_name}: no record has {where}, which the datasheet gives as split "
                            f"'{split}'. Fix the datasheet's `splits:` or the file.")
        return datasets.Dataset.from_list(rows)
    wanted = [f for f in info.files if split is None or Path(f).stem == split]
    if not wanted:
        raise DataError(f"Dataset '{name}' has no split '{split}'. Splits: {', '.join(info.split_names)}.")
    parts = {Path(f).stem: datasets.Dataset.from_list(_read_bundled(info, f)) for f in wanted}
    return parts[Path(wanted[0]).stem] if split is not None else datasets.DatasetDict(parts)


def _read_bundled(info: DatasetInfo, file_name: str) -> list[dict]:
    """One bundled file, validated against its datasheet, with CSV number columns as numbers."""
    label_field = info.label_field if info.label_field in info.fields_of(file_name) else None
    fields = info.fields_of(file_name)
    records = read_records(info.folder / file_name, required=fields, label_field=label_field,
                           labels=info.labels, text_fields=[f for f in fields if f not in info.optional])
    if file_name.endswith(".csv"):
        records = _typed_columns(records, info.fields.get(file_name, info.fields))
    return records


def _typed_columns(records: list[dict], descriptions: dict) -> list[dict]:
    """CSV values are text; turn the columns a datasheet describes as "int, ..." or "float, ..." into numbers."""
    casts = {name: int if str(desc).startswith("int") else float
             for name, desc in descriptions.items() if str(desc).startswith(("int", "float"))}
    return [{k: casts[k](v) if k in casts else v for k, v in r.items()} for r in records]


# ---------------------------------------------------------------------------------------------
# Reading and validating one file

READABLE = (".jsonl", ".json", ".csv", ".tsv", ".txt")
SAVE_AS_CSV = "open it in Excel and use 'Save As > CSV UTF-8', then use that file"
_TYPE_IN = "type the examples into a spreadsheet, one per row (columns text,label), and save it as CSV UTF-8"
# What a binary file handed in as examples really is, from its first bytes (ZIP files are looked inside).
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image", f"the model learns from text, not pictures: {_TYPE_IN}"),
    (b"\xff\xd8\xff", "a JPEG image (a photo or a scan)", f"the model learns from text, not pictures: {_TYPE_IN}"),
    (b"GIF8", "a GIF image", f"the model learns from text, not pictures: {_TYPE_IN}"),
    (b"%PDF-", "a PDF document", "copy the examples out of it into a spreadsheet, one per row, and save that as CSV "
                                 "UTF-8 (a scanned PDF needs its text typed or recognised first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (.xls) or another old Office file", SAVE_AS_CSV),
    (b"PAR1", "a Parquet table", "convert it to JSON Lines with pandas: pd.read_parquet('in.parquet').to_json("
                                 "'out.jsonl', orient='records', lines=True, force_ascii=False)"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (`gunzip` or 7-Zip) and use the file inside"),
    (b"SQLite format 3\x00", "an SQLite database", "export the table as CSV, e.g. `sqlite3 -header -csv data.db "
                                                   "'select * from examples' > examples.csv`"),
]


class DataWarning(UserWarning):
    """A file was read, but something in it needs a look: two lines with the same text and different labels."""


def _zip_kind(source) -> tuple[str, str]:
    """What a ZIP file holds: .xlsx and .docx files are ZIP archives with a known layout inside."""
    try:
        names = zipfile.ZipFile(source).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):  # cut short: only its first bytes say ZIP
        names = []
    if any(name.startswith("xl/") for name in names):
        return "an Excel workbook (.xlsx)", SAVE_AS_CSV
    if any(name.startswith("word/") for name in names):
        return "a Word document (.docx)", _TYPE_IN
    inside = [name for name in names if name.lower().endswith(READABLE)]
    if names:
        return "a ZIP archive", f"unzip it and use the file inside{f' ({inside[0]})' if inside else ''}"
    return ("a ZIP archive (an Excel workbook, a Word file or a compressed folder)", f"if it is an Excel workbook, "
            f"{SAVE_AS_CSV}; if it is a compressed folder, unzip it and use the file inside")


def _binary_kind(head: bytes, source) -> tuple[str, str] | None:
    """(what the file is, what to do) for a known binary format, from its first bytes; None for anything else."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(source)
    return next(((kind, fix) for magic, kind, fix in _SIGNATURES if head.startswith(magic)), None)


def _readable_suffix(path: Path) -> str:
    """The suffix of `path` once it is known to be a file of a kind the reader takes; else say what it is."""
    if path.is_dir():
        inside = sorted(p.name for p in path.iterdir() if p.suffix.lower() in READABLE)
        holds = f" It holds {', '.join(inside[:5])}{' ...' if len(inside) > 5 else ''}." if inside else ""
        raise DataError(f"{path}: this is a folder, not a file.{holds} Fix: give the path of one file in it, e.g. "
                        f"{path / (inside[0] if inside else 'examples.csv')}.")
    if not path.is_file():
        raise DataError(f"{path}: no such file. Check the path (relative paths start at {Path.cwd()}).")
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        with open(path, "rb") as f:
            binary = _binary_kind(f.read(16), path)
        what = f": this is {binary[0]}, and examples are read from text files (.csv or .jsonl). Fix: {binary[1]}." \
            if binary else ". Use .jsonl (one JSON object per line) or .csv."
        raise DataError(f"{path}: unsupported file type '{suffix}'{what}")
    return suffix


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise DataError(f"{path}: the file cannot be read ({err.strerror}). Fix: check that it is yours to read, "
                        "or copy it into your own folder.") from None


def _decode(path: Path, raw: bytes) -> str:
    binary = _binary_kind(raw[:16], io.BytesIO(raw))
    if binary:
        raise DataError(f"{path}: this is {binary[0]}, not a text file of examples, whatever its name says. "
                        f"Fix: {binary[1]}.")
    # UTF-16 without a byte-order mark: a NUL byte beside most ASCII characters
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or \
            max(raw[0::2].count(0), raw[1::2].count(0)) > len(raw) // 4:
        raise DataError(f"{path}: the file is UTF-16 (Excel's 'Unicode Text'), not UTF-8. Fix: in Excel use "
                        "'Save As > CSV UTF-8', or convert with `iconv -f UTF-16 -t UTF-8 in.csv > out.csv`.")
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise DataError(f"{path}:{line}: the file contains NUL bytes, so it is not text (a database, a program, a "
                        "broken export?). Fix: export your examples as CSV UTF-8 or JSONL.")
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark from Excel is dropped, not an error
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        guess = _guess_encoding(raw)
        raise DataError(f"{path}:{line}: the file is not UTF-8 (byte 0x{raw[err.start]:02x}); it looks like "
                        f"{guess}. Fix: convert it with `iconv -f {guess.split()[0]} -t UTF-8 {path.name} > "
                        f"{path.stem}.utf8{path.suffix}`, or in Excel use 'Save As > CSV UTF-8'.") from None


def _read_text(path: str | Path) -> tuple[Path, str, str]:
    """(path, suffix, text in NFC) of a file the reader takes, or a DataError that says what the file is."""
    path = Path(path)
    suffix = _readable_suffix(path)
    return path, suffix, unicodedata.normalize("NFC", _decode(path, _read_bytes(path)))


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


def _parse_json(path: Path, text: str, errors: list[str]) -> list[tuple[int, dict]]:
    """JSON Lines, or one JSON array of objects (a .json export), as (line number, object) pairs."""
    start = text.lstrip()
    first_line = start.split("\n", 1)[0]
    try:
        whole, broken = json.loads(text), None
    except (ValueError, RecursionError) as err:  # JSON Lines, or a broken array, a 5000-digit number, [[[[...]]]]
        whole, broken = None, err
    if isinstance(whole, list):
        return _parse_json_array(path, text, errors)
    if start.startswith("[") and not _is_json(first_line):  # a broken array, not JSON Lines whose lines are lists
        if isinstance(broken, json.JSONDecodeError):
            errors.append(f"{path}:{broken.lineno}: the JSON array cannot be read ({broken.msg} at column "
                          f"{broken.colno}). Fix: objects in an array are separated by commas, with none after the "
                          "last one, and the array ends with ].")
        else:
            errors.append(f"{path}: the JSON array cannot be read: {broken}.")
        return []
    if isinstance(whole, dict) and "\n" in text.strip():
        errors.append(_one_object_problem(path, whole))
        return []
    return _parse_json_lines(path, text, errors)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _one_object_problem(path: Path, whole: dict) -> str:
    inner = next((key for key, value in whole.items()
                  if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)), None)
    holds = f" Its records are the list under the key '{inner}'." if inner else ""
    return (f"{path}: the file is one JSON object over several lines, not a list of records.{holds} Fix: save the "
            "records as a JSON array [{...}, {...}] or as JSON Lines (one object per line), e.g. with pandas "
            "`df.to_json(path, orient='records', lines=True, force_ascii=False)`.")


_JSON_SPACE = re.compile(r"[ \t\r\n]*")


def _parse_json_array(path: Path, text: str, errors: list[str]) -> list[tuple[int, dict]]:
    """The objects of a JSON array that `json.loads` has read whole, each with the line where it starts."""
    plain = json.JSONDecoder()
    rows, line, counted = [], 1, 0
    i = _JSON_SPACE.match(text, text.index("[") + 1).end()
    while text[i] != "]":
        line, counted = line + text.count("\n", counted, i), i
        obj, end = plain.raw_decode(text, i)
        try:  # again, to refuse a key given twice (the whole-file read kept the last value)
            obj = json.loads(text[i:end], object_pairs_hook=_unique_keys)
        except ValueError as err:
            errors.append(f"{path}:{line}: the JSON could not be read: {err}.")
        else:
            if isinstance(obj, dict):
                rows.append((line, obj))
            else:
                errors.append(f"{path}:{line}: expected a JSON object {{...}}, found {_kind(obj)}.")
        i = _JSON_SPACE.match(text, end).end()
        if text[i] == ",":
            i = _JSON_SPACE.match(text, i + 1).end()
    return rows


def _parse_json_lines(path: Path, text: str, errors: list[str]) -> list[tuple[int, dict]]:
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
            errors.append(f"{path}:{number}: expected a JSON object {{...}}, found {_kind(obj)}.")
            continue
        rows.append((number, obj))
    return rows


def _rename_hint(name: str, present: list[str]) -> str:
    """' Did you mean ...?' for a column or key that is missing, naming the closest one the file has."""
    close = difflib.get_close_matches(name, present, n=1, cutoff=0.5) or \
        [c for c in present if c.lower() == name.lower()]
    return f" Did you mean '{close[0]}'? Rename it to '{name}'." if close else ""


def _parse_csv(path: Path, text: str, errors: list[str], required: list[str]) -> list[tuple[int, dict]]:
    first_line, _, rest = text.partition("\n")
    excel_sep = re.fullmatch(r"sep=(.)", first_line.rstrip("\r"))  # Excel's own line naming the separator
    skipped = 1 if excel_sep else 0
    text = rest if excel_sep else text
    header = text.split("\n", 1)[0]
    # Excel in Vietnamese (and most of Europe) exports with semicolons; tabs come from copy-paste.
    delimiter = excel_sep.group(1) if excel_sep else max(",;\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, columns, end = [], None, skipped
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as err:  # the reader cannot go on: name the line where the bad record starts
            errors.append(f"{path}:{end + 1}: {_csv_problem(err)}")
            break
        number, end = end + 1, reader.line_num + skipped  # a quoted field may span lines: it starts at `number`
        if columns is None:
            columns = [c.strip() for c in values]
            errors.extend(_header_problems(path, number, columns, required))
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


def _header_problems(path: Path, line: int, columns: list[str], required: list[str]) -> list[str]:
    """Missing and duplicated columns, one error each for the header line rather than one for every row."""
    problems = [f"{path}:{line}: the header has no column '{name}' (it has {', '.join(map(repr, columns))})."
                f"{_rename_hint(name, columns)} Fix: the first line must name the columns {', '.join(required)}."
                for name in required if name not in columns]
    for name, n in Counter(columns).items():
        if name and n > 1:  # dict(zip(...)) would keep the last column of that name and drop the others
            where = ", ".join(str(i) for i, c in enumerate(columns, start=1) if c == name)
            problems.append(f"{path}:{line}: the header names column '{name}' {n} times (columns {where}), so only "
                            "the last one would be read. Fix: rename or delete the others.")
    return problems


def read_records(path: str | Path, *, required: list[str] | None = None, label_field: str | None = None,
                 labels: list[str] | None = None, text_fields: list[str] | None = None) -> list[dict]:
    """Read a JSONL, JSON (an array of objects) or CSV file into a list of dicts, validating as it goes.

    `required` fields must be present; `text_fields` (default: the required fields) must be text and
    not empty (null counts as empty; a list of strings, such as multiple-choice options, counts as
    text). A field holds one kind of value in every record. `label_field` values are text without a
    space before or after, and among `labels` when given; a JSON number or true/false is not a label.
    Text and `labels` are normalised to NFC. All problems (up to ten shown) are reported together, each
    with file, line, field and fix; two records with the same text and different labels give a
    `DataWarning` naming both lines. The no-code form reads uploads with this same call.

    >>> rows = read_records("my_emails.csv", required=["body", "category"], label_field="category",
    ...                     labels=["thanh toán", "giao hàng"])
    """
    path, suffix, text = _read_text(path)
    errors: list[str] = []
    required = list(required or [])
    labels = [unicodedata.normalize("NFC", str(label)) for label in labels] if labels else None
    if suffix in {".jsonl", ".json"}:
        parsed = _parse_json(path, text, errors)
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
    texts = [name for name in (required if text_fields is None else text_fields) if name != label_field]
    parsed = [(number, _nfc(row)) for number, row in parsed]
    errors.extend(_mixed_kinds(path, parsed, skip=set(texts) | {label_field}))
    kept = []
    for number, row in parsed:
        problems = _check_row(path, number, row, required, texts, label_field, labels)
        errors.extend(problems)
        if not problems:
            kept.append((number, row))
    if not parsed and not errors:
        errors.append(f"{path}: no records found. Fix: add at least one row or line.")
    _raise_problems(path, errors)
    if label_field and texts:
        _warn_contradictions(path, kept, texts, label_field)
    return [row for _, row in kept]


def _raise_problems(path: Path, errors: list[str]) -> None:
    """One DataError listing the problems in the order of the file's lines (the file's own problems first)."""
    if errors:
        at_line = re.compile(re.escape(str(path)) + r":(\d+):")
        errors = sorted(errors, key=lambda e: int(m.group(1)) if (m := at_line.match(e)) else 0)
        shown = errors[:MAX_ERRORS_SHOWN]
        more = f"\n... and {len(errors) - len(shown)} more problems." if len(errors) > len(shown) else ""
        raise DataError(f"{len(errors)} problem(s) in {path}:\n" + "\n".join(shown) + more)


def _check_row(path: Path, number: int, row: dict, required: list[str], texts: list[str],
               label_field: str | None, labels: list[str] | None) -> list[str]:
    problems = []
    for name in required:
        if name not in row:
            problems.append(f"{path}:{number}: missing field '{name}'. Fix: every record needs "
                            f"{', '.join(required)}; this one has {', '.join(map(str, row)) or 'nothing'}.")
    for name in texts:
        problem = _text_problem(row[name], lists=True) if name in row else None
        if problem:
            problems.append(f"{path}:{number}: field '{name}' {problem}")
    if label_field in row:
        problem = _label_problem(row[label_field], labels, required=label_field in required)
        if problem:
            problems.append(f"{path}:{number}: field '{label_field}' {problem}")
    return problems


def _label_problem(value: Any, labels: list[str] | None, required: bool) -> str | None:
    """Why a label is not usable, or None. One rule everywhere: a label is text, written the same on every line."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is empty. Fix: fill it in or delete the record." if required else None
    if not isinstance(value, str):
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        what = f"the number {_shown(value)}" if number else f"{_shown(value)}, {_kind(value)}"
        quoted = json.dumps(_shown(value), ensure_ascii=False) if number or isinstance(value, bool) else '"..."'
        return (f"is {what}; labels are text. Fix: write the label in double quotes, e.g. {quoted} (in a CSV file "
                "every value is text already).")
    if value != value.strip():  # 'giao hàng ' looks right on screen, but would be a label of its own
        return (f"is '{value}', with a space before or after it, so it would be a label of its own. Fix: delete "
                f"the space before or after '{value.strip()}'.")
    if labels and value not in labels:
        close = difflib.get_close_matches(value.lower(), labels, n=1, cutoff=0.5)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        return f"is '{value}', which is not one of the labels ({', '.join(labels)}).{hint}"
    return None


def _kind(value: Any) -> str:
    kinds = {bool: "a true/false value", int: "a number", float: "a number", str: "text", dict: "an object {...}",
             list: "a list [...]", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _shown(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _text_problem(value: Any, lists: bool) -> str | None:
    """Why a text field's value is not usable text, or None; where `lists`, a list of strings is text too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is empty. Fix: fill it in or delete the record."
    if isinstance(value, str) or (lists and isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return None
    return (f"is {_shown(value)}, {_kind(value)}, not text. "
            "Fix: write it as one string in double quotes, e.g. \"...\".")


def _mixed_kinds(path: Path, parsed: list[tuple[int, dict]], skip: set) -> list[str]:
    """A field that holds text in most records and a number or an object in some (a table has one type per column)."""
    kinds: dict[str, dict[str, int]] = {}  # field -> kind -> first line with it, in the order seen
    counts = Counter()
    for number, row in parsed:
        for name, value in row.items():
            if name not in skip and value is not None:
                kinds.setdefault(name, {}).setdefault(_kind(value), number)
                counts[name, _kind(value)] += 1
    usual = {name: max(seen, key=lambda kind: counts[name, kind]) for name, seen in kinds.items() if len(seen) > 1}
    problems = []
    for number, row in parsed:
        for name, value in row.items():
            if name in usual and value is not None and _kind(value) != usual[name]:
                problems.append(f"{path}:{number}: field '{name}' is {_shown(value)}, {_kind(value)}, but in most "
                                f"records it is {usual[name]} (e.g. line {kinds[name][usual[name]]}). Fix: give it the "
                                "same kind of value in every record.")
    return problems


def _same_text(value: Any) -> str:
    """A record's text as a reader sees it: spaces and capitals do not make two texts different."""
    return " ".join(value.split()).casefold() if isinstance(value, str) else json.dumps(value, sort_keys=True)


def _warn_contradictions(path: Path, numbered: list[tuple[int, dict]], texts: list[str], label_field: str) -> None:
    """Warn about records with the same text and different labels: the model would be taught both answers."""
    first: dict[tuple, tuple[int, str]] = {}
    found = []
    for number, row in numbered:
        key = tuple(_same_text(row.get(name)) for name in texts)
        line, label = first.setdefault(key, (number, row.get(label_field)))
        if label != row.get(label_field):
            found.append(f"{path}:{line} and {path}:{number}: the same text, labelled '{label}' and "
                         f"'{row.get(label_field)}'")
    if found:
        more = f"\n... and {len(found) - MAX_ERRORS_SHOWN} more." if len(found) > MAX_ERRORS_SHOWN else ""
        warnings.warn(DataWarning(
            f"{len(found)} pair(s) of records in {path} have the same text but different labels, so the model is "
            "taught two answers to one question:\n" + "\n".join(found[:MAX_ERRORS_SHOWN]) + more +
            "\nFix: decide which label is right, and correct or delete the other record."), stacklevel=3)


# ---------------------------------------------------------------------------------------------
# Chat files: one conversation per record, the format chat models are trained on


CHAT_ROLES = ("system", "user", "assistant")
CHAT_EXAMPLE = ('{"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}')


def read_chat(path: str | Path) -> list[dict]:
    """Read a chat file: JSON Lines (or a JSON array) of conversations `{"messages": [{"role", "content"}, ...]}`.

    Every turn needs a role (system, user or assistant) and non-empty text; a system turn may come
    first, then user and assistant take turns, and the conversation ends with the assistant's answer,
    the part a model learns. Problems name the file, the line and the turn. `chat_to_prompt_completion`
    turns the result into what `finetune` trains on.

    >>> conversations = read_chat("hoi_dap.jsonl")
    >>> train_data = chat_to_prompt_completion(conversations)
    """
    path, suffix, text = _read_text(path)
    if suffix not in {".jsonl", ".json"}:
        raise DataError(f"{path}: a chat file is JSON Lines (.jsonl), one conversation per line: {CHAT_EXAMPLE}")
    errors: list[str] = []
    conversations = []
    for number, record in _parse_json(path, text, errors):
        record = _nfc(record)
        problems = _conversation_problems(record)
        errors.extend(f"{path}:{number}: {problem}" for problem in problems)
        if not problems:
            conversations.append(record)
    if not conversations and not errors:
        errors.append(f"{path}: no conversations found. Fix: write one per line, e.g. {CHAT_EXAMPLE}")
    _raise_problems(path, errors)
    return conversations


def _conversation_problems(record: dict) -> list[str]:
    if "messages" not in record:
        return [f"no field 'messages' (the record has {', '.join(map(repr, record)) or 'nothing'})."
                f"{_rename_hint('messages', list(record))} Fix: write each conversation as {CHAT_EXAMPLE}"]
    messages = record["messages"]
    if not isinstance(messages, list) or not messages:
        return [f"field 'messages' is {_shown(messages)}, {'an empty list' if messages == [] else _kind(messages)}; "
                f"it must be a list of turns. Fix: write it as {CHAT_EXAMPLE}"]
    problems = []
    for turn_number, turn in enumerate(messages, start=1):
        problems += [f"turn {turn_number}{problem}" for problem in _turn_problems(turn)]
    return problems or _order_problems([turn["role"] for turn in messages])


def _turn_problems(turn: Any) -> list[str]:
    if not isinstance(turn, dict):
        return [f" is {_shown(turn)}, {_kind(turn)}, not a turn. Fix: write it as {{\"role\": \"user\", "
                "\"content\": \"...\"}."]
    problems = []
    role = turn.get("role")
    if role not in CHAT_ROLES:
        close = difflib.get_close_matches(str(role).strip().lower(), CHAT_ROLES, n=1, cutoff=0.5)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        what = f"has the role {_shown(role)}" if "role" in turn else "has no 'role'"
        problems.append(f" {what}; a role is one of {', '.join(CHAT_ROLES)}.{hint}")
    if "content" not in turn:
        problems.append(f" ({role}) has no 'content'. Fix: add \"content\": \"...\" with the turn's text.")
    else:
        problem = _text_problem(turn["content"], lists=False)
        if problem:
            problem = "is empty. Fix: write the turn's text, or delete the turn." if "empty" in problem else problem
            problems.append(f" ({role}): the content {problem}")
    return problems


def _order_problems(roles: list[str]) -> list[str]:
    """The first turn out of order: an optional system turn, then user and assistant in turn, ending with an answer."""
    offset = 1 if roles[0] == "system" else 0
    if "assistant" not in roles:
        return ["the conversation has no assistant turn, so there is no answer to learn. Fix: add "
                "{\"role\": \"assistant\", \"content\": \"...\"} after the user's turn."]
    for position, role in enumerate(roles[offset:]):
        expected = "assistant" if position % 2 else "user"
        if role != expected:
            where = "only as the first turn" if role == "system" else "in turn, starting with the user"
            return [f"turn {position + offset + 1} is '{role}' where '{expected}' comes: a system turn may come "
                    f"first, then user and assistant take turns. Here '{role}' is allowed {where}."]
    if roles[-1] != "assistant":
        return [f"turn {len(roles)}, the last, is the user's, with no answer after it. Fix: add the assistant's "
                "answer, or delete that turn."]
    return []


def chat_to_prompt_completion(conversations: list[dict]):
    """Conversations from `read_chat` as a `datasets.Dataset` in the prompt-completion format `finetune` trains on.

    The loss is computed on the last assistant turn (the completion); the turns before it are the
    prompt the model reads. Split a long conversation into several records to learn every answer.
    """
    import datasets

    def turns(messages):
        return [{"role": m["role"], "content": m["content"]} for m in messages]

    return datasets.Dataset.from_list([{"prompt": turns(c["messages"][:-1]), "completion": turns(c["messages"][-1:])}
                                       for c in conversations])


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
