"""Writing results so that an interrupted run never leaves a half-written folder behind."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def replace_folder(tmp: Path, target: Path) -> Path:
    """Move a finished folder `tmp` into place at `target`, replacing any earlier one, never half-written."""
    old = target.with_name(target.name + f".old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    return target
