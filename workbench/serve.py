"""Serve a model and its LoRA adapters behind an OpenAI-compatible API, so colleagues' programs can call it.

Nothing here is a server of our own. On a CPU, llama.cpp's server (llama-cpp-python's
`llama_cpp.server`) serves the base model's GGUF file under the model's name and, under each
adapter's name, the same base with that adapter applied at run time (a GGUF LoRA file, not a
merged copy). On a GPU, vLLM does the same for many adapters at once: deploy/vllm/ has the service
and deploy/README.md the commands. Either way a program talks to it with the standard client:

>>> with Server("vi-tiny-llama", {"triage": "runs/emails/adapter"}, "runs/serve") as server:
...     client = server.client()      # openai.OpenAI(base_url=server.url, api_key=...)
...     client.chat.completions.create(model="triage", messages=[...], temperature=0,
...                                    extra_body={"repeat_penalty": 1.0})

Two things about llama.cpp's server that a caller must know:
- it applies a repeat penalty of 1.1 unless the request says otherwise, even at temperature 0; pass
  `extra_body={"repeat_penalty": 1.0}` for the model's own greedy answer (what `workbench.generate` gives);
- a request naming a model it does not serve is answered by its first model, the base, without an
  error: check the name against `client.models.list()` (Server.start does, for its own names).

Introduced in Level 3, lesson 7. `workbench serve` runs the same from a terminal.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from workbench import gguf, models
from workbench.errors import WorkbenchError

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the system picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _check_names(model_name: str, adapters: dict[str, str | Path]) -> None:
    for name in [model_name, *adapters]:
        if not _NAME.match(name):
            raise WorkbenchError(f"{name!r} cannot be a served model's name: use letters, digits, '.', '_' or '-', "
                                 "e.g. --adapter triage=runs/emails/adapter.")
    if model_name in adapters:
        raise WorkbenchError(f"The adapter name {model_name!r} is the base model's name; give the adapter another one.")
    for name, path in adapters.items():
        if not (Path(path) / "adapter_config.json").is_file():
            raise WorkbenchError(f"The adapter {name!r} at {path} is not a LoRA adapter folder (no adapter_config.json). "
                                 "Give the folder a fine-tune wrote, e.g. runs/emails/adapter.")


def prepare(model: str, adapters: dict[str, str | Path], work_dir: str | Path, *, host: str = "127.0.0.1",
            port: int = 8000, n_ctx: int | None = None, threads: int | None = None, api_key: str | None = None) -> Path:
    """Convert the base model and each adapter to GGUF (float32: same numbers as PyTorch) and write the server's config.

    Returns the config file for `python -m llama_cpp.server --config_file FILE`. Conversions are
    redone each time (seconds for a small model), so an adapter retrained under the same name is picked up.
    """
    name = Path(model).name if Path(model).is_dir() else model
    _check_names(name, adapters)
    gguf._llama_cpp()  # a missing install says so before any conversion
    base_dir = models.resolve_model_path(model)
    work_dir = Path(work_dir)
    base_gguf = gguf.to_gguf(base_dir, work_dir / f"{name}-f32.gguf", outtype="f32")
    config = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    common = {"model": str(base_gguf.resolve()), "n_ctx": n_ctx or config.get("max_position_embeddings", 2048),
              "n_threads": threads or os.cpu_count() or 1, "n_threads_batch": threads or os.cpu_count() or 1,
              "verbose": False}
    served = [{**common, "model_alias": name}]
    for alias, path in adapters.items():
        lora = gguf.adapter_to_gguf(path, base_dir, work_dir / f"{alias}-lora-f32.gguf")
        served.append({**common, "model_alias": alias, "lora_path": str(lora.resolve())})
    settings = work_dir / "llama_cpp_server.json"
    server = {"host": host, "port": port, "models": served, **({"api_key": api_key} if api_key else {})}
    settings.unlink(missing_ok=True)
    # readable by its owner only, from the first byte: it may hold the key
    with os.fdopen(os.open(settings, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as out:
        out.write(json.dumps(server, indent=2))
    return settings


def command(settings: str | Path) -> list[str]:
    """The command that starts llama.cpp's server with a config file from `prepare`."""
    return [sys.executable, "-m", "llama_cpp.server", "--config_file", str(settings)]


