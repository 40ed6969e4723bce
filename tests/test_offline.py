"""Offline: the course runs with no network at all, given HF_HUB_OFFLINE=1.

Each run happens in a child process whose network is blocked twice over:
- in its own network namespace (`unshare -n`, as root or with user namespaces): no interface but a
  loopback that is down, so nothing can leave, whatever library tries;
- and a `sitecustomize` guard in every Python process of the run (the kernel too) that refuses and
  logs any connection or name lookup beyond this machine, so the test can also say that nothing even
  tried. Without `unshare` only the guard blocks, and the tests say so in their output.
The notebook's kernel talks to nbclient over Unix sockets (ipc), which need no network.
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "course" / "level2_users" / "02_hr_policy_assistant.ipynb"  # bundled model + data + tokenizer
WORKBENCH = Path(sys.executable).with_name("workbench")

GUARD = '''
import os, socket

_LOG = os.environ["OFFLINE_GUARD_LOG"]
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _note(what):
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what}\\n")


def _remote(address):
    host = address[0] if isinstance(address, tuple) else address
    return isinstance(host, str) and not host.startswith(_LOCAL)


_connect, _connect_ex, _getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and _remote(address):
        _note(f"connect {address!r}")
        raise OSError(101, "Network is unreachable (blocked by the offline test)")
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and _remote(address):
        _note(f"connect_ex {address!r}")
        return 101
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if isinstance(host, (str, bytes)) and _remote((host.decode() if isinstance(host, bytes) else host,)):
        _note(f"getaddrinfo {host!r}")
        raise socket.gaierror(socket.EAI_NONAME, "Name lookup blocked by the offline test")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
'''

RUN_NOTEBOOK = '''
import sys
import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
km = KernelManager(kernel_name="python3", transport="ipc")  # Unix sockets: no network needed
NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": sys.argv[2]}}).execute()
print("notebook ran offline")
'''


def _netns_works() -> bool:
    unshare = shutil.which("unshare")
    if not unshare:
        return False
    flags = ["-n"] if os.geteuid() == 0 else ["-r", "-n"]
    return subprocess.run([unshare, *flags, "true"], capture_output=True).returncode == 0


NETNS = _netns_works()


def offline(cmd, tmp_path, extra_env=None, timeout=300, unshare_flags=()):
    """Run `cmd` with HF_HUB_OFFLINE=1 and the network blocked; return (result, guard log lines)."""
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir(exist_ok=True)
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network-attempts.log"
    log.write_text("")
    env = dict(os.environ, HF_HUB_OFFLINE="1", OFFLINE_GUARD_LOG=str(log), OMP_NUM_THREADS="1",
               PYTHONPATH=os.pathsep.join([str(guard_dir), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), WORKBENCH_DATASETS=str(ROOT / "datasets"),
               HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", NO_PROXY="")
    env.pop("HF_HUB_DISABLE_TELEMETRY", None)  # prove it is not needed for silence
    env.update(extra_env or {})
    if NETNS:
        cmd = ["unshare", "-n", *unshare_flags, *cmd] if os.geteuid() == 0 else ["unshare", "-r", "-n", *unshare_flags, *cmd]
    result = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout)
    return result, [line for line in log.read_text().splitlines() if line.strip()]


def test_harness_really_blocks_the_network(tmp_path, capsys):
    # catches: a harness that proves nothing (guard not loaded, or a namespace that still has a route out)
    probe = "import urllib.request\ntry:\n    urllib.request.urlopen('https://pypi.org/simple/', timeout=5)\n" \
            "    print('REACHED')\nexcept Exception as err:\n    print('blocked:', type(err).__name__)"
    result, attempts = offline([sys.executable, "-c", probe], tmp_path, extra_env={"HTTPS_PROXY": "", "HTTP_PROXY": ""})
    assert "blocked:" in result.stdout and "REACHED" not in result.stdout, result.stdout + result.stderr
    assert attempts, "the guard should have logged the lookup or connection"
    with capsys.disabled():
        print(f"\noffline harness: guard{' + network namespace (unshare -n)' if NETNS else ' only (no unshare here)'}")


@pytest.mark.skipif(not NETNS, reason="needs a network namespace (unshare -n): root or user namespaces")
def test_namespace_has_no_route_out_even_for_code_that_bypasses_python(tmp_path):
    # catches: blocking that only holds for Python's socket module (libcurl, Rust downloaders, ZMQ bypass it)
    result, _ = offline(["cat", "/proc/net/dev", "/proc/net/route"], tmp_path)
    interfaces = [line.split(":")[0].strip() for line in result.stdout.splitlines() if ":" in line]
    routes = [line for line in result.stdout.splitlines()[2 + len(interfaces):] if line.strip()
              and not line.startswith("Iface")]
    assert interfaces == ["lo"] and routes == [], result.stdout  # this namespace's view: loopback only, no route


@pytest.mark.slow
def test_a_lesson_runs_offline(tmp_path):
    # catches: a notebook (or a library under it) that needs the network with the bundled model and data
    result, attempts = offline([sys.executable, "-c", RUN_NOTEBOOK, str(LESSON), str(tmp_path)], tmp_path, timeout=600)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "notebook ran offline" in result.stdout
    assert attempts == [], f"tried the network: {attempts[:5]}"


@pytest.mark.slow
def test_the_demo_runs_offline(tmp_path):
    # catches: the README's first command needing the network once packages are installed
    out = tmp_path / "demo"
    cmd = [str(WORKBENCH), "demo", "--max-train", "16", "--max-eval", "12", "--epochs", "1",
           "--output-dir", str(out), "--json", str(out / "results.json")]
    result, attempts = offline(cmd, tmp_path)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results, "the demo wrote no results"
    assert (out / "adapter").is_dir()
    assert attempts == [], f"tried the network: {attempts[:5]}"


def test_an_uncached_hub_model_offline_says_what_to_do(tmp_path):
    # catches: a traceback or a hang instead of one sentence when a learner asks for a model nobody cached
    cmd = [str(WORKBENCH), "chat", "Xin chào", "--model", "Qwen/Qwen2.5-0.5B-Instruct"]
    result, attempts = offline(cmd, tmp_path, extra_env={"HF_HUB_CACHE": str(tmp_path / "empty-cache")}, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "HF_HUB_OFFLINE" in result.stderr and "Traceback" not in result.stderr
    assert attempts == []


@pytest.mark.skipif(not NETNS, reason="needs namespaces (unshare) to mount the cache read-only")
def test_a_hub_model_loads_from_a_read_only_shared_cache(tmp_path, tiny_model_dir):
    # catches: the JupyterHub setup (deploy/z2jh: HF_HUB_CACHE on a read-only volume, HF_HUB_OFFLINE=1)
    # failing because the hub library wants to write locks or markers into the shared cache
    cache = tmp_path / "models" / "hub"
    snapshot = cache / "models--example-org--vi-tiny" / "snapshots" / ("0" * 40)
    shutil.copytree(tiny_model_dir, snapshot)
    (snapshot.parent.parent / "refs").mkdir()
    (snapshot.parent.parent / "refs" / "main").write_text("0" * 40)
    load = textwrap.dedent("""
        from workbench import models
        model, tokenizer = models.load_model("example-org/vi-tiny", quantization="none")
        print("loaded", type(model).__name__, tokenizer("Xin chào")["input_ids"][:3])
    """)
    # the cache becomes read-only for this run only: a private mount namespace, bind-mounted ro
    script = f'mount --bind {cache.parent} {cache.parent} && mount -o remount,bind,ro {cache.parent} && ' \
             f'touch {cache}/probe 2>/dev/null && echo WRITABLE; exec "$@"'
    cmd = ["sh", "-c", script, "sh", sys.executable, "-c", load]
    result, attempts = offline(cmd, tmp_path, extra_env={"HF_HUB_CACHE": str(cache)}, unshare_flags=("-m",))
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "WRITABLE" not in result.stdout, "the cache was not read-only, so this proved nothing"
    assert "loaded LlamaForCausalLM" in result.stdout
    assert attempts == []
