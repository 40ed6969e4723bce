"""GGUF, the file format of llama.cpp and Ollama: convert a merged model, quantise it, run it, hand it to Ollama.

Existing engines do every step. llama.cpp's own converter (`convert_hf_to_gguf.py` with its `gguf`
package, gguf-py) writes the file; llama.cpp's quantiser and runtime, through the llama-cpp-python
package, make the Q8_0 and Q4_K_M versions and run them on the CPU with a KV cache. The converter
is taken from the source release of the installed llama-cpp-python, so it always matches the
runtime that reads its files. Introduced in Level 3, lesson 7.

>>> f32 = to_gguf("runs/emails/merged", "runs/emails/gguf/model-f32.gguf")
>>> q4 = quantize(f32, "runs/emails/gguf/model-q4_k_m.gguf", "Q4_K_M")
>>> GgufModel(q4, tokenizer).chat([{"role": "user", "content": "Xin chào"}])
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np

from workbench.errors import WorkbenchError

# llama.cpp's names for the precisions this course uses, and their numbers in its `llama_ftype` enum
QUANTS = {"F32": 0, "F16": 1, "Q8_0": 7, "Q4_K_M": 15}
# What the converters need from a llama.cpp source tree (the rest of it is the C++ runtime)
_CONVERTER_PARTS = ("convert_hf_to_gguf.py", "convert_lora_to_gguf.py", "conversion", "gguf-py", "LICENSE")
INSTALL_HINT = ("Install it with `pip install -e '.[edge]'` (or `scripts/install.sh dev,grading,lab`): pip builds "
                "llama-cpp-python from source, which needs a C++ compiler and cmake and takes several minutes.")


def _llama_cpp():
    """The llama_cpp module, or an error that says how to install it."""
    try:
        import llama_cpp
    except ImportError:
        raise WorkbenchError(f"llama-cpp-python is not installed, so GGUF files cannot be run here. {INSTALL_HINT}") \
            from None
    return llama_cpp


def edge_requirements() -> list[str]:
    """The workbench's `edge` extra as pip requirements, read from its installed metadata (one set of pins)."""
    from importlib.metadata import requires

    marker = re.compile(r"""\s*;\s*extra\s*==\s*["']edge["']\s*$""")
    return [marker.sub("", r) for r in requires("workbench") or [] if marker.search(r)]


def install() -> None:
    """pip-install the `edge` extra (llama-cpp-python, built from source) into this Python: for Colab.

    Everywhere the course is set up with scripts/install.sh, Binder or the JupyterHub image, it is there already.
    """
    wanted = edge_requirements()
    if not wanted:
        raise WorkbenchError("The workbench's metadata lists no `edge` extra; reinstall it (pip install -e '.[edge]').")
    print("Installing", ", ".join(wanted), "- pip builds llama.cpp from source, which takes minutes ...", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *wanted], check=True)


def llama_cpp_version() -> str:
    """The installed llama-cpp-python's version (its converter must come from the same release)."""
    return _llama_cpp().__version__


def _cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workbench"


def converter_dir() -> Path:
    """A folder with llama.cpp's converters, fetched once from the source release of the installed llama-cpp-python.

    `WORKBENCH_LLAMA_CPP_DIR` may name a llama.cpp checkout to use instead (an offline machine with
    a copy). Otherwise the source release (an sdist of about 75 MB, from the package index pip is set
    up to use) is downloaded once and only the converters (about 2 MB) are kept in
    ~/.cache/workbench/llama.cpp-VERSION.
    """
    chosen = os.environ.get("WORKBENCH_LLAMA_CPP_DIR")
    if chosen:
        if not (Path(chosen) / "convert_hf_to_gguf.py").is_file():
            raise WorkbenchError(f"WORKBENCH_LLAMA_CPP_DIR={chosen} has no convert_hf_to_gguf.py. Point it at a "
                                 "llama.cpp checkout, or unset it to fetch the converter that matches llama-cpp-python.")
        return Path(chosen)
    version = llama_cpp_version()
    target = _cache_root() / f"llama.cpp-{version}"
    if not (target / "convert_hf_to_gguf.py").is_file():
        _fetch_converter(version, target)
    return target


