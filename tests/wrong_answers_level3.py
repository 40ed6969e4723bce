"""Typical wrong answers to Level 3 exercises (see tests/wrong_answers.py)."""

WRONG_ANSWERS: dict[str, list[tuple[str, str]]] = {
    # 01_vietnamese_tokenizers
    "l3n01-ex1-tests": [
        ("mean of each text's tokens per word, not all tokens over all words", """\
def fertility_by_hand(tokenize, texts):
    ratios = [len(tokenize(text)) / max(len(text.split()), 1) for text in texts]
    return sum(ratios) / len(ratios) if ratios else 0.0
"""),
        ("words counted with split(' '): newlines and double spaces count wrong", """\
def fertility_by_hand(tokenize, texts):
    words = sum(len(text.split(" ")) for text in texts)
    tokens = sum(len(tokenize(text)) for text in texts)
    return tokens / max(words, 1)
"""),
        ("ZeroDivisionError on an empty list", """\
def fertility_by_hand(tokenize, texts):
    words = sum(len(text.split()) for text in texts)
    tokens = sum(len(tokenize(text)) for text in texts)
    return tokens / words
"""),
        ("all texts joined into one string before tokenizing", """\
def fertility_by_hand(tokenize, texts):
    joined = " ".join(texts)
    return len(tokenize(joined)) / max(len(joined.split()), 1)
"""),
        ("rounded to two decimals", """\
def fertility_by_hand(tokenize, texts):
    words = sum(len(text.split()) for text in texts)
    tokens = sum(len(tokenize(text)) for text in texts)
    return round(tokens / max(words, 1), 2)
"""),
    ],
    "l3n01-ex2-tests": [
        ("NFC over NFD (the ratio upside down)", """\
def nfd_overhead(tokenizer, texts):
    def count(form):
        return sum(len(tokenizer(unicodedata.normalize(form, t), add_special_tokens=False)["input_ids"]) for t in texts)
    return count("NFC") / count("NFD")
"""),
        ("the texts taken as NFC without normalising them", """\
def nfd_overhead(tokenizer, texts):
    nfc = sum(len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts)
    nfd = sum(len(tokenizer(unicodedata.normalize("NFD", t), add_special_tokens=False)["input_ids"]) for t in texts)
    return nfd / nfc
"""),
        ("mean of each text's ratio, not total over total", """\
def nfd_overhead(tokenizer, texts):
    def count(form, t):
        return len(tokenizer(unicodedata.normalize(form, t), add_special_tokens=False)["input_ids"])
    return sum(count("NFD", t) / count("NFC", t) for t in texts) / len(texts)
"""),
        ("characters counted, not tokens", """\
def nfd_overhead(tokenizer, texts):
    return (sum(len(unicodedata.normalize("NFD", t)) for t in texts)
            / sum(len(unicodedata.normalize("NFC", t)) for t in texts))
"""),
    ],
    # 02_pretraining_from_scratch
    "l3n02-ex1-tests": [
        ("mean of the exponentials, not the exponential of the mean", """\
def perplexity_from_losses(losses):
    return sum(math.exp(loss) for loss in losses) / len(losses)
"""),
        ("exponential of the sum", """\
def perplexity_from_losses(losses):
    return math.exp(sum(losses))
"""),
        ("base 2 (the losses are in nats)", """\
def perplexity_from_losses(losses):
    return 2 ** (sum(losses) / len(losses))
"""),
        ("a 0-d tensor from torch.exp", """\
def perplexity_from_losses(losses):
    return torch.exp(torch.tensor(losses).mean())
"""),
    ],
    "l3n02-ex2-tests": [
        ("N·D without the 6", """\
def training_days(params, tokens, gpus, tflops_per_gpu, mfu):
    return params * tokens / (gpus * tflops_per_gpu * 1e12 * mfu) / 86_400
"""),
        ("TFLOP/s used as FLOP/s (no 1e12)", """\
def training_days(params, tokens, gpus, tflops_per_gpu, mfu):
    return 6 * params * tokens / (gpus * tflops_per_gpu * mfu) / 86_400
"""),
        ("hours, not days", """\
def training_days(params, tokens, gpus, tflops_per_gpu, mfu):
    return 6 * params * tokens / (gpus * tflops_per_gpu * 1e12 * mfu) / 3_600
"""),
        ("MFU left out (the peak rate assumed)", """\
def training_days(params, tokens, gpus, tflops_per_gpu, mfu):
    return 6 * params * tokens / (gpus * tflops_per_gpu * 1e12) / 86_400
"""),
    ],
    # 03_quantization_nf4
    "l3n03-ex1-tests": [
        ("one absmax for the whole tensor, not one per block", """\
def absmax_roundtrip(x, levels, blocksize):
    flat = x.reshape(-1).float()
    absmax = flat.abs().max()
    scale = absmax if absmax > 0 else torch.tensor(1.0)
    nearest = ((flat / scale)[:, None] - levels.float()).abs().argmin(dim=1)
    return (levels.float()[nearest] * absmax).reshape(x.shape)
"""),
        ("the largest value, not the largest absolute value, as the scale", """\
def absmax_roundtrip(x, levels, blocksize):
    flat = x.reshape(-1).float()
    out = []
    for start in range(0, flat.numel(), blocksize):
        block = flat[start:start + blocksize]
        absmax = block.max()
        nearest = ((block / absmax)[:, None] - levels.float()).abs().argmin(dim=1)
        out.append(levels.float()[nearest] * absmax)
    return torch.cat(out).reshape(x.shape)
"""),
        ("whole blocks assumed: the last, shorter block does not fit the reshape", """\
def absmax_roundtrip(x, levels, blocksize):
    blocks = x.reshape(-1, blocksize).float()
    absmax = blocks.abs().amax(dim=1, keepdim=True)
    scale = torch.where(absmax > 0, absmax, torch.ones_like(absmax))
    nearest = ((blocks / scale)[..., None] - levels.float()).abs().argmin(dim=-1)
    return (levels.float()[nearest] * absmax).reshape(x.shape)
"""),
        ("the scaled value rounded to an evenly spaced grid, not to the nearest level", """\
def absmax_roundtrip(x, levels, blocksize):
    flat = x.reshape(-1).float()
    out = []
    for start in range(0, flat.numel(), blocksize):
        block = flat[start:start + blocksize]
        absmax = block.abs().max()
        scale = absmax if absmax > 0 else torch.tensor(1.0)
        steps = (len(levels) - 1) / 2
        out.append(torch.round(block / scale * steps) / steps * absmax)
    return torch.cat(out).reshape(x.shape)
"""),
        ("returned flat, not in the shape of x", """\
def absmax_roundtrip(x, levels, blocksize):
    flat = x.reshape(-1).float()
    out = []
    for start in range(0, flat.numel(), blocksize):
        block = flat[start:start + blocksize]
        absmax = block.abs().max()
        scale = absmax if absmax > 0 else torch.tensor(1.0)
        nearest = ((block / scale)[:, None] - levels.float()).abs().argmin(dim=1)
        out.append(levels.float()[nearest] * absmax)
    return torch.cat(out)
"""),
    ],
    "l3n03-ex2-tests": [
        ("bits used as bytes (no / 8)", """\
def weight_memory_gb(params, bits, constants_bits_per_param=0.0):
    return float(params * (bits + constants_bits_per_param) / 1e9)
"""),
        ("GiB (1024 ** 3), not GB", """\
def weight_memory_gb(params, bits, constants_bits_per_param=0.0):
    return float(params * (bits + constants_bits_per_param) / 8 / 1024**3)
"""),
        ("the constants ignored", """\
def weight_memory_gb(params, bits, constants_bits_per_param=0.0):
    return float(params * bits / 8 / 1e9)
"""),
        ("the constants added once, not per parameter", """\
def weight_memory_gb(params, bits, constants_bits_per_param=0.0):
    return float(params * bits / 8 / 1e9 + constants_bits_per_param)
"""),
        ("rounded to two decimals", """\
def weight_memory_gb(params, bits, constants_bits_per_param=0.0):
    return round(params * (bits + constants_bits_per_param) / 8 / 1e9, 2)
"""),
    ],
    # 04_lora_by_hand
    "l3n04-ex1-tests": [
        ("only A counted (r x in)", """\
def lora_param_count(in_features, out_features, r):
    return r * in_features
"""),
        ("the full update matrix (out x in)", """\
def lora_param_count(in_features, out_features, r):
    return in_features * out_features
"""),
        ("a square layer assumed (2 x r x in)", """\
def lora_param_count(in_features, out_features, r):
    return 2 * r * in_features
"""),
        ("a bias counted in B", """\
def lora_param_count(in_features, out_features, r):
    return r * in_features + out_features * r + out_features
"""),
    ],
    "l3n04-ex2-tests": [
        ("2-D inputs only (torch.mm)", """\
def lora_forward(x, W, A, B, alpha, r):
    return torch.mm(x, W.T) + (alpha / r) * torch.mm(torch.mm(x, A.T), B.T)
"""),
        ("integer division alpha // r", """\
def lora_forward(x, W, A, B, alpha, r):
    return x @ W.T + (alpha // r) * (x @ A.T @ B.T)
"""),
        ("scaled by r / alpha", """\
def lora_forward(x, W, A, B, alpha, r):
    return x @ W.T + (r / alpha) * (x @ A.T @ B.T)
"""),
        ("scaled by alpha alone", """\
def lora_forward(x, W, A, B, alpha, r):
    return x @ W.T + alpha * (x @ A.T @ B.T)
"""),
        ("the base output left out", """\
def lora_forward(x, W, A, B, alpha, r):
    return (alpha / r) * (x @ A.T @ B.T)
"""),
    ],
    # 05_qlora_with_trl
    "l3n05-ex1-tests": [
        ("ZeroDivisionError on an empty list", """\
def padding_waste(lengths, batch_size):
    slots = used = 0
    for start in range(0, len(lengths), batch_size):
        group = lengths[start:start + batch_size]
        slots += max(group) * len(group)
        used += sum(group)
    return (slots - used) / slots
"""),
        ("every batch padded to the longest example overall", """\
def padding_waste(lengths, batch_size):
    if not lengths:
        return 0.0
    return 1 - sum(lengths) / (max(lengths) * len(lengths))
"""),
        ("sorted by length first (not the given order)", """\
def padding_waste(lengths, batch_size):
    lengths = sorted(lengths)
    slots = used = 0
    for start in range(0, len(lengths), batch_size):
        group = lengths[start:start + batch_size]
        slots += max(group) * len(group)
        used += sum(group)
    return (slots - used) / slots if slots else 0.0
"""),
        ("the last, smaller batch padded to batch_size rows", """\
def padding_waste(lengths, batch_size):
    slots = used = 0
    for start in range(0, len(lengths), batch_size):
        group = lengths[start:start + batch_size]
        slots += max(group) * batch_size
        used += sum(group)
    return (slots - used) / slots if slots else 0.0
"""),
        ("mean of each batch's waste, not total padding over total slots", """\
def padding_waste(lengths, batch_size):
    fractions = []
    for start in range(0, len(lengths), batch_size):
        group = lengths[start:start + batch_size]
        fractions.append(1 - sum(group) / (max(group) * len(group)))
    return sum(fractions) / len(fractions) if fractions else 0.0
"""),
    ],
    "l3n05-ex2-tests": [
        ("labels > 0: token id 0 not counted", """\
def count_loss_tokens(labels):
    return int((labels > 0).sum().item())
"""),
        ("a tensor, not an int", """\
def count_loss_tokens(labels):
    return (labels != -100).sum()
"""),
        ("the masked positions counted", """\
def count_loss_tokens(labels):
    return int((labels == -100).sum().item())
"""),
        ("the first row only", """\
def count_loss_tokens(labels):
    return int((labels[0] != -100).sum().item())
"""),
    ],
    # 06_evaluation
    "l3n06-ex1-tests": [
        ("accuracy (micro F1), not macro F1", """\
def macro_f1(y_true, y_pred, labels):
    return sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
"""),
        ("labels that never occur left out of the mean", """\
def macro_f1(y_true, y_pred, labels):
    present = [label for label in labels if label in y_true or label in y_pred]
    scores = []
    for label in present:
        tp = sum(t == label and p == label for t, p in zip(y_true, y_pred))
        fp = sum(t != label and p == label for t, p in zip(y_true, y_pred))
        fn = sum(t == label and p != label for t, p in zip(y_true, y_pred))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)
"""),
        ("ZeroDivisionError for a label never predicted", """\
def macro_f1(y_true, y_pred, labels):
    scores = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(y_true, y_pred))
        fp = sum(t != label and p == label for t, p in zip(y_true, y_pred))
        fn = sum(t == label and p != label for t, p in zip(y_true, y_pred))
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)
"""),
        ("F1 of the mean precision and the mean recall", """\
def macro_f1(y_true, y_pred, labels):
    precisions, recalls = [], []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(y_true, y_pred))
        fp = sum(t != label and p == label for t, p in zip(y_true, y_pred))
        fn = sum(t == label and p != label for t, p in zip(y_true, y_pred))
        precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        recalls.append(tp / (tp + fn) if tp + fn else 0.0)
    p, r = sum(precisions) / len(labels), sum(recalls) / len(labels)
    return 2 * p * r / (p + r) if p + r else 0.0
"""),
        ("the arithmetic mean of precision and recall, not F1", """\
def macro_f1(y_true, y_pred, labels):
    scores = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(y_true, y_pred))
        fp = sum(t != label and p == label for t, p in zip(y_true, y_pred))
        fn = sum(t == label and p != label for t, p in zip(y_true, y_pred))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append((precision + recall) / 2)
    return sum(scores) / len(scores)
"""),
    ],
    "l3n06-ex2-tests": [
        ("argmin (the least likely choice)", """\
def predict_from_scores(scores, choices):
    return [choices[i] for i in scores.argmin(dim=1).tolist()]
"""),
        ("the indices, not the choices", """\
def predict_from_scores(scores, choices):
    return scores.argmax(dim=1).tolist()
"""),
        ("argmax over dim 0 (per choice, not per question)", """\
def predict_from_scores(scores, choices):
    return [choices[i] for i in scores.argmax(dim=0).tolist()]
"""),
        ("the largest absolute score (log-probabilities are negative)", """\
def predict_from_scores(scores, choices):
    return [choices[i] for i in scores.abs().argmax(dim=1).tolist()]
"""),
    ],
    # 07_inference_and_export
    "l3n07-ex1-tests": [
        ("no checks: zero seconds divides by zero instead of a ValueError", """\
def tokens_per_second(n_tokens, seconds):
    return float(n_tokens) / float(seconds)


def batching_speedup(single_tps, batch_tps):
    if single_tps <= 0 or batch_tps <= 0:
        raise ValueError("both rates must be positive")
    return float(batch_tps) / float(single_tps)
"""),
        ("tokens_per_second accepts a negative token count", """\
def tokens_per_second(n_tokens, seconds):
    if seconds <= 0:
        raise ValueError("seconds must be positive")
    return float(n_tokens) / float(seconds)


def batching_speedup(single_tps, batch_tps):
    if single_tps <= 0 or batch_tps <= 0:
        raise ValueError("both rates must be positive")
    return float(batch_tps) / float(single_tps)
"""),
        ("batching_speedup without checks", """\
def tokens_per_second(n_tokens, seconds):
    if seconds <= 0 or n_tokens < 0:
        raise ValueError("seconds must be positive and n_tokens not negative")
    return float(n_tokens) / float(seconds)


def batching_speedup(single_tps, batch_tps):
    return float(batch_tps) / float(single_tps)
"""),
        ("floor division (n_tokens // seconds)", """\
def tokens_per_second(n_tokens, seconds):
    if seconds <= 0 or n_tokens < 0:
        raise ValueError("seconds must be positive and n_tokens not negative")
    return float(n_tokens // seconds)


def batching_speedup(single_tps, batch_tps):
    if single_tps <= 0 or batch_tps <= 0:
        raise ValueError("both rates must be positive")
    return float(batch_tps) / float(single_tps)
"""),
        ("the speedup upside down (single / batch)", """\
def tokens_per_second(n_tokens, seconds):
    if seconds <= 0 or n_tokens < 0:
        raise ValueError("seconds must be positive and n_tokens not negative")
    return float(n_tokens) / float(seconds)


def batching_speedup(single_tps, batch_tps):
    if single_tps <= 0 or batch_tps <= 0:
        raise ValueError("both rates must be positive")
    return float(single_tps) / float(batch_tps)
"""),
    ],
    "l3n07-ex2-tests": [
        ("keys only (no factor 2 for the values)", """\
def kv_cache_bytes(num_layers, num_kv_heads, head_dim, seq_len, batch, bytes_per_value):
    return num_layers * num_kv_heads * head_dim * seq_len * batch * bytes_per_value
"""),
        ("bytes_per_value left out (a count of values)", """\
def kv_cache_bytes(num_layers, num_kv_heads, head_dim, seq_len, batch, bytes_per_value):
    return 2 * num_layers * num_kv_heads * head_dim * seq_len * batch
"""),
        ("one sequence, the batch left out", """\
def kv_cache_bytes(num_layers, num_kv_heads, head_dim, seq_len, batch, bytes_per_value):
    return 2 * num_layers * num_kv_heads * head_dim * seq_len * bytes_per_value
"""),
        ("a float (2.0 * ...)", """\
def kv_cache_bytes(num_layers, num_kv_heads, head_dim, seq_len, batch, bytes_per_value):
    return 2.0 * num_layers * num_kv_heads * head_dim * seq_len * batch * bytes_per_value
"""),
    ],
    # 08_capstone
    "l3n08-ex1-tests": [
        ("no NFC normalisation", """\
def make_records(rows, labels):
    records = []
    for number, (text, label) in enumerate(rows, start=1):
        text, label = text.strip(), label.strip()
        if not text:
            raise ValueError(f"row {number}: the text is empty")
        if label not in labels:
            raise ValueError(f"row {number}: label {label!r} is not one of {labels}")
        records.append({"text": text, "label": label})
    return records
"""),
        ("no validation: bad labels and empty texts pass", """\
def make_records(rows, labels):
    return [{"text": unicodedata.normalize("NFC", text.strip()), "label": unicodedata.normalize("NFC", label.strip())}
            for text, label in rows]
"""),
        ("the label not stripped", """\
def make_records(rows, labels):
    records = []
    for number, (text, label) in enumerate(rows, start=1):
        text = unicodedata.normalize("NFC", text.strip())
        label = unicodedata.normalize("NFC", label)
        if not text:
            raise ValueError(f"row {number}: the text is empty")
        if label not in labels:
            raise ValueError(f"row {number}: label {label!r} is not one of {labels}")
        records.append({"text": text, "label": label})
    return records
"""),
        ("rows counted from 0 in the error", """\
def make_records(rows, labels):
    records = []
    for number, (text, label) in enumerate(rows):
        text = unicodedata.normalize("NFC", text.strip())
        label = unicodedata.normalize("NFC", label.strip())
        if not text:
            raise ValueError(f"row {number}: the text is empty")
        if label not in labels:
            raise ValueError(f"row {number}: label {label!r} is not one of {labels}")
        records.append({"text": text, "label": label})
    return records
"""),
        ("bad rows skipped instead of reported", """\
def make_records(rows, labels):
    records = []
    for text, label in rows:
        text = unicodedata.normalize("NFC", text.strip())
        label = unicodedata.normalize("NFC", label.strip())
        if text and label in labels:
            records.append({"text": text, "label": label})
    return records
"""),
    ],
    "l3n08-ex2-tests": [
        ("no range check: 85 is taken for 85 %", """\
def improvement(before_acc, after_acc):
    return float((after_acc - before_acc) * 100.0)
"""),
        ("range checked against 0-100, not 0-1", """\
def improvement(before_acc, after_acc):
    for value in (before_acc, after_acc):
        if not 0 <= value <= 100:
            raise ValueError(f"accuracy must be between 0 and 100, not {value}")
    return float((after_acc - before_acc) * 100.0)
"""),
        ("percent change (relative), not percentage points", """\
def improvement(before_acc, after_acc):
    for value in (before_acc, after_acc):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"accuracy must be a fraction between 0 and 1, not {value}")
    return float((after_acc - before_acc) / before_acc * 100.0)
"""),
        ("a fraction, not points (no * 100)", """\
def improvement(before_acc, after_acc):
    for value in (before_acc, after_acc):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"accuracy must be a fraction between 0 and 1, not {value}")
    return float(after_acc - before_acc)
"""),
        ("rounded to one decimal", """\
def improvement(before_acc, after_acc):
    for value in (before_acc, after_acc):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"accuracy must be a fraction between 0 and 1, not {value}")
    return round((after_acc - before_acc) * 100.0, 1)
"""),
    ],
    # 09_safety_and_guardrails
    "l3n09-ex1-tests": [
        ("mobile numbers found too (any 0 and ten digits)", """\
import re


def find_landlines(text):
    return [m.span() for m in re.finditer(r"(?<![\\w.+-])\\(?0\\d{2,3}\\)?(?:[ .]?\\d){6,8}(?![\\w]|[.]\\d)", text)
            if len(re.sub(r"\\D", "", m.group())) in (10, 11)]
"""),
        ("no boundary check: part of a longer number or a code is found", """\
import re


def find_landlines(text):
    return [m.span() for m in re.finditer(r"\\(?02\\d{1,2}\\)?(?:[ .]?\\d){7,8}", text)
            if len(re.sub(r"\\D", "", m.group())) == 11]
"""),
        ("digits only: no spaces, dots or parentheses", """\
import re


def find_landlines(text):
    return [m.span() for m in re.finditer(r"(?<![\\w.+-])02\\d{9}(?!\\w)", text)]
"""),
        ("the matched text returned, not its span", """\
import re


def find_landlines(text):
    return [m.group() for m in re.finditer(r"(?<![\\w.+-])\\(?02\\d{1,2}\\)?(?:[ .]?\\d){7,8}(?![\\w]|[.]\\d)", text)
            if len(re.sub(r"\\D", "", m.group())) == 11]
"""),
    ],
    "l3n09-ex2-tests": [
        ("precision and recall swapped", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        tp, fp, fn = tp + len(right & found), fp + len(found - right), fn + len(right - found)
    return (tp / (tp + fn) if tp + fn else 1.0), (tp / (tp + fp) if tp + fp else 1.0)
"""),
        ("0.0, not 1.0, when nothing was predicted", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        tp, fp, fn = tp + len(right & found), fp + len(found - right), fn + len(right - found)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
"""),
        ("the kind ignored: a span right by its place alone", """\
def precision_recall(gold, predicted):
    tp = fp = fn = 0
    for right, found in zip(gold, predicted):
        right, found = {s[1:] for s in right}, {s[1:] for s in found}
        tp, fp, fn = tp + len(right & found), fp + len(found - right), fn + len(right - found)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
"""),
        ("the mean of each text's precision and recall, not pooled", """\
def precision_recall(gold, predicted):
    precisions, recalls = [], []
    for right, found in zip(gold, predicted):
        right, found = set(right), set(found)
        precisions.append(len(right & found) / len(found) if found else 1.0)
        recalls.append(len(right & found) / len(right) if right else 1.0)
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)
"""),
        ("all texts' spans in one set: a span counts as right in any text", """\
def precision_recall(gold, predicted):
    right = {s for spans in gold for s in spans}
    found = {s for spans in predicted for s in spans}
    tp, fp, fn = len(right & found), len(found - right), len(right - found)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
"""),
    ],
}
