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


def _dead_pid() -> int:
    import subprocess
    import sys

    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True).stdout)


def test_stale_temporaries_of_dead_processes_are_removed_and_live_ones_kept(tmp_path):
    # catches: NAME.tmp-PID left by a killed writer never cleaned up, or a running writer's folder deleted under it
    from workbench.files import remove_stale_temporaries

    target, dead = tmp_path / "adapter", _dead_pid()
    target.mkdir()
    stale, live, own = (tmp_path / f"adapter.tmp-{pid}" for pid in (dead, os.getppid(), os.getpid()))
    others = tmp_path / f"adapterx.tmp-{dead}"   # another target's
    for folder in (stale, live, own, others):
        folder.mkdir()
    half_written = tmp_path / f"grades.csv.tmp-{dead}"   # what write_text_atomically leaves
    half_written.write_text("half")
    assert remove_stale_temporaries(target) == [stale]
    assert remove_stale_temporaries(tmp_path / "grades.csv") == [half_written] and not half_written.exists()
    assert live.exists() and own.exists() and others.exists() and target.exists()


def test_previous_version_is_restored_when_its_writer_died_mid_swap(tmp_path):
    # catches: a writer killed between replace_folder's two renames leaving no TARGET at all, only TARGET.old-PID
    from workbench.files import remove_stale_temporaries

    old = tmp_path / f"adapter.old-{_dead_pid()}"
    old.mkdir()
    (old / "adapter_config.json").write_text("{}")
    assert remove_stale_temporaries(tmp_path / "adapter") == []
    assert (tmp_path / "adapter" / "adapter_config.json").exists() and not old.exists()


def test_folder_written_atomically_replaces_whole_or_not_at_all(tmp_path):
    # catches: a failed save leaving a half-written folder in place of the old one, or its temporary copy behind
    from workbench.files import folder_written_atomically

    target = tmp_path / "adapter"
    with folder_written_atomically(target) as folder:
        (folder / "weights.bin").write_bytes(b"old")
    try:
        with folder_written_atomically(target) as folder:
            (folder / "weights.bin").write_bytes(b"ha")
            raise OSError("disk full")
    except OSError:
        pass
    assert (target / "weights.bin").read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["adapter"]
    with folder_written_atomically(target) as folder:
        (folder / "weights.bin").write_bytes(b"new")
    assert (target / "weights.bin").read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["adapter"]
