"""What the headless-browser tests share: Debian's chromium, the flags it needs here, a free local port."""

import shutil
import socket

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# what headless Chromium needs here: no sandbox (root), no GPU, no calls home, a fresh profile (Playwright's own)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
