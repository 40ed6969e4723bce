"""The grader's check cells: what they look for in a real IPython shell, and how their outputs are read.

The whole path (check cells inside a real nbgrader round, attacks that would otherwise score) is in
test_grading.py; here each trick is tried alone in a fresh IPython shell in its own process.
"""

import base64
import json
import re
import subprocess
import sys
import zlib

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from workbench import integrity

SHELL = """
import json, sys
from IPython.core.interactiveshell import InteractiveShell
from workbench.integrity import check_cell_source
setup, chains, bindings = json.loads(sys.argv[1])
shell = InteractiveShell.instance()
assert shell.run_cell(setup).success, setup
result = shell.run_cell(check_cell_source("n0nce", chains, bindings))
print("VERDICT", result.error_in_exec)
"""


def _verdict(setup: str, chains=("math.isclose",), bindings=None) -> str:
    args = json.dumps([setup, list(chains), bindings or {}])
    done = subprocess.run([sys.executable, "-c", SHELL, args], capture_output=True, text=True, timeout=120)
    assert "VERDICT" in done.stdout, done.stderr[-2000:]
    return done.stdout.split("VERDICT", 1)[1].strip()


HONEST = ("import numpy as np\nimport math\nmax = 3\nsum = 0\ntype = None\nvars = 1\ncallable = 2\nisinstance = 5\n"
          "list = []\ndef helper(x):\n    return x\nimport matplotlib\nmatplotlib.use('Agg')\n"
          "import matplotlib.pyplot as plt\nplt.plot([1, 2])\n"
          # the name now differs from tokenizers.trainers (a Python package replaces the Rust module): not a trick
          "from tokenizers import trainers\nimport tokenizers.trainers")


def test_an_honest_notebook_passes_even_when_it_shadows_builtin_names():
    # catches: a check that accuses a student who named a variable `max` or `type`, or who plotted
    bindings = {"np": ["numpy", None], "trainers": ["tokenizers", "trainers"]}
    assert _verdict(HONEST, ["np.allclose", "math.isclose", "max", "trainers.BpeTrainer"], bindings) == "n0nce ok"


TRICKS = {
    "replaced check": ("import math\nmath.isclose = lambda *a, **k: True", ["math.isclose"], {},
                       "math.isclose was replaced"),
    "swapped C function": ("import math\nmath.isclose = max", ["math.isclose"], {}, "math.isclose was replaced"),
    "replaced builtin": ("import builtins\nbuiltins.abs = lambda x: 0", ["abs"], {}, "builtins.abs was replaced"),
    "patched library": ("import numpy as np\nnp.allclose = lambda *a, **k: True", ["np.allclose"],
                        {"np": ["numpy", None]}, "numpy.allclose was replaced"),
    "rebound name": ("import numpy\nclass Fake:\n    allclose = staticmethod(lambda *a, **k: True)\nnp = Fake()", ["np.allclose"],
                     {"np": ["numpy", None]}, "the name np no longer means numpy"),
    "rebound import": ("from math import isclose\nisclose = lambda *a, **k: True", ["isclose"],
                       {"isclose": ["math", "isclose"]}, "the name isclose no longer means math.isclose"),
    "custom exception handler": ("get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)", [], {},
                                 "set_custom_exc hides errors"),
    "ast transformer": ("import ast\nclass Gone(ast.NodeTransformer):\n    def visit_Assert(self, node):\n"
                        "        return ast.Pass()\nget_ipython().ast_transformers.append(Gone())", [], {},
                        "ast_transformers rewrites cells"),
    "event callback": ("get_ipython().events.register('post_run_cell', lambda result: None)", [], {},
                       "a post_run_cell event callback was registered"),
    "patched shell method": ("get_ipython().showtraceback = lambda *a, **k: None", [], {},
                             "shell.showtraceback was replaced"),
    "patched shell class": ("type(get_ipython()).showtraceback = lambda *a, **k: None", [], {},
                            "showtraceback was replaced"),
    "trace function": ("import sys\nsys.settrace(lambda *a: None)", [], {}, "a trace or profile function"),
}


