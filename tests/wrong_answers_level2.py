"""Typical wrong answers to Level 2 exercises (see tests/wrong_answers.py)."""

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {
    # 01_talking_to_a_local_model
    "l2n01-ex1-tests": [
        ("softmax, then divided by the temperature", """\
import torch

def next_token_probabilities(logits, temperature):
    return torch.softmax(logits.float(), dim=-1) / temperature
"""),
        ("divided by the temperature squared", """\
import torch

def next_token_probabilities(logits, temperature):
    return torch.softmax(logits.float() / temperature**2, dim=-1)
"""),
        ("multiplied by the temperature", """\
import torch

def next_token_probabilities(logits, temperature):
    return torch.softmax(logits.float() * temperature, dim=-1)
"""),
        ("temperature ignored", """\
import torch

def next_token_probabilities(logits, temperature):
    return torch.softmax(logits.float(), dim=-1)
"""),
    ],
    "l2n01-ex2-tests": [
        ("numpy.int64 of the right count", """\
import numpy as np

def nucleus_size(probabilities, top_p):
    running = np.cumsum(sorted(probabilities, reverse=True))
    return np.searchsorted(running, top_p) + 1
"""),
        ("probabilities not sorted", """\
def nucleus_size(probabilities, top_p):
    total = 0.0
    for count, p in enumerate(probabilities, start=1):
        total += p
        if total >= top_p:
            return count
    return len(probabilities)
"""),
        ("least likely first (sorted ascending)", """\
def nucleus_size(probabilities, top_p):
    total = 0.0
    for count, p in enumerate(sorted(probabilities), start=1):
        total += p
        if total >= top_p:
            return count
    return len(probabilities)
"""),
    ],
    "l2n01-ex3-tests": [
        ("`<` instead of `<=` (a prompt of exactly the budget does not fit)", """\
def max_shots(email, budget):
    best = -1
    for k in range(len(examples) + 1):
        if prompt_tokens(few_shot_prompt(email, k)) < budget:
            best = k
    return best
"""),
        ("0 instead of -1 when nothing fits", """\
def max_shots(email, budget):
    best = 0
    for k in range(len(examples) + 1):
        if prompt_tokens(few_shot_prompt(email, k)) <= budget:
            best = k
    return best
"""),
        ("range(len(examples)) never tries all the examples", """\
def max_shots(email, budget):
    best = -1
    for k in range(len(examples)):
        if prompt_tokens(few_shot_prompt(email, k)) <= budget:
            best = k
    return best
"""),
        ("counts the prompts that fit (one too many)", """\
def max_shots(email, budget):
    return sum(prompt_tokens(few_shot_prompt(email, k)) <= budget for k in range(len(examples) + 1))
"""),
    ],
    # 02_hr_policy_assistant
    "l2n02-ex1-tests": [
        ("set(query): a repeated query term counts once", """\
import math


def bm25_score(query, doc, corpus, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in set(query):
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / avgdl))
    return float(score)
"""),
        ("df counts occurrences, not passages", """\
import math


def bm25_score(query, doc, corpus, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in query:
        df = sum(d.count(term) for d in corpus)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / avgdl))
    return float(score)
"""),
        ("k1 and b accepted but ignored (1.5 and 0.75 written in)", """\
import math


def bm25_score(query, doc, corpus, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in query:
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (1.5 + 1) / (tf + 1.5 * (1 - 0.75 + 0.75 * len(doc) / avgdl))
    return float(score)
"""),
        ("no k1 and b parameters", """\
import math


def bm25_score(query, doc, corpus):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in query:
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (1.5 + 1) / (tf + 1.5 * (1 - 0.75 + 0.75 * len(doc) / avgdl))
    return float(score)
"""),
        ("idf without the 1 + inside the log", """\
import math


def bm25_score(query, doc, corpus, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in query:
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        idf = math.log((n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / avgdl))
    return float(score)
"""),
        ("no length normalisation (b always 0)", """\
import math


def bm25_score(query, doc, corpus, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    score = 0.0
    for term in query:
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        score += idf * tf * (k1 + 1) / (tf + k1 * (1 - 0 + 0 * len(doc) / avgdl))
    return float(score)
"""),
    ],
    "l2n02-ex2-tests": [
        ("rounded to two decimals", """\
def mean_reciprocal_rank(rankings, gold):
    total = 0.0
    for ranked, right in zip(rankings, gold):
        if right in ranked:
            total += 1 / (ranked.index(right) + 1)
    return round(total / len(gold), 2)
"""),
        ("0-based rank (ZeroDivisionError at first place)", """\
def mean_reciprocal_rank(rankings, gold):
    total = 0.0
    for ranked, right in zip(rankings, gold):
        if right in ranked:
            total += 1 / ranked.index(right)
    return total / len(gold)
"""),
        ("a missing gold id not handled (ValueError)", """\
def mean_reciprocal_rank(rankings, gold):
    total = 0.0
    for ranked, right in zip(rankings, gold):
        total += 1 / (ranked.index(right) + 1)
    return total / len(gold)
"""),
        ("mean over the questions whose passage was found", """\
def mean_reciprocal_rank(rankings, gold):
    scores = [1 / (ranked.index(right) + 1) for ranked, right in zip(rankings, gold) if right in ranked]
    return sum(scores) / len(scores) if scores else 0.0
"""),
        ("the sum, not the mean", """\
def mean_reciprocal_rank(rankings, gold):
    return float(sum(1 / (ranked.index(right) + 1)
                     for ranked, right in zip(rankings, gold) if right in ranked))
"""),
    ],
    # 05_inventory_risk
    "l2n05-ex1-tests": [
        ("int 0 instead of 0.0 when nothing is flagged", """\
def precision_recall(actual, flagged):
    right = sum(1 for a, f in zip(actual, flagged) if a and f)
    n_flagged = sum(1 for f in flagged if f)
    n_actual = sum(1 for a in actual if a)
    return (right / n_flagged if n_flagged else 0, right / n_actual if n_actual else 0)
"""),
        ("numpy.float64 from numpy sums", """\
import numpy as np

def precision_recall(actual, flagged):
    a, f = np.array(actual), np.array(flagged)
    right = np.sum(a & f)
    return (right / np.sum(f) if np.sum(f) else 0.0, right / np.sum(a) if np.sum(a) else 0.0)
"""),
        ("ZeroDivisionError when nothing is flagged", """\
def precision_recall(actual, flagged):
    right = sum(1 for a, f in zip(actual, flagged) if a and f)
    n_flagged = sum(1 for f in flagged if f)
    n_actual = sum(1 for a in actual if a)
    return (right / n_flagged, right / n_actual if n_actual else 0.0)
"""),
        ("rounded to three decimals", """\
def precision_recall(actual, flagged):
    right = sum(1 for a, f in zip(actual, flagged) if a and f)
    n_flagged = sum(1 for f in flagged if f)
    n_actual = sum(1 for a in actual if a)
    return (round(right / n_flagged, 3) if n_flagged else 0.0, round(right / n_actual, 3) if n_actual else 0.0)
"""),
        ("precision and recall swapped", """\
def precision_recall(actual, flagged):
    right = sum(1 for a, f in zip(actual, flagged) if a and f)
    n_flagged = sum(1 for f in flagged if f)
    n_actual = sum(1 for a in actual if a)
    return (right / n_actual if n_actual else 0.0, right / n_flagged if n_flagged else 0.0)
"""),
    ],
    "l2n05-ex2-tests": [
        ("natural pandas code: a numpy.float64", """\
def value_at_risk(row):
    daily = row[['demand_w5', 'demand_w6', 'demand_w7', 'demand_w8']].sum() / 28
    shortfall = max(0.0, daily * row['lead_time_days'] - row['stock_on_hand'])
    return shortfall * row['unit_cost_vnd']
"""),
        ("rounded to whole dong", """\
def value_at_risk(row):
    daily = sum(row[f'demand_w{i}'] for i in range(5, 9)) / 28
    shortfall = max(0.0, daily * row['lead_time_days'] - row['stock_on_hand'])
    return float(round(shortfall * row['unit_cost_vnd']))
"""),
        ("all eight weeks over 28 days", """\
def value_at_risk(row):
    daily = sum(row[f'demand_w{i}'] for i in range(1, 9)) / 28
    shortfall = max(0.0, daily * row['lead_time_days'] - row['stock_on_hand'])
    return float(shortfall * row['unit_cost_vnd'])
"""),
        ("negative shortfall kept (no max with 0)", """\
def value_at_risk(row):
    daily = sum(row[f'demand_w{i}'] for i in range(5, 9)) / 28
    return float((daily * row['lead_time_days'] - row['stock_on_hand']) * row['unit_cost_vnd'])
"""),
        ("weekly demand used as daily (divided by 4, not 28)", """\
def value_at_risk(row):
    daily = sum(row[f'demand_w{i}'] for i in range(5, 9)) / 4
    shortfall = max(0.0, daily * row['lead_time_days'] - row['stock_on_hand'])
    return float(shortfall * row['unit_cost_vnd'])
"""),
    ],
}
