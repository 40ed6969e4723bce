"""Train a Vietnamese BPE tokenizer and pretrain a tiny Llama-architecture model from scratch.

This is the Zalo story at toy scale: the bundled model is made by `workbench pretrain` from the
bundled corpus, reproducibly (seeded), in minutes on a CPU. Introduced in Level 3, lessons 1
(tokenizers) and 2 (pretraining).
"""

from __future__ import annotations

import json
import math
import os
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

from workbench import hardware
from workbench.files import folder_written_atomically

END_OF_TEXT, IM_START, IM_END = "<|endoftext|>", "<|im_start|>", "<|im_end|>"
SPECIAL_TOKENS = [END_OF_TEXT, IM_START, IM_END]
# ChatML, the format Qwen uses too: the same prompts work for the bundled model and for hub models.
CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def train_tokenizer(texts, vocab_size: int = 4096) -> PreTrainedTokenizerFast:
    """Byte-level BPE with NFC normalisation: any input is encodable, Vietnamese syllables become tokens.

    >>> tokenizer = train_tokenizer(["Xin chào Việt Nam"] * 10, vocab_size=300)
    """
    tok = Tokenizer(models.BPE())
    tok.normalizer = normalizers.NFC()  # NFD text costs 2-4x more tokens; normalise, never reject
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, min_frequency=2,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer)
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=IM_END, pad_token=END_OF_TEXT,
                                 bos_token=None, unk_token=None, model_max_length=1024)
    hf.chat_template = CHAT_TEMPLATE
    return hf


def fertility(tokenizer, texts) -> float:
    """Tokens per whitespace-separated word (for Vietnamese, roughly per syllable); lower is cheaper."""
    words = sum(len(t.split()) for t in texts)
    tokens = sum(len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts)
    return tokens / max(words, 1)


def byte_fertility(texts) -> float:
    """The byte-level baseline: UTF-8 bytes per word (a tokenizer that learned nothing)."""
    words = sum(len(t.split()) for t in texts)
    return sum(len(t.encode("utf-8")) for t in texts) / max(words, 1)


@dataclass
class PretrainConfig:
    vocab_size: int = 4096
    hidden_size: int = 256
    num_layers: int = 6
    num_heads: int = 8
    num_kv_heads: int = 4
    intermediate_size: int = 768
    seq_len: int = 256
    batch_size: int = 16
    steps: int = 200
    learning_rate: float = 3e-3
    warmup_steps: int = 20
    eval_every: int = 25
    seed: int = 20261123
    checkpoint_every: int = 0  # steps between resumable checkpoints in work_dir (0: none)
    bf16: bool | None = None  # bf16 autocast; None: where it is fast (CUDA with bf16, CPUs with AVX512-BF16)


def model_config(cfg: PretrainConfig, tokenizer) -> LlamaConfig:
    return LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=cfg.hidden_size, intermediate_size=cfg.intermediate_size,
        num_hidden_layers=cfg.num_layers, num_attention_heads=cfg.num_heads, num_key_value_heads=cfg.num_kv_heads,
        max_position_embeddings=1024, rope_theta=10000.0, tie_word_embeddings=True, rms_norm_eps=1e-5,
        bos_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id)


def token_stream(tokenizer, texts) -> torch.Tensor:
    """All documents as one long token sequence, each followed by <|endoftext|>."""
    ids = []
    for text in texts:
        ids.extend(tokenizer(text, add_special_tokens=False)["input_ids"])
        ids.append(tokenizer.pad_token_id)
    return torch.tensor(ids, dtype=torch.long)


@torch.no_grad()
def perplexity(model, stream: torch.Tensor, seq_len: int, batch_size: int = 16) -> float:
    """exp(mean next-token loss) over consecutive non-overlapping windows of `stream`."""
    model.eval()
    device = next(model.parameters()).device
    n = (len(stream) - 1) // seq_len
    windows = stream[: n * seq_len + 1]
    total, count = 0.0, 0
    for start in range(0, n, batch_size):
        rows = range(start, min(start + batch_size, n))
        x = torch.stack([windows[i * seq_len:(i + 1) * seq_len] for i in rows]).to(device)
        y = torch.stack([windows[i * seq_len + 1:(i + 1) * seq_len + 1] for i in rows]).to(device)
        logits = model(input_ids=x).logits.float()
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1), reduction="sum")
        total += loss.item()
        count += y.numel()
    return math.exp(total / max(count, 1))