@pytest.mark.parametrize("trick", sorted(TRICKS))
def test_each_generic_trick_is_named_in_the_verdict(trick):
    # catches: a way to fake passing tests that the check does not see
    setup, chains, bindings, words = TRICKS[trick]
    verdict = _verdict(setup, chains, bindings)
    assert verdict.startswith("n0nce changed:") and words in verdict, verdict


def test_names_used_lists_the_dotted_names_a_test_reads():
    # catches: a check that looks at the wrong modules (or crashes on a test cell it cannot parse)
    chains = integrity.names_used("assert math.isclose(x, 1)\nnp.testing.assert_allclose(a.b, 2)")
    assert {"math.isclose", "np.testing.assert_allclose", "x", "a.b"} <= set(chains)
    assert integrity.names_used("def broken(:\n") == []


def _notebook():
    def meta(grade_id, **kw):
        return {"nbgrader": {"grade_id": grade_id, "schema_version": 3, **kw}}

    return new_notebook(cells=[
        new_code_cell("import numpy as np\nfrom workbench import plan\nimport os.path"),
        new_code_cell("def f():\n    import pandas as pd\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION",
                      metadata=meta("ans", solution=True, grade=False)),
        new_code_cell("assert np.isclose(f(), 1)\n### BEGIN HIDDEN TESTS\nassert plan.GPUS\n### END HIDDEN TESTS",
                      metadata=meta("tests", grade=True, solution=False, points=1, locked=True)),
        new_markdown_cell("Explain.", metadata=meta("written", solution=True, grade=True, points=1)),
    ])


def test_module_bindings_come_from_the_notebooks_own_cells_not_the_answers():
    # catches: a student's `import fake as np` in an answer cell deciding what `np` must be
    bindings = integrity.module_bindings(_notebook())
    assert bindings == {"np": ("numpy", None), "plan": ("workbench", "plan"), "os": ("os", None)}


def test_a_check_follows_each_test_cell_and_reads_what_its_hidden_tests_use():
    # catches: checks missing after a test, or built from the student's copy without the hidden tests
    source = _notebook()
    submitted = nbformat.from_dict(json.loads(json.dumps(source)))
    submitted.cells[2].source = "assert np.isclose(f(), 1)\n"   # the student sees no hidden tests
    checked, nonce = integrity.add_checks(submitted, source)
    assert len(checked.cells) == 5 and len(submitted.cells) == 4
    check = checked.cells[3]
    packed = re.search(r"b64decode\('([^']+)'\)", check.source).group(1)
    program = zlib.decompress(base64.b64decode(packed)).decode("utf-8")
    assert check.metadata[integrity.META_KEY] == "tests" and nonce in program
    assert "plan.GPUS" in program and "'np': ('numpy', None)" in program
    nbformat.validate(checked)


def _executed_check(evalue: str | None, ename="AssertionError"):
    checked, nonce = integrity.add_checks(_notebook(), _notebook())
    outputs = [] if evalue is None else [new_output("error", ename=ename, evalue=evalue.format(nonce=nonce),
                                                    traceback=[])]
    checked.cells[3].outputs = outputs
    return integrity.take_checks(checked, nonce)


def test_take_checks_removes_the_cells_and_reads_each_verdict():
    # catches: check cells left in the feedback, a hidden error read as a pass, or a forged verdict accepted
    nb, failed = _executed_check("{nonce} ok")
    assert failed == {} and len(nb.cells) == 4
    assert _executed_check(None)[1] == {"tests": integrity.NOT_SHOWN}
    assert _executed_check("{nonce} changed: math.isclose was replaced")[1] == {
        "tests": "changed: math.isclose was replaced"}
    assert "could not run" in _executed_check("0000 ok")[1]["tests"]
    assert "NameError" in _executed_check("name 'exec' is not defined", ename="NameError")[1]["tests"]


def test_checks_keep_an_old_format_notebook_valid():
    # catches: cell ids added to a notebook saved by an older Jupyter or Colab (nbformat 4.0), which then
    # fails validation and scores zero
    old = nbformat.from_dict(json.loads(json.dumps(_notebook())))
    old.nbformat_minor = 0
    for cell in old.cells:
        del cell["id"]
    checked, _ = integrity.add_checks(old, _notebook())
    nbformat.validate(nbformat.reads(nbformat.writes(checked), as_version=4))
