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
