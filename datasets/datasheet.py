"""The datasheet front matter that every datasets/*/check.py compares its files with.

The checks read it with the workbench's own parser (workbench.data, the one behind `workbench datasets`
and `data.load_dataset`), so a datasheet the checks accept is read the same way by the course.
A check script imports it after putting this folder on its path:

    sys.path.insert(0, os.path.dirname(HERE))
    from datasheet import front_matter
"""

from pathlib import Path

from workbench import data


def front_matter(folder) -> dict:
    """The YAML front matter of `folder`/README.md, or an exit that names the file and what is wrong."""
    sheet = Path(folder) / "README.md"
    if not sheet.is_file():
        raise SystemExit(f"{sheet} is missing: each dataset folder needs a datasheet with YAML front matter.")
    try:
        return data._front_matter(sheet)
    except data.DataError as err:
        raise SystemExit(str(err)) from None
