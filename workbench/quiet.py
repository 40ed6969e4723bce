"""Keep library messages that do not concern a learner out of the lessons, in one place.

Each filter names one known message and why it is safe to hide; anything else still shows. Installed
once by `import workbench` (cheap: no library is imported here).
"""

from __future__ import annotations

import logging
import warnings

# (logger name, start of the message, why it is noise for our users)
LOG_NOISE = [
    ("bitsandbytes.backends.cpu.ops", "Failed to load CPU gemm_4bit_forward from kernels-community",
     "an optional download of a faster inference kernel on AVX512-BF16 CPUs; the workbench does not use "
     "that kernel (models.keep_4bit_trainable) and never downloads code"),
]
# (message regex, category, why)
WARNING_NOISE = [
    (r".*is_gradient_checkpointing.*", None, "an upstream deprecation that PEFT triggers, not the user"),
    (r".*will be removed in v6.*", FutureWarning, "transformers renames arguments the libraries pass"),
]


class _DropKnownMessages(logging.Filter):
    def __init__(self, starts: list[str]):
        super().__init__()
        self.starts = starts

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not any(message.startswith(start) for start in self.starts)


def quiet_library_noise() -> None:
    """Install the filters above (idempotent)."""
    by_logger: dict[str, list[str]] = {}
    for name, start, _why in LOG_NOISE:
        by_logger.setdefault(name, []).append(start)
    for name, starts in by_logger.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropKnownMessages) for f in logger.filters):
            logger.addFilter(_DropKnownMessages(starts))
    for pattern, category, _why in WARNING_NOISE:
        warnings.filterwarnings("ignore", message=pattern, category=category or Warning)
