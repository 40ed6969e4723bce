"""Published folders are whole and readable by other users (shared model cache, grading sandbox)."""

import os
import stat
import tempfile
from pathlib import Path

from workbench.files import replace_folder


def test_replace_folder_publishes_readable_files_and_replaces_the_old_one(tmp_path):
    # catches: a model saved 0600 in a 0700 temp folder that the grading sandbox's user cannot load
    tmp = Path(tempfile.mkdtemp(dir=tmp_path))  # mkdtemp makes 0700
    (tmp / "weights.bin").write_bytes(b"x")
    os.chmod(tmp / "weights.bin", 0o600)
    target = tmp_path / "model"
    target.mkdir()
    (target / "stale.txt").write_text("old")
    replace_folder(tmp, target)
    assert not (target / "stale.txt").exists() and (target / "weights.bin").read_bytes() == b"x"
    assert stat.S_IMODE(os.stat(target).st_mode) & 0o005 == 0o005
    assert stat.S_IMODE(os.stat(target / "weights.bin").st_mode) & 0o004
    assert not any(p.name.startswith("model.old") for p in tmp_path.iterdir())


def test_write_text_atomically_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    # catches: a crash mid-write leaving a half-written results file, grade export or stray temporary file
    from workbench.files import write_text_atomically

    target = write_text_atomically(tmp_path / "sub" / "grades.csv", "old\n")
    assert target.read_text() == "old\n"

    def broken(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_text", broken)
    try:
        write_text_atomically(target, "new\n")
    except OSError:
        pass
    monkeypatch.undo()
    assert target.read_text() == "old\n" and [p.name for p in target.parent.iterdir()] == ["grades.csv"]
    assert write_text_atomically(target, "new\n").read_text() == "new\n"
