"""A served model others can call: llama.cpp's server on loopback, called with the standard OpenAI client.

The server is the real one (llama-cpp-python's `llama_cpp.server`, through `workbench.serve`), serving
the bundled model and, under its own name, the same base with a LoRA adapter applied at run time.
Replies are compared with the workbench's own greedy generation (transformers).
"""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import data, generate, models, serve

NOT_INSTALLED = ("llama-cpp-python is not installed; `scripts/install.sh dev,grading,lab` builds it from source (the "
                 "edge extra), which needs a C++ compiler and cmake")
openai = pytest.importorskip("openai", reason="the openai client is not installed (`scripts/install.sh dev,grading,lab`)")

# one worker runs this module: its fixture starts one server for all its tests (pytest -n 2)
pytestmark = pytest.mark.xdist_group("serve")

GREEDY = {"temperature": 0, "extra_body": {"repeat_penalty": 1.0}}  # llama.cpp's server defaults to 1.1
NEW_TOKENS = 16


def _random_adapter(folder):
    """A LoRA adapter on the bundled model whose B matrices are not zero, so it changes the replies."""
    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(1)
    base, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none")
    config = LoraConfig(r=8, lora_alpha=16, target_modules="all-linear", task_type="CAUSAL_LM", init_lora_weights=False)
    get_peft_model(base, config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    pytest.importorskip("llama_cpp", reason=NOT_INSTALLED)
    work = tmp_path_factory.mktemp("serve")
    adapter = _random_adapter(work / "adapter")
    server = serve.Server(models.BUNDLED_MODEL, {"triage": adapter}, work / "server", threads=1).start()
    try:
        yield server, adapter
    finally:
        server.stop()


@pytest.fixture(scope="module")
def messages():
    labels = data.describe("support_emails").labels
    test = data.load_dataset("support_emails", "test").select(range(3))
    chats = [data.classification_prompt(data.email_text(r), labels) for r in test]
    return chats + [generate.build_messages("Xin chào! Cửa hàng có giao hàng đến Đà Nẵng không?")]


def _served_replies(server, model, chats):
    client = server.client()
    return [client.chat.completions.create(model=model, messages=m, max_tokens=NEW_TOKENS, **GREEDY)
            .choices[0].message.content.strip() for m in chats]


def _workbench_replies(adapter, chats):
    model, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none", adapter=adapter)
    return generate.generate_batch(model, tokenizer, chats, max_new_tokens=NEW_TOKENS)


def test_server_lists_the_base_and_the_adapter(served):
    # catches: a served name that does not exist, which llama.cpp would silently answer with the base
    server, _ = served
    assert sorted(m.id for m in server.client().models.list().data) == sorted([models.BUNDLED_MODEL, "triage"])


def test_base_model_replies_are_the_workbench_greedy_replies(served, messages):
    # catches: a served model that answers differently from the one the course measured (chat template,
    # tokenizer, weights or sampling differ), so a colleague's program would see another model
    server, _ = served
    assert _served_replies(server, models.BUNDLED_MODEL, messages) == _workbench_replies(None, messages)


def test_adapter_replies_are_the_workbench_greedy_replies_with_the_adapter(served, messages):
    # catches: an adapter that is converted wrongly, applied at the wrong scale, or not applied at all
    server, adapter = served
    with_adapter = _served_replies(server, "triage", messages)
    assert with_adapter == _workbench_replies(adapter, messages)
    assert with_adapter != _served_replies(server, models.BUNDLED_MODEL, messages), "the adapter changed nothing"


def test_a_request_longer_than_the_context_gets_a_clear_error(served):
    # catches: an oversized request that hangs, crashes the server or is cut silently
    server, _ = served
    too_long = "Tôi chưa nhận được hàng. " * 400  # far beyond the model's 1,024 tokens
    with pytest.raises(openai.BadRequestError, match="maximum context length is 1024 tokens"):
        server.client().chat.completions.create(model="triage", messages=[{"role": "user", "content": too_long}],
                                                max_tokens=8, **GREEDY)
    assert _served_replies(server, "triage", [[{"role": "user", "content": "Xin chào"}]])  # still serving


def test_a_malformed_request_says_which_field_is_wrong(served):
    # catches: a malformed request answered without saying what is wrong. llama.cpp's server answers
    # with status 500 (vLLM: 400), but its message names the field and the problem
    server, _ = served
    body = {"model": "triage", "messages": [{"role": "user", "content": "Xin chào"}], "temperature": "hot"}
    with pytest.raises(openai.APIStatusError, match=r"(?s)temperature.*valid number"):
        server.client().post("/chat/completions", body=body, cast_to=object)


def test_a_request_without_the_api_key_is_refused(served):
    # catches: a server that a `Server` started without a key check, open to anything that reaches the port
    server, _ = served
    other = openai.OpenAI(base_url=server.url, api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        other.models.list()


def test_unknown_model_name_is_answered_by_the_base_as_documented(served, messages):
    # catches: the warning in workbench/serve.py and deploy/README.md going stale: llama.cpp's server answers
    # an unknown name with its first model instead of an error (vLLM returns 404); if this fails, update both
    server, _ = served
    assert _served_replies(server, "triag", messages[:1]) == _served_replies(server, models.BUNDLED_MODEL, messages[:1])


def test_server_stops_cleanly_and_frees_its_port(tmp_path):
    # catches: a server process (or a worker it started) left running after stop, holding the port
    pytest.importorskip("llama_cpp", reason=NOT_INSTALLED)
    server = serve.Server(models.BUNDLED_MODEL, {}, tmp_path, threads=1).start()
    pid, port = server.process.pid, server.port
    assert server.stop() in (0, -signal.SIGTERM)  # uvicorn shuts down, then re-raises the signal it caught
    assert server.log_path.read_text(encoding="utf-8").rstrip().splitlines()[-1].startswith("INFO:     Finished server")
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # the server ran in its own process group: nothing of it is left
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_cli_refuses_an_adapter_without_a_name():
    # catches: `workbench serve --adapter FOLDER` failing deep inside the conversion instead of saying the format
    done = subprocess.run([sys.executable, "-m", "workbench.cli", "serve", "--adapter", "runs/emails/adapter"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "NAME=FOLDER" in done.stderr


def test_cli_refuses_a_folder_that_is_not_an_adapter(tmp_path):
    # catches: a wrong adapter path reported as a converter traceback
    done = subprocess.run([sys.executable, "-m", "workbench.cli", "serve", "--adapter", f"triage={tmp_path}"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "adapter_config.json" in done.stderr


def test_vllm_service_serves_adapters_on_a_cached_base():
    # catches: a vLLM manifest that drifts from the rest of deploy/: a base the model cache does not hold (vLLM
    # would try to download it, offline), adapters outside the mounted volume, or a rank limit below the
    # workbench's LoRA rank (vLLM refuses such adapters)
    import yaml

    root = Path(__file__).resolve().parent.parent
    docs = list(yaml.safe_load_all((root / "deploy" / "vllm" / "vllm-service.yaml").read_text(encoding="utf-8")))
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    args = container["args"]
    assert container["command"] == ["vllm", "serve"] and "--enable-lora" in args
    cache_job = (root / "deploy" / "z2jh" / "model-cache.yaml").read_text(encoding="utf-8")
    cached = {models.REGISTRY[key].source for key in models.REGISTRY if f"- {key}\n" in cache_job}
    assert args[0] in cached, f"the base {args[0]} is not among the models the cache Job downloads: {cached}"
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    modules = args[args.index("--lora-modules") + 1:]
    modules = modules[:next((i for i, a in enumerate(modules) if a.startswith("--")), len(modules))]
    assert modules and all(m.split("=", 1)[1].startswith(mounts["adapters"] + "/") for m in modules), modules
    rank = int(next(a for a in args if a.startswith("--max-lora-rank=")).split("=")[1])
    assert rank >= models.recommended(args[0]).lora_r
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["HF_HUB_OFFLINE"] == "1" and env["HF_HUB_CACHE"].startswith(mounts["models"])


def test_cli_serve_answers_and_takes_its_server_down_with_it(tmp_path):
    # catches: `workbench serve` stopped by a plain `kill` (a service manager, a notebook's stop button) leaving
    # llama.cpp's server running behind it, holding the port
    pytest.importorskip("llama_cpp", reason=NOT_INSTALLED)
    import time

    port = serve.free_port()
    cli = subprocess.Popen([sys.executable, "-m", "workbench.cli", "serve", "--port", str(port), "--work-dir",
                            str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="none", max_retries=0, timeout=5)
        deadline = time.monotonic() + 300
        while True:
            try:
                assert [m.id for m in client.models.list().data] == [models.BUNDLED_MODEL]
                break
            except openai.APIConnectionError:
                assert cli.poll() is None and time.monotonic() < deadline, "workbench serve did not start"
                time.sleep(0.5)
        cli.terminate()  # SIGTERM to the command alone, not to its process group
        assert cli.wait(60) == 0, cli.stdout.read()[-2000:]
    finally:
        if cli.poll() is None:
            cli.kill()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0, "the server still listens after workbench serve ended"
