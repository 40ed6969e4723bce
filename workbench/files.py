"""Writing results so that an interrupted run never leaves a half-written folder behind."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _readable_by_all(folder: Path) -> None:
    """Give the published folder the usual 0755/0644 modes (minus the umask).

    Temporary folders and some writers (safetensors, mkdtemp) create 0700/0600, which a shared model
    cache or the grading sandbox's unprivileged user then cannot read.
    """
    umask = os.umask(0)
    os.umask(umask)
    for root, dirs, files in os.walk(folder):
        os.chmod(root, 0o777 & ~umask | 0o700)
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, (0o666 | (os.stat(path).st_mode & 0o111)) & ~umask | 0o600)


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write `text` to `path` through a temporary file and a rename: a reader (or a crash) sees the old
    file or the new one, never half of one. Results, notes, grade exports and checkpoint markers use it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)   # left only when the write failed
    return path


def replace_folder(tmp: Path, target: Path) -> Path:
    """Move a finished folder `tmp` into place at `target`, replacing any earlier one, never half-written."""
    _readable_by_all(Path(tmp))
    old = target.with_name(target.name + f".old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    return target


@contextmanager
def folder_written_atomically(target: str | Path) -> Iterator[Path]:
    """Yield an empty temporary folder beside `target`; when the block ends, it replaces `target` in one rename.

    A reader (or a crash) sees the old folder or the new one, never half of one. If the block raises,
    the temporary folder is removed and `target` is left as it was. Leftovers of writers that were
    killed are cleared first (`remove_stale_temporaries`). Adapters, merged models and the bundled
    model are saved through it.

    >>> with folder_written_atomically("runs/emails/adapter") as folder:
    ...     model.save_pretrained(folder)
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    replace_folder(tmp, target)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (one of another user's counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(target: str | Path) -> list[Path]:
    """Clear what killed writers left beside `target`: `NAME.tmp-PID` and `NAME.old-PID` of processes that are gone.

    A `.tmp-PID` is a half-written copy and is deleted. A `.old-PID` is the previous version that
    `replace_folder` moves aside for an instant; if the writer died then, `target` is missing and the
    old version is put back. Files of processes still running are left alone. Returns what was removed.
    """
    target = Path(target)
    pattern = re.compile(re.escape(target.name) + r"\.(tmp|old)-(\d+)")
    removed = []
    for path in sorted(target.parent.glob(target.name + ".*-*")) if target.parent.is_dir() else []:
        match = pattern.fullmatch(path.name)
        if not match or int(match.group(2)) == os.getpid() or process_alive(int(match.group(2))):
            continue
        if match.group(1) == "old" and not target.exists():
            os.replace(path, target)
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed
