"""Typical wrong answers to the exercises of Level 3, lesson 9 (safety and guardrails); see tests/wrong_answers.py."""

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {
    "l3n09-ex1-tests": [
        ("returns the matched text, not (start, end) spans", """\
def find_landlines(text):
    found = []
    for match in re.finditer(r"(?<![\\w.+-])\\(?02\\d{1,2}\\)?(?:[ .]?\\d){7,8}(?![\\w]|[.]\\d)", text):
        if len(re.sub(r"\\D", "", match.group())) == 11:
            found.append(match.group())
    return found
"""),
        ("only eleven digits written together: misses 024 3826 1234", """\
def find_landlines(text):
    return [m.span() for m in re.finditer(r"(?<![\\w.+-])02\\d{9}(?!\\w)", text)]
"""),
        ("no boundaries: finds landlines inside product codes and longer numbers", """\
def find_landlines(text):
    spans = []
    for match in re.finditer(r"\\(?02\\d{1,2}\\)?(?:[ .]?\\d){7,8}", text):
        if len(re.sub(r"\\D", "", match.group())) == 11:
            spans.append(match.span())
    return spans
"""),
        ("any 0 prefix: mobile numbers counted as landlines", """\
def find_landlines(text):
    return [m.span() for m in re.finditer(r"(?<![\\w.+-])\\(?0\\d{2,3}\\)?(?:[ .]?\\d){6,8}(?![\\w]|[.]\\d)", text)]
"""),
        ("end made inclusive (end - 1)", """\
def find_landlines(text):
    spans = []
    for match in re.finditer(r"(?<![\\w.+-])\\(?02\\d{1,2}\\)?(?:[ .]?\\d){7,8}(?![\\w]|[.]\\d)", text):
        if len(re.sub(r"\\D", "", match.group())) == 11:
            spans.append((match.start(), match.end() - 1))
    return spans
"""),
        ("the digits counted without checking there are eleven: a 10-digit number passes", """\
def find_landlines(text):
    return [m.span() for m in re.finditer(r"(?<![\\w.+-])\\(?02\\d{1,2}\\)?(?:[ .]?\\d){6,8}(?![\\w]|[.]\\d)", text)]
"""),
    ],
    "l3n09-ex2-tests": [
        ("precision and recall swapped", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        tp += len(right & found)
        fp += len(found - right)
        fn += len(right - found)
    return (tp / (tp + fn) if tp + fn else 1.0), (tp / (tp + fp) if tp + fp else 1.0)
"""),
        ("kind ignored: a span in the right place counts whatever its kind", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = {s[1:] for s in right}, {s[1:] for s in found}
        tp += len(right & found)
        fp += len(found - right)
        fn += len(right - found)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
"""),
        ("spans of all texts pooled into one set: a span matches one from another text", """\
def precision_recall(gold, predicted):
    right = {s for spans in gold for s in spans}
    found = {s for spans in predicted for s in spans}
    tp = len(right & found)
    return (tp / len(found) if found else 1.0), (tp / len(right) if right else 1.0)
"""),
        ("0.0 instead of 1.0 when nothing was predicted", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        tp += len(right & found)
        fp += len(found - right)
        fn += len(right - found)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
"""),
        ("mean of each text's precision and recall, not pooled counts", """\
def precision_recall(gold, predicted):
    precisions, recalls = [], []
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        precisions.append(len(right & found) / len(found) if found else 1.0)
        recalls.append(len(right & found) / len(right) if right else 1.0)
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)
"""),
    ],
}
