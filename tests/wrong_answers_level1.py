"""Typical wrong answers to Level 1 exercises (see tests/wrong_answers.py)."""

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {}
