"""The `workbench` command: demo, doctor, datasets, chat, pretrain, grade, student-copies, serve.

Problems a user can fix print as one clear message (exit code 2), not a traceback.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import math
import os
import sys

from workbench.errors import WorkbenchError


class _Parser(argparse.ArgumentParser):
    """argparse that reports a wrong argument in two lines, like every other workbench error."""

    def error(self, message):
        self.exit(2, f"error: {message}\nRun `{self.prog} --help` to see the options.\n")


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan  # refused below with the same message as nan, inf or a negative number


def _positive_float(text: str) -> float:
    value = _number(text)
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a number above 0, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return int(text)


def _temperature(text: str) -> float:
    value = _number(text)
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be 0 (always the likeliest word) or a number above 0 "
                                         f"such as 0.7 (more varied), not {text!r}")
    return value


def _folder(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a folder name such as exercises/")
    return text


def _demo(args) -> None:
    from workbench import models
    from workbench.demo import run_demo

    model = args.model
    if model == "auto":
        model, why = models.default_model()
        print(f"Model: {model} ({why})")
    given = {"epochs": args.epochs, "learning_rate": args.learning_rate, "batch_size": args.batch_size}
    run_demo(model, output_dir=args.output_dir, quantization=args.quantization, max_train=args.max_train,
             max_eval=args.max_eval, json_path=args.json, seed=args.seed,
             **{name: value for name, value in given.items() if value is not None})


def _doctor(args) -> None:
    from workbench import hardware, models

    print(hardware.doctor_report())
    model, why = models.default_model()
    print(f"Default model for lessons and `workbench demo --model auto`: {model}\n  because: {why}")
    print("Models:")
    for spec in models.list_models():
        print(f"  {spec.key:<24} {spec.params_b:>6.3f}B  {spec.licence:<32} {spec.hardware:<36} lr {spec.learning_rate:g}")


def _datasets(args) -> None:
    from workbench import data

    if args.name:
        try:
            print(data.describe(args.name).datasheet)
        except data.DataError as err:
            close = difflib.get_close_matches(args.name.lower(), data.catalogue(), n=1, cutoff=0.6)
            if not close:
                raise
            raise WorkbenchError(f"{err} Did you mean `workbench datasets {close[0]}`?") from None
        return
    for name, info in data.catalogue().items():
        sizes = ", ".join(f"{k}: {v}" for k, v in info.files.items())
        print(f"{name:<16} {info.title}\n{'':<16} {sizes}")


def _chat(args) -> None:
    from workbench import generate, models

    if not args.message.strip():
        raise WorkbenchError("The message is empty. Put it in quotes after `chat`: workbench chat \"Xin chào!\"")
    model, tokenizer = models.load_model(args.model, quantization=args.quantization, adapter=args.adapter)
    generate.chat(model, tokenizer, args.message, system=args.system, temperature=args.temperature,
                  max_new_tokens=args.max_new_tokens, stream=True)


def _pretrain(args) -> None:
    from workbench import models, pretrain

    out = args.out or os.path.join(models.ASSETS_DIR, models.BUNDLED_MODEL)
    if args.continue_from:
        texts = pretrain.read_texts(args.texts)
        valid, train = texts[:max(1, len(texts) // 20)], texts[max(1, len(texts) // 20):]
        base = models.resolve_model_path(args.continue_from)
        cfg = pretrain.PretrainConfig(steps=args.steps, seed=args.seed, learning_rate=args.learning_rate or 1e-3,
                                      warmup_steps=min(50, args.steps // 10 + 1), eval_every=max(1, args.steps // 10),
                                      checkpoint_every=args.checkpoint_every)
        report = pretrain.pretrain(train, valid, out, cfg, work_dir=args.work_dir, resume=args.resume, base=base,
                                   device=args.device)
    else:
        if args.texts:
            raise WorkbenchError("--texts is for continued pretraining: add --continue-from MODEL (e.g. vi-tiny-llama)")
        mix = pretrain.load_pretrain_mix()
        cfg = pretrain.bundled_config(steps=args.steps, seed=args.seed, checkpoint_every=args.checkpoint_every)
        if args.learning_rate:
            cfg.learning_rate = args.learning_rate
        report = pretrain.pretrain(mix["texts"], mix["valid_texts"], out, cfg, chats=mix["chats"],
                                   work_dir=args.work_dir, resume=args.resume, device=args.device,
                                   probe=pretrain.skill_probe(mix["valid_chats"]))
    print(f"Saved to {out}: held-out perplexity {report['untrained_valid_ppl']:.1f} -> {report['valid_ppl']:.1f}")


def _grade(args) -> int | None:
    from workbench import grading, sandbox

    if args.action not in ("list", "generate", "export") and len(args.assignment) != 1:
        raise WorkbenchError(f"`workbench grade {args.action}` needs one assignment name, e.g. "
                             f"`workbench grade {args.action} l1-02_what_it_costs` (`workbench grade list` shows them)")
    if args.student and args.action != "autograde":
        raise WorkbenchError("--student is for `workbench grade autograde` only")
    if args.action == "collect" and args.zip and args.exchange:
        raise WorkbenchError("`workbench grade collect` takes its submissions from one place: --zip LMS.zip (a "
                             "download from the LMS) or --exchange FOLDER (what students submitted there), not both")
    if args.action not in ("list", "generate") and not os.path.isfile(os.path.join(args.course, "nbgrader_config.py")):
        raise WorkbenchError(f"{args.course} is not a course folder yet (no nbgrader_config.py): check --course, or "
                             f"create it with `workbench grade generate ASSIGNMENT --course {args.course}`")
    known = grading.assignments()
    for name in args.assignment:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            raise WorkbenchError(f"unknown assignment {name!r}" + (f"; did you mean {close[0]!r}?" if close else "")
                                 + " (`workbench grade list` shows them)")
    if args.action == "export" and os.path.isdir(args.out):
        raise WorkbenchError(f"--out {args.out} is a folder; give a file name, e.g. {os.path.join(args.out, 'grades.csv')}")
    course = grading.Course(args.course, exchange=getattr(args, "exchange", None))
    if args.action == "list":
        for name, path in grading.assignments().items():
            print(f"{name:40s} {path.relative_to(grading.REPO)}")
    elif args.action == "generate":
        for name in course.generate(args.assignment or None):
            print(f"generated {name} -> {course.root / 'release' / name}")
    elif args.action == "release":
        print(f"released {args.assignment[0]} to {course.release(args.assignment[0])}")
    elif args.action == "collect":
        if args.zip:
            collected = course.collect_zip(args.assignment[0], args.zip, pattern=args.pattern)
            print(f"collected {len(collected.students)} submissions: {', '.join(collected.students)}")
            if collected.skipped:
                print(f"{len(collected.skipped)} files were NOT collected (listed above); fix them and collect again",
                      file=sys.stderr)
                return 1
        else:
            course.collect_exchange(args.assignment[0])
            students = course.students(args.assignment[0])
            print(f"{len(students)} submissions of {args.assignment[0]} collected so far: {', '.join(students)}")
    elif args.action == "autograde":
        limits = sandbox.Limits(memory_mb=args.memory_mb, cpu_seconds=args.cpu_seconds, disk_mb=args.disk_mb)
        outcomes = course.autograde(args.assignment[0], students=args.student, jobs=args.jobs,
                                    cell_timeout=args.cell_timeout,
                                    notebook_timeout=args.notebook_timeout, limits=limits,
                                    integrity_checks=not args.no_integrity_checks)
        print(f"{sum(o.status == 'graded' for o in outcomes)} graded, {sum(o.status == 'zero' for o in outcomes)} zero")
    elif args.action == "feedback":
        print(f"{len(course.feedback(args.assignment[0]))} feedback pages in {course.root / 'feedback'}")
    elif args.action == "export":
        path = course.export(args.out)
        with open(path, encoding="utf-8-sig") as table:
            rows = list(csv.DictReader(table))
        print(f"grades of {len(rows)} submissions written to {path}")
        behind = [f"{r['assignment']}/{r['student']} ({r['status']})" for r in rows if r["status"] != "graded"]
        if behind:
            print(f"{len(behind)} grades are missing or out of date, so the file is not ready to upload: "
                  + "; ".join(behind[:10]) + (" ..." if len(behind) > 10 else ""), file=sys.stderr)
            return 1


def _student_copies(args) -> None:
    from workbench import exercises, grading

    written = exercises.write_student_copies(grading.COURSE_SOURCE, args.out)
    print(f"{len(written)} notebooks written to {args.out} (answers cleared, visible tests kept)")


def _serve(args) -> int:
    from workbench import serve

    return serve.serve_forever(args.model, serve.parse_adapters(args.adapter), args.work_dir, args.host, args.port)


def build_parser() -> argparse.ArgumentParser:
    from workbench import pipeline, registry
    from workbench.training_settings import TrainingSettings

    bundled, other = registry.REGISTRY[registry.BUNDLED_MODEL], registry.GENERIC
    parser = _Parser(prog="workbench", description="Build Your Own AI workbench")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="measure, QLoRA fine-tune and re-measure a model on support emails")
    demo.add_argument("--model", default="auto",
                      help="registry key, local folder or hub id; 'auto': a real 0.5B model on a GPU with the hub, "
                           "else the bundled one")
    demo.add_argument("--quantization", default="4bit", choices=["4bit", "8bit", "none", "auto"])
    demo.add_argument("--epochs", type=_positive_float, default=None, help=f"default: {pipeline.EPOCHS}")
    demo.add_argument("--learning-rate", type=_positive_float, default=None,
                      help=f"default: the model's recommended rate ({bundled.learning_rate:g} for the bundled model, "
                           f"{other.learning_rate:g} for hub models)")
    demo.add_argument("--batch-size", type=_positive_int, default=None,
                      help=f"default: {TrainingSettings.batch_size}")
    demo.add_argument("--max-train", type=_positive_int, default=None, help="use only this many training emails")
    demo.add_argument("--max-eval", type=_positive_int, default=None, help="use only this many held-out emails")
    demo.add_argument("--output-dir", default="runs/demo")
    demo.add_argument("--json", default=None, metavar="PATH", help="also write the results as JSON")
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(func=_demo)

    doctor = sub.add_parser("doctor", help="what this machine can do and what the workbench would choose")
    doctor.set_defaults(func=_doctor)

    datasets = sub.add_parser("datasets", help="list the bundled datasets, or print one's datasheet")
    datasets.add_argument("name", nargs="?")
    datasets.set_defaults(func=_datasets)

    chat = sub.add_parser("chat", help="send one message to a model and stream the reply")
    chat.add_argument("message")
    chat.add_argument("--model", default="vi-tiny-llama")
    chat.add_argument("--adapter", default=None, help="folder of a saved LoRA adapter")
    chat.add_argument("--quantization", default="none", choices=["4bit", "8bit", "none", "auto"])
    chat.add_argument("--system", default=None)
    chat.add_argument("--temperature", type=_temperature, default=0.7, help="0 always picks the likeliest word")
    chat.add_argument("--max-new-tokens", type=_positive_int, default=128)
    chat.set_defaults(func=_chat)

    pre = sub.add_parser("pretrain", help="pretrain the bundled tiny model from scratch, or continue a model on your texts")
    pre.add_argument("--out", default=None, help="output folder (default: the bundled model's folder)")
    pre.add_argument("--steps", type=_positive_int, default=5000, help="optimiser steps of 16 x 256 tokens")
    pre.add_argument("--seed", type=int, default=20261207)
    pre.add_argument("--learning-rate", type=float, default=None, help="peak learning rate (3e-3 from scratch, 1e-3 continued)")
    pre.add_argument("--work-dir", default="runs/pretrain", help="where resumable checkpoints go (default: runs/pretrain)")
    pre.add_argument("--checkpoint-every", type=int, default=200, help="steps between checkpoints (0: none)")
    pre.add_argument("--resume", action="store_true", help="continue an interrupted run from its checkpoint in --work-dir")
    pre.add_argument("--device", default="cpu", choices=["cpu", "cuda"], help="cuda trains on the GPU (bf16 where supported)")
    pre.add_argument("--continue-from", default=None, metavar="MODEL",
                     help="continued pretraining: start from this model (name or folder) and keep its tokenizer")
    pre.add_argument("--texts", default=None, metavar="FILE",
                     help="with --continue-from: your unlabeled texts, a .txt (documents separated by a blank line) or .jsonl with a 'text' field")
    pre.set_defaults(func=_pretrain)

    grade = sub.add_parser("grade", help="the instructor's round: generate, release, collect, autograde, feedback, export")
    grade.add_argument("action", choices=["list", "generate", "release", "collect", "autograde", "feedback", "export"])
    grade.add_argument("assignment", nargs="*", help="assignment name(s), as `workbench grade list` prints them")
    grade.add_argument("--course", default="grading/course", help="nbgrader course folder (default: grading/course)")
    grade.add_argument("--exchange", default=None, help="exchange folder shared with students (release/collect)")
    grade.add_argument("--zip", default=None, help="collect: a zip of submissions downloaded from the LMS")
    grade.add_argument("--pattern", default=None, help="collect: regex with a (?P<student>...) group for zip paths")
    grade.add_argument("--student", action="append", default=None, metavar="ID",
                       help="autograde: only this student's submission (repeat for several); the others keep their grades")
    grade.add_argument("--jobs", type=_positive_int, default=None,
                       help="autograde in parallel (default: one per core, as many as memory holds)")
    grade.add_argument("--cell-timeout", type=_positive_int, default=120, help="seconds per cell")
    grade.add_argument("--notebook-timeout", type=_positive_int, default=900, help="seconds per notebook (wall clock)")
    grade.add_argument("--cpu-seconds", type=_positive_int, default=900, help="CPU seconds per notebook")
    grade.add_argument("--memory-mb", type=_positive_int, default=6144, help="address-space limit of a student's kernel")
    grade.add_argument("--disk-mb", type=_positive_int, default=512,
                       help="all files a student's kernel writes, together (held in memory; root only)")
    grade.add_argument("--no-integrity-checks", action="store_true",
                       help="autograde without the check cell after each test (grading/README.md; not advised)")
    grade.add_argument("--out", default="grades.csv", help="export: CSV file to write")
    grade.set_defaults(func=_grade)

    copies = sub.add_parser("student-copies", help="the course notebooks with answers cleared, for self-learners")
    copies.add_argument("out", type=_folder, help="folder to write them to (keeps the level folders)")
    copies.set_defaults(func=_student_copies)

    srv = sub.add_parser("serve", help="serve a model and its LoRA adapters behind an OpenAI-compatible API (llama.cpp)")
    srv.add_argument("--model", default="vi-tiny-llama", help="registry key or merged-model folder")
    srv.add_argument("--adapter", action="append", default=[], metavar="NAME=FOLDER",
                     help="a LoRA adapter, served as model NAME (repeat for several)")
    srv.add_argument("--host", default="127.0.0.1", help="127.0.0.1: this machine only; 0.0.0.0: the network too")
    srv.add_argument("--port", type=_positive_int, default=8000)
    srv.add_argument("--work-dir", default="runs/serve", help="where the GGUF files and the server's config go")
    srv.set_defaults(func=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = args.func(args)
    except WorkbenchError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except OSError as err:  # a path the user gave cannot be read or written: the fix is theirs, not a bug
        if err.filename is None:
            raise
        print(f"error: {err.strerror or err}: {err.filename}. Check the path, and that you may write there.",
              file=sys.stderr)
        return 2
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