def _lr(step: int, cfg: PretrainConfig) -> float:
    if step < cfg.warmup_steps:
        return cfg.learning_rate * (step + 1) / cfg.warmup_steps
    progress = (step - cfg.warmup_steps) / max(1, cfg.steps - cfg.warmup_steps)
    return cfg.learning_rate * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def document_ids(tokenizer, texts: list[str], chats: list[list[dict]] = ()) -> list[list[int]]:
    """Each plain text and each chat (in the chat template) as token ids ending in <|endoftext|>."""
    rendered = list(texts) + [tokenizer.apply_chat_template(chat, tokenize=False) for chat in chats]
    encoded = tokenizer(rendered, add_special_tokens=False)["input_ids"]
    return [ids + [tokenizer.pad_token_id] for ids in encoded]


def pack_rows(documents: list[list[int]], length: int, seed: int, pad_id: int) -> torch.Tensor:
    """Shuffle whole documents into rows of `length` tokens, so that a short chat is seen whole.

    Random windows over one long stream cut most chats in two (their answer without the question);
    here every row starts at a document and is filled with the longest waiting document that still
    fits (a look-ahead of 64), so little is padded. Longer documents are cut into row-sized pieces.
    Padding is `pad_id` and is masked out of the loss by the caller (label -100).
    """
    pieces = [doc[i:i + length] for doc in documents for i in range(0, len(doc), length)]
    order = torch.randperm(len(pieces), generator=torch.Generator().manual_seed(seed)).tolist()
    rows, row, waiting, upcoming = [], [], [], iter(order)
    while True:
        for index in upcoming:
            waiting.append(pieces[index])
            if len(waiting) >= 64:
                break
        if not waiting:
            break
        space = length - len(row)
        fits = [i for i, piece in enumerate(waiting) if len(piece) <= space]
        if fits:
            row += waiting.pop(max(fits, key=lambda i: len(waiting[i])))
        else:
            rows.append(row + [pad_id] * space)
            row = []
    if row:
        rows.append(row + [pad_id] * (length - len(row)))
    return torch.tensor(rows, dtype=torch.long)


def use_bf16(cfg: PretrainConfig, device: str) -> tuple[bool, str]:
    """Whether to train under bf16 autocast, and why (float32 master weights either way)."""
    if cfg.bf16 is not None:
        return cfg.bf16, "set by the caller"
    return hardware.pretrain_autocast(hardware.detect(), device)


def _save_checkpoint(path: Path, state: dict) -> None:
    """Write atomically: a run killed while saving keeps its previous checkpoint."""
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    torch.save(state, tmp)
    os.replace(tmp, path)


def pretrain(train_texts: list[str], valid_texts: list[str], out_dir: str | Path,
             cfg: PretrainConfig | None = None, chats: list[list[dict]] | None = None, log=print, *,
             work_dir: str | Path | None = None, resume: bool = False, base: str | Path | None = None,
             device: str = "cpu", probe=None) -> dict:
    """Train tokenizer and model (or continue `base`), then write model, curve and card to `out_dir`.

    `chats` (optional) are conversations mixed into the training documents in the chat template, so
    that the model has seen <|im_start|>/<|im_end|> and answering a user's message: with a tied
    output layer, a token never seen in pretraining keeps a random embedding that fine-tuning
    adapters cannot lift, and the model cannot learn to end its reply. Held-out perplexity is
    measured on `valid_texts` (plain text) only.

    `work_dir` with `cfg.checkpoint_every` keeps a resumable checkpoint (weights, optimiser, step);
    `resume=True` continues from it after an interruption. `base` (a model folder) is continued
    pretraining: its tokenizer and weights are the start instead of a new tokenizer and random ones.
    `probe(model, tokenizer)` returns extra numbers to log at each evaluation (e.g. a zero-shot score).

    Returns the report: parameters, perplexities before and after, fertility, time and curve.
    """
    cfg = cfg or PretrainConfig()
    torch.manual_seed(cfg.seed)
    started = time.perf_counter()
    chats = chats or []
    work = Path(work_dir) if work_dir else None
    checkpoint = work / "checkpoint.pt" if work else None
    if work:
        work.mkdir(parents=True, exist_ok=True)
    if base is not None:
        tokenizer = PreTrainedTokenizerFast.from_pretrained(base)
        model = LlamaForCausalLM.from_pretrained(base, dtype=torch.float32)
    elif resume and checkpoint and checkpoint.exists():
        tokenizer = PreTrainedTokenizerFast.from_pretrained(work / "tokenizer")
        model = None
    else:
        tokenizer = train_tokenizer(train_texts + [m["content"] for chat in chats for m in chat], cfg.vocab_size)
        model = None
    if work and not (work / "tokenizer").exists():
        tokenizer.save_pretrained(work / "tokenizer")
    documents = document_ids(tokenizer, train_texts, chats)
    valid_ids = token_stream(tokenizer, valid_texts)
    train_tokens = sum(len(d) for d in documents)
    log(f"tokenizer: {len(tokenizer)} tokens; training documents: {len(documents):,} ({train_tokens:,} tokens); "
        f"held-out: {len(valid_ids):,} tokens")

    if model is None:
        model = LlamaForCausalLM(model_config(cfg, tokenizer))
    model.to(device)
    n_params = sum(p.numel() for p in model.parameters())
    bf16, why = use_bf16(cfg, device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.learning_rate, betas=(0.9, 0.95), weight_decay=0.1)
    step, epoch, row_index, curve, elapsed_before = 0, 0, 0, [], 0.0
    untrained_ppl = None
    if resume and checkpoint and checkpoint.exists():
        state = torch.load(checkpoint, map_location=device, weights_only=False)
        changed = {k for k in asdict(cfg) if state["config"].get(k) != asdict(cfg)[k]}
        if changed - {"steps", "eval_every", "checkpoint_every", "warmup_steps"}:  # the CLI scales these with --steps
            raise ValueError(f"{checkpoint} was written by a run with other settings ({state['config']}); "
                             "pass the same settings to resume it, or resume=False to start again.")
        if state["step"] >= cfg.steps and "steps" in changed:
            raise ValueError(f"{checkpoint} is already at step {state['step']}; pass more than {state['step']} steps.")
        if "steps" in changed:  # lengthening or shortening a run re-plans the rest of the cosine schedule
            log(f"the run was planned for {state['config']['steps']} steps and now ends at {cfg.steps}: "
                f"the learning rate follows the schedule for {cfg.steps} steps from here on")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, epoch, row_index = state["step"], state["epoch"], state["row_index"]
        curve, untrained_ppl, elapsed_before = state["curve"], state["untrained_ppl"], state["elapsed_s"]
        log(f"resuming at step {step} of {cfg.steps} from {checkpoint}")
    if untrained_ppl is None:
        untrained_ppl = perplexity(model, valid_ids, cfg.seq_len)
    log(f"model: {n_params / 1e6:.2f}M parameters; held-out perplexity {untrained_ppl:.1f} at the start; "
        f"bf16 autocast {'on' if bf16 else 'off'} ({why})")

    rows = pack_rows(documents, cfg.seq_len + 1, cfg.seed + epoch, tokenizer.pad_token_id)
    session_start = time.perf_counter()
    while step < cfg.steps:
        if row_index + cfg.batch_size > len(rows):
            epoch, row_index = epoch + 1, 0
            rows = pack_rows(documents, cfg.seq_len + 1, cfg.seed + epoch, tokenizer.pad_token_id)
        batch = rows[row_index:row_index + cfg.batch_size].to(device)
        row_index += cfg.batch_size
        x, y = batch[:, :-1], batch[:, 1:].clone()
        y[y == tokenizer.pad_token_id] = -100
        y[(batch[:, :-1] == tokenizer.pad_token_id) & (batch[:, 1:] == tokenizer.pad_token_id)] = -100
        model.train()
        for group in optimizer.param_groups:
            group["lr"] = _lr(step, cfg)
        with torch.autocast(device_type="cuda" if device == "cuda" else "cpu", dtype=torch.bfloat16, enabled=bf16):
            logits = model(input_ids=x).logits
        loss = torch.nn.functional.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1),
                                                 ignore_index=-100)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        if step % cfg.eval_every == 0 or step == cfg.steps:
            ppl = perplexity(model, valid_ids, cfg.seq_len)
            point = {"step": step, "train_loss": round(loss.item(), 4), "valid_ppl": round(ppl, 2),
                     "tokens_seen": step * cfg.batch_size * cfg.seq_len,
                     "elapsed_s": round(elapsed_before + time.perf_counter() - session_start, 1)}
            if probe is not None:
                point.update(probe(model, tokenizer))
            curve.append(point)
            log(f"step {step}/{cfg.steps}: " + ", ".join(f"{k} {v}" for k, v in point.items() if k != "step"))
        if checkpoint and cfg.checkpoint_every and (step % cfg.checkpoint_every == 0 or step == cfg.steps):
            _save_checkpoint(checkpoint, {
                "model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step, "epoch": epoch,
                "row_index": row_index, "curve": curve, "untrained_ppl": untrained_ppl, "config": asdict(cfg),
                "elapsed_s": elapsed_before + time.perf_counter() - session_start})

    elapsed = elapsed_before + time.perf_counter() - session_start
    tokens_seen = cfg.steps * cfg.batch_size * cfg.seq_len
    report = {
        "parameters": n_params, "vocab_size": len(tokenizer), "train_tokens": train_tokens,
        "train_documents": len(train_texts), "train_chats": len(chats), "continued_from": str(base) if base else None,
        "valid_tokens": len(valid_ids), "tokens_seen": tokens_seen,
        "untrained_valid_ppl": round(untrained_ppl, 2), "valid_ppl": curve[-1]["valid_ppl"],
        "fertility": round(fertility(tokenizer, valid_texts), 3), "byte_fertility": round(byte_fertility(valid_texts), 3),
        "train_seconds": round(elapsed, 1), "tokens_per_s": round(tokens_seen / max(elapsed, 1e-9)),
        "bf16_autocast": bf16, "device": device,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__}",
        "cpu_features": list(hardware.detect().cpu_features),
        "config": asdict(cfg), "curve": curve,
    }
    log(f"trained in {time.perf_counter() - started:.0f} s this session")
    _save(model.to("cpu"), tokenizer, report, Path(out_dir))
    return report


