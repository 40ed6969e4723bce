"""Checks, between a submission's tests, that its code has not changed how the tests work.

nbgrader runs a student's cells and the hidden tests in one Python process and counts a test as
passed when its cell shows no error. So one line in an answer can fake every later pass: hide
errors (`get_ipython().set_custom_exc`), rewrite the test cells before they run (an
`ast_transformers` entry), replace a check (`math.isclose = lambda *a, **k: True`) or rebind the
name a test uses. The grader therefore puts a check cell after every test cell. The check looks
for those changes and then always raises an error carrying a random nonce: if that error does not
come back as the cell's output, errors are being hidden. A test whose check fails scores zero, and
the feedback says why.

This stops the generic tricks; it is not a security boundary. Code that studies this module (a
frame tracer installed and removed inside the student's own function, ctypes, edits of shared
data such as `plan.GPUS`) can still get around it; grading/README.md says so.
"""

from __future__ import annotations

import ast
import base64
import copy
import inspect
import secrets
import zlib

import nbformat

from workbench.exercises import is_answer_cell, is_test_cell, nbgrader_meta

META_KEY = "workbench_integrity_check"   # cell metadata of a check cell: the grade_id of the test it follows
NOT_SHOWN = "the check's own error was not shown, so this notebook hides errors"


def _integrity_check(nonce, chains, bindings):
    # Runs inside the student's kernel, compiled from this source in globals of its own, so that a
    # student's variable named `type` or `max` cannot break it; it reads their namespace from IPython.
    import builtins
    import math
    import sys
    import types

    shell = sys.modules["IPython"].get_ipython()
    user = shell.user_ns
    problems = []

    def from_notebook(obj):
        if isinstance(obj, types.MethodType):
            obj = obj.__func__
        try:
            code = getattr(obj, "__code__", None)
            if code is not None and ("ipykernel_" in code.co_filename or code.co_filename.startswith("<ipython")):
                return True
            return getattr(obj, "__module__", None) == "__main__"
        except Exception:
            return False

    def check_module(module):
        for name, value in list(vars(module).items()):
            if (name.startswith("__") and name not in ("__import__", "__build_class__")) or not callable(value):
                continue
            c_function = isinstance(value, types.BuiltinFunctionType)
            if from_notebook(value):
                problems.append(f"{module.__name__}.{name} was replaced")
            elif module is math and not (c_function and value.__self__ is math and value.__name__ == name):
                problems.append(f"math.{name} was replaced")       # math is all C functions of its own
            elif module is builtins and c_function and (value.__name__ != name
                                                        or not isinstance(value.__self__, types.ModuleType)):
                problems.append(f"builtins.{name} was replaced")   # builtins.open is _io's open: same name

    def check_object(label, obj):
        for name, value in list(vars(obj).items()):
            if callable(getattr(type(obj), name, None)) and from_notebook(value):
                problems.append(f"{label}.{name} was replaced")
        for cls in type(obj).__mro__:
            for name, value in list(vars(cls).items()):
                if from_notebook(value):
                    problems.append(f"{cls.__name__}.{name} was replaced")

    modules = {builtins, math}
    for name, (module_name, attr) in bindings.items():
        module = sys.modules.get(module_name)
        if name not in user or module is None:
            continue
        expected = module if attr is None else getattr(module, attr, sys.modules.get(f"{module_name}.{attr}"))
        value = user[name]
        if value is expected:
            continue
        # an import can legitimately swap a package's attribute (tokenizers.trainers: Rust module, then
        # the Python package), so only a stand-in made by the notebook's own code counts
        suspects = [value, type(value)]
        if not isinstance(value, types.ModuleType):
            suspects += list(getattr(value, "__dict__", {}).values())
        if any(from_notebook(suspect) for suspect in suspects):
            what = module_name if attr is None else f"{module_name}.{attr}"
            problems.append(f"the name {name} no longer means {what}")
    for chain in chains:
        parts = chain.split(".")
        obj = user.get(parts[0], getattr(builtins, parts[0], None))
        for part in parts[1:] + [None]:
            if isinstance(obj, types.ModuleType):
                modules.add(obj)
            if part is None or obj is None:
                break
            obj = getattr(obj, part, None) if isinstance(obj, types.ModuleType) else None
    for module in sorted(modules, key=lambda m: m.__name__):
        check_module(module)

    if shell.custom_exceptions:
        problems.append("set_custom_exc hides errors")
    for label, hooks in (("ast_transformers", shell.ast_transformers),
                         ("input_transformers_post", shell.input_transformers_post),
                         ("input_transformers_cleanup", shell.input_transformers_cleanup)):
        for hook in hooks:
            if from_notebook(hook) or any(from_notebook(v) for v in vars(type(hook)).values()):
                problems.append(f"{label} rewrites cells")
    for event, callbacks in shell.events.callbacks.items():
        if any(from_notebook(callback) for callback in callbacks):
            problems.append(f"a {event} event callback was registered")
    for label, obj in (("shell", shell), ("kernel", getattr(shell, "kernel", None)),
                       ("session", getattr(getattr(shell, "kernel", None), "session", None)),
                       ("displayhook", shell.displayhook), ("display_pub", shell.display_pub),
                       ("compile", shell.compile), ("events", shell.events),
                       ("input_transformer_manager", shell.input_transformer_manager)):
        if obj is not None:
            check_object(label, obj)
    if sys.gettrace() is not None or sys.getprofile() is not None:
        problems.append("a trace or profile function is installed")
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is not None and any(monitoring.get_tool(i) is not None for i in range(6)):
        problems.append("a sys.monitoring tool is registered")
    verdict = "ok" if not problems else "changed: " + "; ".join(sorted(set(problems))[:8])
    raise builtins.AssertionError(f"{nonce} {verdict}")


