"""Typical wrong answers to Level 1 exercises (see tests/wrong_answers.py)."""

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {
    # 02_what_it_costs
    "l1n02-ex1-tests": [
        ("seq_len accepted but ignored (always 512)", """\
import math

from workbench import plan


def cheapest_gpu(model, method, tokens, seq_len=512):
    shape = plan.PRESETS[model]
    estimate = plan.estimate_memory(shape, method, seq_len=512)
    best, best_cost = None, math.inf
    for name, gpu in plan.GPUS.items():
        cost = plan.estimate_cost(plan.estimate_time(tokens, shape, gpu, method=method), gpu)
        if plan.fits(estimate, gpu) and cost < best_cost:
            best, best_cost = name, cost
    return best
"""),
        ("no seq_len parameter", """\
import math

from workbench import plan


def cheapest_gpu(model, method, tokens):
    shape = plan.PRESETS[model]
    estimate = plan.estimate_memory(shape, method)
    best, best_cost = None, math.inf
    for name, gpu in plan.GPUS.items():
        cost = plan.estimate_cost(plan.estimate_time(tokens, shape, gpu, method=method), gpu)
        if plan.fits(estimate, gpu) and cost < best_cost:
            best, best_cost = name, cost
    return best
"""),
        ("the cheapest hourly price, not the cheapest run", """\
from workbench import plan


def cheapest_gpu(model, method, tokens, seq_len=512):
    estimate = plan.estimate_memory(plan.PRESETS[model], method, seq_len=seq_len)
    fitting = [name for name, gpu in plan.GPUS.items() if plan.fits(estimate, gpu)]
    return min(fitting, key=lambda name: plan.GPUS[name].price_per_hour, default=None)
"""),
        ("plan.fits not checked", """\
from workbench import plan


def cheapest_gpu(model, method, tokens, seq_len=512):
    shape = plan.PRESETS[model]
    return min(plan.GPUS, key=lambda name: plan.estimate_cost(
        plan.estimate_time(tokens, shape, plan.GPUS[name], method=method), plan.GPUS[name]))
"""),
        ("returns the plan.GPU object, not its name", """\
import math

from workbench import plan


def cheapest_gpu(model, method, tokens, seq_len=512):
    shape = plan.PRESETS[model]
    estimate = plan.estimate_memory(shape, method, seq_len=seq_len)
    best, best_cost = None, math.inf
    for gpu in plan.GPUS.values():
        cost = plan.estimate_cost(plan.estimate_time(tokens, shape, gpu, method=method), gpu)
        if plan.fits(estimate, gpu) and cost < best_cost:
            best, best_cost = gpu, cost
    return best
"""),
    ],
    "l1n02-ex2-tests": [
        ("`< 0` instead of `<= 0` (equal monthly costs divide by zero)", """\
import math


def months_to_break_even(one_off_usd, own_usd_per_month, api_usd_per_month):
    saving = api_usd_per_month - own_usd_per_month
    if saving < 0:
        return math.inf
    return float(one_off_usd / saving)
"""),
        ("rounded to one decimal", """\
import math


def months_to_break_even(one_off_usd, own_usd_per_month, api_usd_per_month):
    saving = api_usd_per_month - own_usd_per_month
    if saving <= 0:
        return math.inf
    return round(one_off_usd / saving, 1)
"""),
        ("floor division //", """\
import math


def months_to_break_even(one_off_usd, own_usd_per_month, api_usd_per_month):
    saving = api_usd_per_month - own_usd_per_month
    if saving <= 0:
        return math.inf
    return float(one_off_usd // saving)
"""),
        ("None instead of math.inf when owning never pays off", """\
def months_to_break_even(one_off_usd, own_usd_per_month, api_usd_per_month):
    saving = api_usd_per_month - own_usd_per_month
    if saving <= 0:
        return None
    return float(one_off_usd / saving)
"""),
    ],
    # 03_where_the_data_goes
    "l1n03-ex1-tests": [
        ("round() instead of rounding down", """\
from workbench import plan


def max_context_tokens(shape, available_bytes):
    left = available_bytes - plan.estimate_memory(shape, 'qlora').weights
    if left <= 0:
        return 0
    return round(left / (2 * shape.num_layers * shape.kv_dim * 2))
"""),
        ("GiB and GB mixed (available / 2**30, weights / 1e9)", """\
from workbench import plan


def max_context_tokens(shape, available_bytes):
    left_gb = available_bytes / 2**30 - plan.estimate_memory(shape, 'qlora').weights / 1e9
    if left_gb <= 0:
        return 0
    return int(left_gb * 1e9 // (2 * shape.num_layers * shape.kv_dim * 2))
"""),
        ("the QLoRA training total instead of the weights", """\
from workbench import plan


def max_context_tokens(shape, available_bytes):
    left = available_bytes - plan.estimate_memory(shape, 'qlora').total
    if left <= 0:
        return 0
    return int(left // (2 * shape.num_layers * shape.kv_dim * 2))
"""),
        ("negative count when the weights do not fit", """\
from workbench import plan


def max_context_tokens(shape, available_bytes):
    left = available_bytes - plan.estimate_memory(shape, 'qlora').weights
    return int(left // (2 * shape.num_layers * shape.kv_dim * 2))
"""),
        ("a float, not an int", """\
from workbench import plan


def max_context_tokens(shape, available_bytes):
    left = available_bytes - plan.estimate_memory(shape, 'qlora').weights
    if left <= 0:
        return 0
    return left // (2 * shape.num_layers * shape.kv_dim * 2)
"""),
    ],
    # Exercise 2: the reference answers with one value changed, as a learner might misread the project
    "l1n03-ex2-tests": [
        (label, f"""\
answers_clinic = {{
    "personal_data": True,
    "must_stay_onsite": True,
    "internet": "unreliable",
    "answer_within_1s": False,
    "users": 2,
    "it_team": False,
    "high_volume": False,
    "model": "qwen2.5-1.5b",
}}
answers_clinic[{key!r}] = {value!r}
""")
        for label, key, value in [
            ("internet 'reliable'", "internet", "reliable"),
            ("internet 'sometimes' (not one of the allowed values)", "internet", "sometimes"),
            ("200 users", "users", 200),
            ("users as the string '2'", "users", "2"),
            ("an IT team", "it_team", True),
            ("high volume", "high_volume", True),
            ("answers within 1 s", "answer_within_1s", True),
            ("model qwen2.5-0.5b", "model", "qwen2.5-0.5b"),
            ("model '1.5b' (not a name from plan.PRESETS)", "model", "1.5b"),
            ("no personal data", "personal_data", False),
            ("records may leave the station", "must_stay_onsite", False),
        ]
    ],
    # 04_planning_an_ai_project
    "l1n04-ex1-tests": [
        ("compares whole records, not the field", """\
def shared_values(a, b, field):
    return {r[field] for r in a if r in b}
"""),
        ("every value of the records, not only `field`", """\
def shared_values(a, b, field):
    return {v for r in a for v in r.values()} & {v for r in b for v in r.values()}
"""),
        ("always the body field", """\
def shared_values(a, b, field):
    return {r['body'] for r in a} & {r['body'] for r in b}
"""),
        ("a list, not a set", """\
def shared_values(a, b, field):
    values_b = [r[field] for r in b]
    return [r[field] for r in a if r[field] in values_b]
"""),
        ("union instead of intersection", """\
def shared_values(a, b, field):
    return {r[field] for r in a} | {r[field] for r in b}
"""),
    ],
    "l1n04-ex2-tests": [
        ("rounded to two decimals", """\
from collections import Counter


def majority_baseline(train_labels, test_labels):
    counts = Counter(train_labels)
    answer = sorted(label for label, n in counts.items() if n == max(counts.values()))[0]
    return round(sum(label == answer for label in test_labels) / len(test_labels), 2)
"""),
        ("the most common label of the TEST labels", """\
from collections import Counter


def majority_baseline(train_labels, test_labels):
    counts = Counter(test_labels)
    answer = sorted(label for label, n in counts.items() if n == max(counts.values()))[0]
    return sum(label == answer for label in test_labels) / len(test_labels)
"""),
        ("Counter.most_common: a tie goes to the label seen first", """\
from collections import Counter


def majority_baseline(train_labels, test_labels):
    answer = Counter(train_labels).most_common(1)[0][0]
    return sum(label == answer for label in test_labels) / len(test_labels)
"""),
        ("the number right, not the share", """\
from collections import Counter


def majority_baseline(train_labels, test_labels):
    counts = Counter(train_labels)
    answer = sorted(label for label, n in counts.items() if n == max(counts.values()))[0]
    return sum(label == answer for label in test_labels)
"""),
    ],
}
