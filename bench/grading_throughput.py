"""Grading throughput: submissions autograded per minute, serial (--jobs 1) and parallel, in one run.

Every submission runs in its own sandboxed kernel (workbench/sandbox.py) with the integrity check
cells (workbench/integrity.py), so this measures the whole safe path an instructor uses, not bare
nbgrader; a last serial run without the checks says what they cost.

    python bench/grading_throughput.py --submissions 8 --jobs 1 2 --out bench/results/grading.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import nbformat

from workbench import grading

ASSIGNMENT, NOTEBOOK = "l1-02_what_it_costs", "02_what_it_costs.ipynb"


def measure(submissions: int, jobs_list: list[int]) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-grading-"))
    try:
        course = grading.Course(work / "course")
        course.generate([ASSIGNMENT])
        source = nbformat.read(course.root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
        archive_path = work / "lms.zip"
        with zipfile.ZipFile(archive_path, "w") as archive:
            for i in range(submissions):
                archive.writestr(f"student{i:03d}_1_{NOTEBOOK}", nbformat.writes(source))
        course.collect_zip(ASSIGNMENT, archive_path)
        runs = []
        # the last run repeats serial grading without the integrity check cells: what the checks cost
        for jobs, checks in [(jobs, True) for jobs in jobs_list] + [(1, False)]:
            started = time.perf_counter()
            outcomes = course.autograde(ASSIGNMENT, jobs=jobs, integrity_checks=checks, log=lambda *_: None)
            seconds = time.perf_counter() - started
            graded = sum(o.status == "graded" and not o.reason for o in outcomes)
            runs.append({"jobs": jobs, "integrity_checks": checks, "submissions": len(outcomes), "graded": graded,
                         "seconds": round(seconds, 1), "per_minute": round(60 * len(outcomes) / seconds, 2)})
            print(f"jobs={jobs}, checks {'on' if checks else 'off'}: {len(outcomes)} submissions in {seconds:.1f} s "
                  f"= {runs[-1]['per_minute']} per minute")
        serial = next((r for r in runs if r["jobs"] == 1 and r["integrity_checks"]), runs[0])
        for r in runs:
            r["speedup_vs_serial"] = round(r["per_minute"] / serial["per_minute"], 2)
        return {"assignment": ASSIGNMENT, "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                "python": sys.version.split()[0], "date": time.strftime("%Y-%m-%d"), "runs": runs}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=8)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", default="bench/results/grading.json")
    args = parser.parse_args()
    result = measure(args.submissions, args.jobs)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