_CHECK_SOURCE = inspect.getsource(_integrity_check)


def check_cell_source(nonce: str, chains: list[str], bindings: dict) -> str:
    """The code of one check cell: the check function and a call naming what the test before it uses."""
    program = f"{_CHECK_SOURCE}\n_integrity_check({nonce!r}, {sorted(chains)!r}, {dict(sorted(bindings.items()))!r})\n"
    # packed, so that the traceback of the check's error (which shows this line) stays about 2 KB
    packed = base64.b64encode(zlib.compress(program.encode("utf-8"), 9)).decode("ascii")
    return ("# Added by the grader: checks that the notebook has not changed how the test above works.\n"
            f"exec(compile(__import__('zlib').decompress(__import__('base64').b64decode('{packed}')), "
            "'<grader check>', 'exec'), {'__builtins__': __import__('builtins')})\n")


def names_used(source: str) -> list[str]:
    """Dotted names a test cell reads (`math.isclose`, `plan.PRESETS`, `np.testing.assert_allclose`)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    chains = set()
    for node in ast.walk(tree):
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name):
            chains.add(".".join([node.id] + parts[::-1]))
    return sorted(chains)


def module_bindings(nb) -> dict[str, tuple[str, str | None]]:
    """What the notebook's own (not the student's) cells import: `np` -> (numpy, None), `plan` -> (workbench, plan)."""
    bindings = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or is_answer_cell(cell):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    bound = alias.asname or alias.name.split(".")[0]   # `import os.path` binds os
                    bindings[bound] = (alias.name if alias.asname else bound, None)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    if alias.name != "*":
                        bindings[alias.asname or alias.name] = (node.module, alias.name)
    return bindings


def add_checks(submitted, source, nonce: str | None = None) -> tuple:
    """A copy of the `submitted` notebook with a check cell after each test cell, and the nonce they report.

    `source` is the instructor's version: the tests' full text (hidden tests included) decides what
    each check looks at, since nbgrader puts that text back into the test cells before it runs them.
    `nonce` is a new random one unless given (one for all notebooks of a submission).
    """
    nonce = nonce or secrets.token_hex(8)
    bindings = module_bindings(source)
    tests = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells if is_test_cell(c)}
    nb = copy.deepcopy(submitted)
    cells = []
    for cell in nb.cells:
        cells.append(cell)
        grade_id = nbgrader_meta(cell).get("grade_id")
        if cell.cell_type == "code" and grade_id in tests:
            chains = names_used(tests[grade_id])
            used = {name: module for name, module in bindings.items() if any(c.split(".")[0] == name for c in chains)}
            check = nbformat.v4.new_code_cell(check_cell_source(nonce, chains, used), metadata={META_KEY: grade_id},
                                              id=f"wbcheck-{nonce[:8]}-{len(cells)}")
            if nb.get("nbformat_minor", 5) < 5:
                del check["id"]   # cell ids came with nbformat 4.5; older files (Colab's) must not have them
            cells.append(check)
    nb.cells = cells
    return nb, nonce


def take_checks(nb, nonce: str) -> tuple:
    """Remove the check cells from an executed notebook; return it and {grade_id: what was wrong} for failed ones."""
    failed = {}
    kept = []
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get(META_KEY)
        if grade_id is None:
            kept.append(cell)
            continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        message = errors[-1].get("evalue", "") if errors else ""
        if not errors:
            failed[grade_id] = NOT_SHOWN
        elif not message.startswith(nonce + " "):
            failed[grade_id] = f"the grader's check could not run: {errors[-1].get('ename', '')}: {message[:200]}"
        elif message != f"{nonce} ok":
            failed[grade_id] = message[len(nonce) + 1:]
    nb.cells = kept
    return nb, failed