def _fetch_converter(version: str, target: Path) -> None:
    """Download llama-cpp-python's sdist and keep its vendored converters, written to a temporary name first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                               "--quiet", "-d", tmp, f"llama-cpp-python=={version}"], capture_output=True, text=True)
        sdists = list(Path(tmp).glob("*.tar.gz"))
        if done.returncode or not sdists:
            why = (done.stderr.strip().splitlines() or ["pip wrote no file"])[-1]
            raise WorkbenchError(f"Could not download the source of llama-cpp-python {version} for its GGUF converter "
                                 f"({why}). On a machine without access to the package index, set "
                                 "WORKBENCH_LLAMA_CPP_DIR to a llama.cpp checkout.")
        unpacked = Path(tmp) / "converter"
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python 3.11.4 and later
        with tarfile.open(sdists[0]) as sdist:
            sdist.extractall(unpacked, members=[m for m in sdist.getmembers() if _converter_part(m.name)], **safe)
        try:
            os.replace(next(unpacked.glob("*/vendor/llama.cpp")), target)
        except OSError:
            if not (target / "convert_hf_to_gguf.py").is_file():  # not just another process having fetched it
                raise


def _converter_part(name: str) -> bool:
    parts = name.split("/")  # llama_cpp_python-X/vendor/llama.cpp/<part>/...
    return len(parts) > 3 and parts[1:3] == ["vendor", "llama.cpp"] and parts[3] in _CONVERTER_PARTS


def _run_converter(script: str, args: list[str], out_path: Path, what: str) -> Path:
    """Run one of llama.cpp's converters in a child process, writing to a temporary name, then rename."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.tmp-{os.getpid()}")
    command = [sys.executable, "-m", "workbench.gguf", str(converter_dir()), script, *args, "--outfile", str(tmp)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        last = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise WorkbenchError(f"llama.cpp's converter could not convert {what}:\n{last}")
    os.replace(tmp, out_path)
    return out_path


def to_gguf(model_dir: str | Path, out_path: str | Path, outtype: str = "f16") -> Path:
    """Convert a merged model folder (safetensors, config, tokenizer) to one GGUF file with llama.cpp's converter.

    `outtype` is the converter's: "f32" (exact), "f16" or "bf16" (half the size), "q8_0". For Q4_K_M,
    convert to f32 or f16 first and `quantize` the result. The file carries the tokenizer and the
    chat template, so llama.cpp and Ollama need nothing else.
    """
    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file():
        raise WorkbenchError(f"{model_dir} is not a model folder (no config.json). Convert a merged model: "
                             "export.merge_adapter(base, adapter, 'runs/emails/merged') writes one.")
    return _run_converter("convert_hf_to_gguf.py", [str(model_dir), "--outtype", outtype], Path(out_path),
                          f"{model_dir} to GGUF")


def adapter_to_gguf(adapter_dir: str | Path, base_dir: str | Path, out_path: str | Path) -> Path:
    """Convert a PEFT LoRA adapter to a GGUF LoRA file, which llama.cpp applies on top of the base's GGUF.

    The adapter stays separate (llama.cpp's server can then serve the base with and without it); its
    weights are written in float32, as small as the adapter itself.
    """
    adapter_dir = Path(adapter_dir)
    if not (adapter_dir / "adapter_config.json").is_file():
        raise WorkbenchError(f"{adapter_dir} is not a LoRA adapter (no adapter_config.json). Use the adapter "
                             "folder a fine-tune wrote, e.g. runs/emails/adapter.")
    return _run_converter("convert_lora_to_gguf.py", [str(adapter_dir), "--base", str(base_dir), "--outtype", "f32"],
                          Path(out_path), f"the adapter {adapter_dir}")


def quantize(src: str | Path, out_path: str | Path, kind: str = "Q4_K_M", threads: int | None = None) -> Path:
    """Quantise a GGUF file with llama.cpp's quantiser (what `llama-quantize` does), e.g. to Q8_0 or Q4_K_M.

    Quantise from an f32 or f16 file: every step down loses precision, so start from the best.
    """
    kind = kind.upper()
    if kind not in QUANTS:
        raise WorkbenchError(f"Unknown quantisation {kind!r}; choose one of {', '.join(QUANTS)}.")
    llama_cpp = _llama_cpp()
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.tmp-{os.getpid()}")
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = QUANTS[kind]
    params.nthread = threads or os.cpu_count() or 1
    chatter = logging.getLogger("llama-cpp-python")  # where llama-cpp-python sends llama.cpp's log lines
    level = chatter.level
    chatter.setLevel(logging.ERROR)  # one line per tensor otherwise
    try:
        failed = llama_cpp.llama_model_quantize(str(src).encode(), str(tmp).encode(), ctypes.byref(params)) != 0
    finally:
        chatter.setLevel(level)
    if failed:
        tmp.unlink(missing_ok=True)
        raise WorkbenchError(f"llama.cpp could not quantise {src} to {kind}: is it a GGUF file written by to_gguf?")
    os.replace(tmp, out_path)
    return out_path


# llama.cpp's numbers for the KV cache's element type (ggml_type): float16 is its default and Ollama's
_KV_TYPES = {"f16": 1, "f32": 0}


class GgufModel:
    """Run a GGUF file with llama.cpp (through llama-cpp-python): greedy chat, logits, and label scoring.

    Prompts are tokenised by the Hugging Face tokenizer, as in every other route, so a comparison
    tests the weights and the runtime; `same_tokens` checks llama.cpp's own tokenizer separately.
    Mirrors `export.OnnxGenerator`, but llama.cpp keeps a KV cache, so each new token costs one position.
    That cache holds float16 by default, as in llama.cpp and Ollama, which moves log-probabilities by
    about 1e-3 even for an F32 file; `kv_cache="f32"` gives PyTorch's numbers to about 1e-5.

    >>> gguf = GgufModel("runs/emails/gguf/model-q4_k_m.gguf", tokenizer)
    >>> gguf.chat([{"role": "user", "content": "Xin chào"}], max_new_tokens=16)
    """

    def __init__(self, path: str | Path, tokenizer, n_ctx: int = 1024, threads: int | None = None,
                 kv_cache: str = "f16"):
        llama_cpp = _llama_cpp()
        if not Path(path).is_file():
            raise WorkbenchError(f"{path} does not exist. Write it first with gguf.to_gguf (and gguf.quantize).")
        if kv_cache not in _KV_TYPES:
            raise WorkbenchError(f"kv_cache must be one of {', '.join(_KV_TYPES)}, not {kv_cache!r}.")
        self.path, self.tokenizer = Path(path), tokenizer
        # One thread count for prompts and new tokens: llama.cpp's default reads prompts with every core, and
        # on a busy machine threads waiting for each other cost more than the work (measured: 8x on 2 busy cores).
        threads = threads or max(1, (os.cpu_count() or 2) // 2)
        # logits_all: scoring a label reads the logits at every position of the reply
        self.llm = llama_cpp.Llama(str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                                   type_k=_KV_TYPES[kv_cache], type_v=_KV_TYPES[kv_cache], logits_all=True,
                                   verbose=False)

    def close(self) -> None:
        """Free llama.cpp's memory now rather than at interpreter exit (where it can print a harmless error)."""
        self.llm.close()

    def logits(self, ids: list[int]) -> np.ndarray:
        """Logits of shape (len(ids), vocabulary) for one sequence of token ids."""
        self.llm.reset()
        self.llm.eval(list(ids))
        return np.array(self.llm.scores[: len(ids)], copy=True)

    def generate_ids(self, prompt_ids: list[int], max_new_tokens: int = 32, min_new_tokens: int = 0) -> list[int]:
        """Greedy continuation of one prompt, stopping after the end-of-turn token (included, as in HF).

        No repeat penalty and no sampling, so the tokens are the argmax at each step, as
        `model.generate(do_sample=False)` chooses them. `min_new_tokens` forbids the end-of-turn token
        until that many are written, so that timings cover a fixed number of tokens.
        """
        eos = self.tokenizer.eos_token_id
        written: list[int] = []

        def hold_back_eos(_ids, scores):
            if len(written) < min_new_tokens:
                scores[eos] = -np.inf
            return scores

        self.llm.reset()
        for token in self.llm.generate(list(prompt_ids), temp=0.0, top_k=1, repeat_penalty=1.0,
                                       logits_processor=[hold_back_eos]):
            written.append(int(token))
            if token == eos or len(written) >= max_new_tokens:
                break
        return written

    def chat(self, prompt_messages: list[dict], max_new_tokens: int = 32) -> str:
        """The greedy reply to a chat, as `generate.chat(..., temperature=0)` gives with PyTorch."""
        text = self.tokenizer.apply_chat_template(prompt_messages, tokenize=False, add_generation_prompt=True)
        reply = self.generate_ids(self.tokenizer(text, add_special_tokens=False)["input_ids"], max_new_tokens)
        return self.tokenizer.decode(reply, skip_special_tokens=True).strip()

    def same_tokens(self, text: str) -> bool:
        """Whether llama.cpp's own tokenizer (read from the GGUF file) splits `text` as the HF tokenizer does.

        Ollama and llama.cpp's server tokenise with it, so a served model reads what it was trained on
        only if this holds.
        """
        ours = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        return ours == self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def choice_logprobs(self, prompts: list[list[dict]], choices: list[str]) -> np.ndarray:
        """Log-probability of each choice as the whole reply to each prompt, as `evaluate.choice_logprobs` scores it.

        The prompt is read once and its KV cache kept; each choice then reads only its own tokens.
        """
        from workbench.evaluate import _common_prefix, _reply_ids

        scores = np.empty((len(prompts), len(choices)))
        for row, messages in enumerate(prompts):
            full, reply_start = _reply_ids(self.tokenizer, messages, choices)
            shared = min(reply_start, *(_common_prefix(full[0], ids) for ids in full))
            self.llm.reset()
            self.llm.eval(full[0][:shared])
            for col, ids in enumerate(full):
                self.llm.n_tokens = shared  # drop the previous choice; eval() clears its cache entries
                self.llm.eval(ids[shared:])
                logits = self.llm.scores[shared - 1: len(ids) - 1]  # row k predicts token shared + k
                logprobs = logits - _logsumexp(logits)
                targets = ids[shared:]
                scores[row, col] = sum(logprobs[k, t] for k, t in enumerate(targets) if shared + k >= reply_start)
        return scores

    def predict_choices(self, prompts: list[list[dict]], choices: list[str]) -> list[str]:
        """The most likely choice for each prompt."""
        return [choices[i] for i in self.choice_logprobs(prompts, choices).argmax(axis=1)]


def _logsumexp(logits: np.ndarray) -> np.ndarray:
    top = logits.max(axis=-1, keepdims=True)
    return top + np.log(np.exp(logits - top).sum(axis=-1, keepdims=True))


CHATML_TEMPLATE = """{{- range $i, $_ := .Messages }}
{{- $last := eq (len (slice $.Messages $i)) 1 -}}
<|im_start|>{{ .Role }}
{{ .Content }}<|im_end|>
{{ if and $last (ne .Role "assistant") }}<|im_start|>assistant
{{ end }}
{{- end }}"""


def _chatml(messages: list[dict], add_generation_prompt: bool) -> str:
    text = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return text + ("<|im_start|>assistant\n" if add_generation_prompt else "")


def write_modelfile(gguf_path: str | Path, tokenizer, system: str | None = None) -> Path:
    """Write an Ollama Modelfile next to a GGUF file: FROM the file, its chat template in Ollama's syntax, greedy.

    Ollama writes templates in Go's template language, not Jinja, so the model's template cannot be
    copied. The course's models use the ChatML layout (<|im_start|>role ... <|im_end|>); this checks
    that the tokenizer's template renders a conversation exactly as ChatML does before writing the
    ChatML template, and refuses otherwise. Then: `ollama create NAME -f Modelfile && ollama run NAME`.
    """
    sample = [{"role": "system", "content": "Hệ thống"}, {"role": "user", "content": "Xin chào"},
              {"role": "assistant", "content": "Chào bạn"}, {"role": "user", "content": "Cảm ơn"}]
    rendered = tokenizer.apply_chat_template(sample, tokenize=False, add_generation_prompt=True)
    if rendered != _chatml(sample, add_generation_prompt=True):
        raise WorkbenchError("This model's chat template is not ChatML, so write_modelfile cannot translate it to "
                             "Ollama's template language. Write the TEMPLATE line of the Modelfile by hand (Ollama's "
                             "documentation, 'Modelfile' page, has templates for common model families).")
    gguf_path = Path(gguf_path)
    lines = [f"FROM ./{gguf_path.name}", f'TEMPLATE """{CHATML_TEMPLATE}"""']
    if system:
        lines.append(f'SYSTEM """{system}"""')
    lines += [f'PARAMETER stop "{tokenizer.eos_token}"', "PARAMETER temperature 0",
              "PARAMETER repeat_penalty 1.0", "PARAMETER num_ctx 1024"]
    out = gguf_path.with_name("Modelfile")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _convert_main(argv: list[str]) -> None:
    """Entry point of the converter's child process: `python -m workbench.gguf LLAMA_CPP_DIR SCRIPT ARGS...`.

    llama.cpp's converter names a BPE tokenizer's pre-tokenizer by hashing how it splits a test text,
    and knows only the hashes of published models, so it refuses the course's own tokenizer. That
    tokenizer's pre-tokenizer is plain ByteLevel with GPT-2's regular expression, which is exactly
    llama.cpp's "gpt-2" pre-tokenizer; only for that case is "gpt-2" written instead of the refusal.
    (`GgufModel.same_tokens` checks the result.)
    """
    import runpy

    llama_dir, script, args = Path(argv[0]), argv[1], argv[2:]
    sys.path.insert(0, str(llama_dir))
    sys.path.insert(1, str(llama_dir / "gguf-py"))
    from conversion import base

    recognise = base.TextModel.get_vocab_base_pre

    def pre_tokenizer_name(self, tokenizer) -> str:
        spec = json.loads((Path(self.dir_model) / "tokenizer.json").read_text(encoding="utf-8"))["pre_tokenizer"]
        plain_gpt2 = spec and spec.get("type") == "ByteLevel" and spec.get("use_regex", True)
        logger = logging.getLogger("hf-to-gguf")
        level = logger.level
        if plain_gpt2:
            logger.setLevel(logging.ERROR)  # the refusal's banner, about a case handled here
        try:
            return recognise(self, tokenizer)
        except NotImplementedError:
            if plain_gpt2:
                return "gpt-2"
            raise
        finally:
            logger.setLevel(level)

    base.TextModel.get_vocab_base_pre = pre_tokenizer_name
    sys.argv = [str(llama_dir / script), *args]
    runpy.run_path(str(llama_dir / script), run_name="__main__")


if __name__ == "__main__":
    _convert_main(sys.argv[1:])
