"""Talk to a model: one chat turn, streaming in notebooks, batches, and base versus adapter side by side.

Introduced in Level 2, lesson 1 (talking to a local model) and Level 3, lesson 7 (inference).
"""

from __future__ import annotations

import unicodedata
from contextlib import nullcontext

import torch
from transformers import TextStreamer

from workbench.errors import WorkbenchError


def _device(model) -> torch.device:
    return next(p.device for p in model.parameters())


def _sampling(temperature: float, top_p: float) -> dict:
    if temperature <= 0:
        return {"do_sample": False}
    return {"do_sample": True, "temperature": temperature, "top_p": top_p}


def build_messages(message: str, system: str | None = None, history: list[dict] | None = None) -> list[dict]:
    """System prompt, earlier turns, then the new user message, in the chat-template format.

    Text is put in NFC, as the datasets are (data.py): a Vietnamese letter typed in decomposed form (NFD, as
    some keyboards and macOS file names give it) is otherwise, for a tokenizer that does not normalise, a
    different and rarer token sequence than the one the model learnt.
    """
    messages = [{"role": "system", "content": unicodedata.normalize("NFC", system)}] if system else []
    return messages + list(history or []) + [{"role": "user", "content": unicodedata.normalize("NFC", message)}]


def _check_fits(model, prompt_tokens: int, max_new_tokens: int) -> None:
    """Refuse a prompt the model cannot read whole: past its context it would answer with noise or nothing."""
    limit = getattr(model.config, "max_position_embeddings", None)
    if limit and prompt_tokens + max_new_tokens > limit:
        raise WorkbenchError(f"The message is {prompt_tokens} tokens and the reply may add {max_new_tokens}, but "
                             f"this model reads at most {limit} tokens in all. Shorten the message, or ask for "
                             "fewer new tokens (max_new_tokens, or --max-new-tokens on the command line).")


def encode_chats(tokenizer, prompts: list[list[dict]]):
    """Chat prompts as one batch of token ids, left-padded (a decoder continues each row at its end)."""
    texts = [tokenizer.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    try:
        return tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
    finally:
        tokenizer.padding_side = side


@torch.no_grad()
def generate_batch(model, tokenizer, prompts: list[list[dict]], max_new_tokens: int = 64,
                   temperature: float = 0.0, top_p: float = 0.9, seed: int | None = 0) -> list[str]:
    """Generate one reply per chat prompt in a single padded batch (left padding, as decoders need)."""
    batch = encode_chats(tokenizer, prompts).to(_device(model))
    if seed is not None:
        torch.manual_seed(seed)
    output = model.generate(**batch, max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id,
                            eos_token_id=tokenizer.eos_token_id, **_sampling(temperature, top_p))
    replies = output[:, batch["input_ids"].shape[1]:]
    return [tokenizer.decode(r, skip_special_tokens=True).strip() for r in replies]


def chat(model, tokenizer, message: str, *, system: str | None = None, history: list[dict] | None = None,
         max_new_tokens: int = 128, temperature: float = 0.7, top_p: float = 0.9, stream: bool = False,
         seed: int | None = 0) -> str:
    """Send one message and return the reply; `stream=True` also prints it token by token.

    >>> chat(model, tokenizer, "Xin chào! Bạn là ai?", temperature=0)
    """
    messages = build_messages(message, system, history)
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    # verbose=False: transformers' own "longer than the maximum" warning would come before _check_fits's clearer one
    inputs = tokenizer(text, return_tensors="pt", add_special_tokens=False, verbose=False).to(_device(model))
    _check_fits(model, inputs["input_ids"].shape[1], max_new_tokens)
    if not stream:
        return generate_batch(model, tokenizer, [messages], max_new_tokens, temperature, top_p, seed)[0]
    if seed is not None:
        torch.manual_seed(seed)
    streamer = TextStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=max_new_tokens, streamer=streamer,
                                pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
                                **_sampling(temperature, top_p))
    return tokenizer.decode(output[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True).strip()


def adapter_disabled(model):
    """A context in which a PEFT model answers as its base model (a no-op for a plain model)."""
    return model.disable_adapter() if hasattr(model, "disable_adapter") else nullcontext()


def compare(model, tokenizer, prompts: list[list[dict]], max_new_tokens: int = 32) -> list[dict]:
    """Greedy replies of the base model and of the fine-tuned adapter to the same prompts."""
    with adapter_disabled(model):
        base = generate_batch(model, tokenizer, prompts, max_new_tokens)
    tuned = generate_batch(model, tokenizer, prompts, max_new_tokens)
    return [{"prompt": p[-1]["content"], "base": b, "adapter": t} for p, b, t in zip(prompts, base, tuned)]
