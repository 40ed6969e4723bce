"""Learners see no library messages that do not concern them (workbench/quiet.py)."""

import logging
import subprocess
import sys


def test_kernel_download_warning_is_dropped_and_others_are_kept(caplog):
    # catches: "Failed to load CPU gemm_4bit_forward from kernels-community ..." as a lesson's first output
    # on AVX512-BF16 CPUs; the same logger's other messages must still show
    import workbench  # noqa: F401  (installs the filters)

    logger = logging.getLogger("bitsandbytes.backends.cpu.ops")
    with caplog.at_level(logging.WARNING, logger=logger.name):
        logger.warning("Failed to load CPU gemm_4bit_forward from kernels-community: %s. Please ...", "no trust")
        logger.warning("Something else went wrong")
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["Something else went wrong"], messages


def test_loading_a_4bit_model_prints_no_library_noise():
    # catches: a filter installed too late (after bitsandbytes logged at import) or not at all
    code = ("import workbench\nfrom workbench import models\n"
            "models.load_model('vi-tiny-llama', quantization='4bit')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    output = run.stdout + run.stderr
    for noise in ("kernels-community", "trust_remote_code", "deprecated"):
        assert noise not in output, output[-2000:]
