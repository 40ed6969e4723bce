"""Typical wrong answers that each exercise's visible tests must reject (tests/test_exercises.py).

Self-learners on Binder or Colab never see the hidden tests: for them, passing the visible tests
means "correct". Each entry: test cell grade_id -> [(what the mistake is, a wrong answer cell)].
A wrong answer cell must run without error (it runs in the notebook's kernel, after the test
cell); the visible tests run again after it and must fail, with a message that says what was
expected. One file per level, so that lessons can be worked on side by side.
"""

from wrong_answers_level1 import WRONG_ANSWERS as LEVEL1
from wrong_answers_level2 import WRONG_ANSWERS as LEVEL2
from wrong_answers_level3 import WRONG_ANSWERS as LEVEL3

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {**LEVEL1, **LEVEL2, **LEVEL3}
