"""Peak memory of every course notebook on the CPU, against Binder's 2 GB limit.

Each notebook runs top to bottom with nbclient in its own subprocess, so that the kernel is that
subprocess's only child: its peak resident memory is then `getrusage(RUSAGE_CHILDREN).ru_maxrss`
once the kernel has exited (exact, read from the kernel), and a thread polling psutil every 0.1 s
adds the peak of the kernel *and its children* together (data-loader or ONNX workers, if any).

    OMP_NUM_THREADS=1 nice -n 10 python bench/notebook_memory.py --out bench/results/notebook_memory.json
    OMP_NUM_THREADS=1 python bench/notebook_memory.py course/level2_users/03_email_triage.ipynb \
        --out bench/results/notebook_memory.json      # measure one new lesson, keep the other rows

OMP_NUM_THREADS=1 is what binder/start sets on Binder (one CPU). tests/test_binder.py checks that
every lesson has a row here and that every row is under the budget.

mybinder.org limits the whole container (Jupyter server, kernel, everything) to 2 GB; the server
itself takes about 0.1-0.2 GB, so a notebook's kernel must stay well under 1.8 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINDER_LIMIT_MB = 2048
SERVER_ALLOWANCE_MB = 250  # the Jupyter server and its extensions, beside the kernel


def course_notebooks() -> list[Path]:
    return sorted(p for p in (ROOT / "course").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def _tree_rss_mb(proc) -> float:
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def run_one(path: Path, timeout: int = 900) -> dict:
    """Execute one notebook here (this process must be fresh) and measure its kernel."""
    import nbformat
    import psutil
    from nbclient import NotebookClient

    os.environ.setdefault("WORKBENCH_DATASETS", str(ROOT / "datasets"))
    nb = nbformat.read(path, as_version=4)
    work = tempfile.mkdtemp(prefix="nbmem-")
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": work}})
    peak_tree = 0.0
    stop = threading.Event()

    def poll():
        nonlocal peak_tree
        me = psutil.Process()
        while not stop.wait(0.1):
            for child in me.children():
                try:
                    peak_tree = max(peak_tree, _tree_rss_mb(child))
                except psutil.Error:
                    pass

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    start, error = time.perf_counter(), None
    try:
        client.execute()  # starts the kernel, runs every cell, shuts the kernel down and reaps it
    except Exception as err:  # noqa: BLE001 - a failing notebook is reported, not hidden
        error = f"{type(err).__name__}: {str(err).strip().splitlines()[-1] if str(err).strip() else ''}"
    seconds = time.perf_counter() - start
    stop.set()
    thread.join()
    kernel_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    return {"notebook": str(path.relative_to(ROOT)), "ok": error is None, "error": error,
            "seconds": round(seconds, 1), "kernel_peak_rss_mb": round(kernel_peak, 1),
            "kernel_tree_peak_rss_mb": round(max(peak_tree, kernel_peak), 1)}


def measure(path: Path, timeout: int = 900) -> dict:
    """Run `path` in a fresh subprocess (so RUSAGE_CHILDREN sees only its kernel) and return its numbers."""
    out = subprocess.run([sys.executable, __file__, "--one", str(path), "--timeout", str(timeout)],
                         capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode or not lines:
        return {"notebook": str(Path(path).resolve().relative_to(ROOT)), "ok": False,
                "error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(lines[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every course notebook")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    parser.add_argument("--one", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one.resolve(), args.timeout)), flush=True)
        return 0
    results = []
    for path in args.notebooks or course_notebooks():
        row = measure(path.resolve(), args.timeout)
        results.append(row)
        if row["ok"]:
            print(f"{row['notebook']:60s} kernel peak {row['kernel_peak_rss_mb']:7.0f} MB "
                  f"(with children {row['kernel_tree_peak_rss_mb']:7.0f} MB) in {row['seconds']:6.1f} s", flush=True)
        else:
            print(f"{row['notebook']:60s} FAILED: {row['error']}", flush=True)
    budget = BINDER_LIMIT_MB - SERVER_ALLOWANCE_MB
    over = [r for r in results if r["ok"] and r["kernel_tree_peak_rss_mb"] > budget]
    heaviest = max((r for r in results if r["ok"]), key=lambda r: r["kernel_tree_peak_rss_mb"], default=None)
    if heaviest:
        print(f"heaviest: {heaviest['notebook']} at {heaviest['kernel_tree_peak_rss_mb']:.0f} MB "
              f"(budget for a kernel on Binder: {budget} MB)")
    if args.out:
        import torch

        args.out.parent.mkdir(parents=True, exist_ok=True)
        if args.notebooks and args.out.exists():  # some notebooks: update their rows, keep the others
            fresh = {r["notebook"] for r in results}
            kept = [r for r in json.loads(args.out.read_text(encoding="utf-8"))["notebooks"]
                    if r["notebook"] not in fresh and (ROOT / r["notebook"]).exists()]
            results = sorted(kept + results, key=lambda r: r["notebook"])
        record = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, no GPU",
                  "python": platform.python_version(), "torch": torch.__version__,
                  "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
                  "binder_limit_mb": BINDER_LIMIT_MB, "server_allowance_mb": SERVER_ALLOWANCE_MB,
                  "notebooks": results}
        args.out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if over or not all(r["ok"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