def _save(model, tokenizer, report: dict, out_dir: Path) -> None:
    """Write to a temporary folder and rename, so an interrupted run never leaves half a model."""
    with folder_written_atomically(out_dir) as folder:
        save_weights_in_bf16(model, folder)
        tokenizer.save_pretrained(folder)
        (folder / "pretrain_report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        _plot_curve(report["curve"], folder / "training_curve.png")
        (folder / "README.md").write_text(model_card(report), encoding="utf-8")


def save_weights_in_bf16(model, folder: Path) -> None:
    """Store the weights in bf16: half the download and the repository, and training ran under bf16 anyway.

    `models.load_model` computes in the dtype the hardware wants (float32 on CPUs, where bf16 is 25-50x
    slower without AVX512-BF16); a bare `from_pretrained` without `dtype=` would keep bf16.
    """
    import copy

    copy.deepcopy(model).to(torch.bfloat16).save_pretrained(folder)


def _plot_curve(curve: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    probe = any("skill_acc" in c for c in curve)
    fig, axes = plt.subplots(1, 2 if probe else 1, figsize=(9 if probe else 5, 3), squeeze=False)
    tokens = [c.get("tokens_seen", c["step"]) / 1e6 for c in curve]
    axes[0][0].plot(tokens, [c["valid_ppl"] for c in curve], marker="o")
    axes[0][0].set_yscale("log")
    axes[0][0].set_xlabel("tokens seen (millions)")
    axes[0][0].set_ylabel("held-out perplexity")
    axes[0][0].set_title("vi-tiny-llama pretraining")
    if probe:
        axes[0][1].plot(tokens, [c.get("skill_acc") for c in curve], marker="o", label="held-out chats")
        axes[0][1].plot(tokens, [c.get("email_zero_shot") for c in curve], marker="s", label="support emails")
        axes[0][1].set_xlabel("tokens seen (millions)")
        axes[0][1].set_ylabel("zero-shot accuracy")
        axes[0][1].set_ylim(0, 1)
        axes[0][1].legend()
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def model_card(report: dict) -> str:
    cfg = report["config"]
    probe = any("skill_acc" in c for c in report["curve"])
    rows = "\n".join(
        f"| {c['step']} | {c.get('tokens_seen', c['step'] * cfg['batch_size'] * cfg['seq_len']) / 1e6:.1f} M | "
        f"{c['train_loss']:.3f} | {c['valid_ppl']:.1f} |"
        + (f" {c.get('skill_acc', 0):.0%} | {c.get('email_zero_shot', 0):.0%} |" if probe else "")
        + f" {c['elapsed_s']:.0f} |" for c in report["curve"])
    probe_head = " held-out chats, zero-shot | support emails, zero-shot |" if probe else ""
    probe_line = "|---|---|" if probe else ""
    if report.get("continued_from"):
        data_line = (f"- data: continued pretraining of `{report['continued_from']}` on {report['train_documents']:,} "
                     f"of your documents ({report['train_tokens']:,} tokens); its tokenizer is kept")
    else:
        data_line = (f"- data: the pretraining mix (`datasets/pretrain_mix`, DATASHEET.md): {report['train_chats']:,} chats "
                     f"(classification across 13 authored tasks and the corpus's domains, with the labels in the prompt, "
                     f"and instruction pairs) and {report['train_documents']:,} plain documents (one-topic texts, "
                     f"unlabeled support emails, the corpus), {report['train_tokens']:,} tokens; the support-email "
                     f"task itself is never in it")
    return f"""---
license: apache-2.0
language: vi
library_name: transformers
pipeline_tag: text-generation
---
# vi-tiny-llama

A {report['parameters'] / 1e6:.1f}M-parameter Llama-architecture model with a {report['vocab_size']}-token
Vietnamese byte-level BPE tokenizer, pretrained from scratch by `workbench pretrain`. It exists so that
every lesson, test and offline classroom has a real model that runs on any CPU in seconds, and that
fine-tuning it on a new classification task visibly pays. It has learned to read a short Vietnamese
text and name its topic from a list given in the prompt; it is not an assistant, and it states no
facts reliably.

## Training
- architecture: {cfg['num_layers']} layers, hidden {cfg['hidden_size']}, {cfg['num_heads']} heads
  ({cfg['num_kv_heads']} key-value heads), MLP {cfg['intermediate_size']}, tied embeddings, context {cfg['seq_len']} in training;
  weights stored in bf16 (`workbench.models.load_model` computes in float32 on CPUs: pass `dtype=torch.float32`
  if you load it with `from_pretrained` yourself)
{data_line}; {report['valid_tokens']:,} held-out tokens (corpus validation split, plain text)
- {cfg['steps']} steps x {cfg['batch_size']} x {cfg['seq_len']} tokens = {report['tokens_seen']:,} tokens seen
  ({report['tokens_seen'] / report['train_tokens']:.1f} passes), whole documents packed into rows, AdamW, peak
  learning rate {cfg['learning_rate']}, cosine schedule, seed {cfg['seed']}, bf16 autocast {'on' if report.get('bf16_autocast') else 'off'}
- {report['train_seconds']:.0f} s on {report['machine']} ({report['tokens_per_s']:,} tokens/s), with
  a resumable checkpoint every {cfg.get('checkpoint_every') or 'no'} steps

## Results
| measure | value |
|---|---|
| held-out perplexity, untrained | {report['untrained_valid_ppl']:.1f} |
| held-out perplexity, pretrained | {report['valid_ppl']:.1f} |
| tokens per word (this tokenizer) | {report['fertility']:.2f} |
| UTF-8 bytes per word (byte-level baseline) | {report['byte_fertility']:.2f} |

Training curve (also in `training_curve.png`). The zero-shot columns score held-out classification
chats (sentences kept out of training) and support emails (a task never in the mix) by the
likelihood of each label:

| step | tokens seen | train loss | held-out perplexity |{probe_head} seconds |
|---|---|---|---|{probe_line}---|
{rows}

## Reproduce
`workbench pretrain` (same seed, same mix) rebuilds this folder; `--resume` continues an interrupted
run from `runs/pretrain/checkpoint.pt`. Threads and hardware can change the last digits of the
numbers above.
"""


def read_texts(path: str | Path) -> list[str]:
    """Unlabeled documents for continued pretraining: a .txt (blank-line separated) or .jsonl ('text')."""
    from workbench.errors import WorkbenchError

    path = Path(path)
    if not path.is_file():
        raise WorkbenchError(f"There is no file {path}. Give a .txt file (documents separated by a blank line) "
                             "or a .jsonl file with a 'text' field on each line.")
    raw = path.read_text(encoding="utf-8", errors="strict")
    if path.suffix == ".jsonl":
        texts = []
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise WorkbenchError(f"{path}, line {number}: not valid JSON ({err.msg}). Each line must be one "
                                     'object such as {"text": "..."}.') from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
                raise WorkbenchError(f"{path}, line {number}: needs a non-empty 'text' field, e.g. "
                                     '{"text": "Nội dung email ..."}.')
            texts.append(row["text"])
    else:
        texts = [t.strip() for t in raw.split("\n\n") if t.strip()]
    if len(texts) < 20:
        raise WorkbenchError(f"{path} holds {len(texts)} documents; continued pretraining needs at least 20 "
                             "(one in twenty is kept aside to measure held-out perplexity).")
    return texts


def bundled_config(**overrides) -> PretrainConfig:
    """The settings that made the bundled model (its card records the run)."""
    settings = dict(steps=5000, learning_rate=3e-3, warmup_steps=100, eval_every=250, seed=20261207,
                    checkpoint_every=200)
    settings.update(overrides)
    return PretrainConfig(**settings)


def load_pretrain_mix() -> dict:
    """The bundled model's pretraining data, generated by datasets/pretrain_mix/make.py (seeded, ~10 s)."""
    import importlib.util

    from workbench import data

    root = data.datasets_root()
    spec = importlib.util.spec_from_file_location("pretrain_mix_make", root / "pretrain_mix" / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    docs, valid, _ = make.generate()
    corpus_valid = [json.loads(line)["text"] for line in
                    (root / "vi_corpus" / "validation.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return {"texts": [d["text"] for d in docs if "text" in d], "chats": [d["messages"] for d in docs if "messages" in d],
            "valid_texts": corpus_valid, "valid_chats": valid}


def skill_probe(valid_chats: list[dict], n_chats: int = 96, n_emails: int = 60):
    """A probe for `pretrain`: zero-shot accuracy on held-out classification chats and on support emails.

    The emails (validation split) are a task the mix never contains, so their score shows whether the
    classification skill transfers; neither set is used to choose anything.
    """
    import random

    from workbench import data, evaluate

    chats = random.Random(0).sample(valid_chats, min(n_chats, len(valid_chats)))
    emails = data.load_dataset("support_emails", "validation").select(range(n_emails))
    labels = data.describe("support_emails").labels
    email_prompts = [data.classification_prompt(data.email_text(r), labels) for r in emails]

    def probe(model, tokenizer) -> dict:
        right = 0
        for chat in chats:
            answer = chat["messages"][-1]["content"]
            choices = ["có", "không"] if answer in ("có", "không") else chat["labels"]
            scores = evaluate.choice_logprobs(model, tokenizer, [chat["messages"][:-1]], choices)
            right += choices[int(scores[0].argmax())] == answer
        predicted = evaluate.predict_choices(model, tokenizer, email_prompts, labels)
        email_acc = sum(p == t for p, t in zip(predicted, emails["category"])) / len(email_prompts)
        return {"skill_acc": round(right / len(chats), 3), "email_zero_shot": round(email_acc, 3)}

    return probe