class Server:
    """llama.cpp's server in a child process: started, waited for, stopped (also as a `with` block).

    The server listens on `host` only (loopback by default: reachable from this machine alone). An
    `api_key` makes it refuse requests without that key; one is drawn at random if none is given.
    """

    def __init__(self, model: str, adapters: dict[str, str | Path] | None = None, work_dir: str | Path = "runs/serve",
                 *, host: str = "127.0.0.1", port: int | None = None, api_key: str | None = None,
                 threads: int | None = None):
        self.model, self.adapters, self.work_dir = model, dict(adapters or {}), Path(work_dir)
        self.host, self.port, self.threads = host, port or free_port(host), threads
        self.api_key = api_key or secrets.token_hex(16)
        self.process: subprocess.Popen | None = None
        self.log_path = self.work_dir / "server.log"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    @property
    def names(self) -> list[str]:
        """The model names a request can use: the base model's, then each adapter's."""
        return [Path(self.model).name if Path(self.model).is_dir() else self.model, *self.adapters]

    def start(self, timeout: float = 120.0) -> "Server":
        """Convert, start the server, and return once it lists exactly the expected models."""
        settings = prepare(self.model, self.adapters, self.work_dir, host=self.host, port=self.port,
                           threads=self.threads, api_key=self.api_key)
        with open(self.log_path, "w", encoding="utf-8") as log:
            self.process = subprocess.Popen(command(settings), stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        self._wait_until_ready(timeout)
        return self

    def _wait_until_ready(self, timeout: float) -> None:
        client = self.client(max_retries=0, timeout=5.0)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise WorkbenchError(f"llama.cpp's server stopped at start (exit code {self.process.returncode}). "
                                     f"Its log, {self.log_path}, ends with:\n{self._log_tail()}")
            try:
                listed = [m.id for m in client.models.list().data]
                break
            except Exception:  # not listening yet
                if time.monotonic() > deadline:
                    self.stop()
                    raise WorkbenchError(f"llama.cpp's server did not answer within {timeout:.0f} s. "
                                         f"Its log, {self.log_path}, ends with:\n{self._log_tail()}") from None
                time.sleep(0.3)
        if sorted(listed) != sorted(self.names):
            self.stop()
            raise WorkbenchError(f"The server lists {listed}, not the expected {self.names}.")

    def _log_tail(self, lines: int = 8) -> str:
        return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def client(self, **options):
        """A standard OpenAI client for this server (the `openai` package)."""
        from openai import OpenAI

        return OpenAI(base_url=self.url, api_key=self.api_key, **options)

    def stop(self, timeout: float = 20.0) -> int | None:
        """Stop the server (SIGTERM, then SIGKILL after `timeout` s) and return its exit code."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.terminate()
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout)

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def parse_adapters(specs: list[str]) -> dict[str, str]:
    """`["triage=runs/emails/adapter", ...]` from the command line, as {name: folder}."""
    adapters = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise WorkbenchError(f"--adapter {spec!r} must be NAME=FOLDER, e.g. --adapter triage=runs/emails/adapter.")
        if name in adapters:
            raise WorkbenchError(f"Two adapters are named {name!r}; give each its own name.")
        adapters[name] = path
    return adapters


def serve_forever(model: str, adapters: dict[str, str], work_dir: str | Path, host: str, port: int,
                  threads: int | None = None) -> int:
    """`workbench serve`: convert, then run llama.cpp's server in the foreground until Ctrl-C."""
    settings = prepare(model, adapters, work_dir, host=host, port=port, threads=threads)
    names = [m["model_alias"] for m in json.loads(settings.read_text(encoding="utf-8"))["models"]]
    print(f"Serving {', '.join(names)} at http://{host}:{port}/v1 (OpenAI-compatible; Ctrl-C stops it).")
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"Listening on {host}: other machines can reach it. Add an api_key to {settings} to require a key.")
    process = subprocess.Popen(command(settings))
    # a `kill` of this process alone must not leave the server running without it
    signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    try:
        code = process.wait()
    except KeyboardInterrupt:  # Ctrl-C reached the server as well; wait for it to finish shutting down
        code = process.wait(30)
    return 0 if code in (-signal.SIGTERM, -signal.SIGINT) else code  # stopped as asked: not a failure
