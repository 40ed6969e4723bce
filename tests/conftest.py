"""Shared fixtures: a tiny randomly initialised model saved like a hub model, and small data."""

import os
import shutil
import tempfile

import pytest

os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SAMPLE_TEXTS = [
    "Xin chào, tôi muốn hỏi về đơn hàng của tôi đã thanh toán hôm qua.",
    "Giao hàng chậm quá, tôi cần biết khi nào nhận được hàng.",
    "Tôi không đăng nhập được vào tài khoản trên ứng dụng.",
    "Sản phẩm bị lỗi, tôi muốn đổi trả và được hoàn tiền.",
    "Cảm ơn nhân viên đã hỗ trợ tôi rất nhiệt tình.",
] * 8


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A 2-layer Llama with a freshly trained tokenizer, saved with save_pretrained (no download)."""
    from transformers import LlamaForCausalLM

    from workbench import pretrain

    folder = tmp_path_factory.mktemp("tiny-model")
    tokenizer = pretrain.train_tokenizer(SAMPLE_TEXTS, vocab_size=400)
    cfg = pretrain.PretrainConfig(hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2, intermediate_size=128)
    config = pretrain.model_config(cfg, tokenizer)
    config.initializer_range = 0.3  # large enough embeddings that a frozen, tied lm_head can express a choice
    model = LlamaForCausalLM(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


# Parallel runs (`make test` runs pytest -n 2): each worker gets one core's worth of threads, so two
# workers' torch pools do not fight over the same two cores, and notebook kernels they start inherit it.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["OMP_NUM_THREADS"] = os.environ.get("WORKBENCH_TEST_THREADS", "1")
    os.environ["MKL_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"]


@pytest.fixture
def run_notebook(tmp_path):
    """Execute a notebook in tmp_path with a kernel on Unix sockets in its own folder.

    Kernels on TCP pick "free" ports that another process (the other xdist worker's kernel) can take
    before they are bound; sockets in a per-test folder cannot collide.
    """
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    def run(nb, **options):
        sockets = tempfile.mkdtemp(prefix="kernel-")  # short: a Unix socket path has at most 107 bytes
        try:
            km = KernelManager(kernel_name="python3", transport="ipc", ip=os.path.join(sockets, "k"))
            NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": str(tmp_path)}}, **options).execute()
        finally:
            shutil.rmtree(sockets, ignore_errors=True)
        return nb

    return run
