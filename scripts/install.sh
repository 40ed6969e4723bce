#!/usr/bin/env bash
# Create .venv and install the workbench with the given extras (default: none), without ever
# pulling a multi-GB CUDA build of torch onto a machine that has no NVIDIA GPU.
# Usage: scripts/install.sh [extras, e.g. dev,grading]
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "error: the workbench needs Python 3.11 or newer (nbgrader 0.9.6 does too); found $("$python" --version)." >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=".venv/bin/python -m pip"
if ! .venv/bin/python -c 'import torch' 2>/dev/null; then
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
    $pip install -q "torch>=2.6,<2.16"            # GPU machine: PyPI's default CUDA build
  elif .venv/bin/python -c 'import urllib.request as u; u.urlopen("https://download.pytorch.org/whl/cpu/torch/", timeout=5)' 2>/dev/null; then
    $pip install -q "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu   # CPU-only wheel
  else
    $pip install -q "torch==2.13.0"                # offline mirrors (this project's CI) carry the CPU build
  fi
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
$pip install -q -e "$spec"
