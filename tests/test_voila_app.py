"""The no-code fine-tuning app served by Voila, used in a real headless browser as a learner would.

A real `voila` server serves course/level2_users/apps/fine_tune_form.ipynb (code hidden, widgets
only). Debian's chromium, driven by Playwright, uploads a broken CSV (the form names the line and
field), then a good one, asks for an estimate, fine-tunes for two steps and reads the before/after
table: every click goes through the browser, the widget protocol and the kernel.

Skipped, with the reason, when chromium, Playwright or Voila is missing; CI installs all three.
"""

import csv
import io
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, free_port

pytestmark = [pytest.mark.xdist_group("voila"), pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "course" / "level2_users" / "apps" / "fine_tune_form.ipynb"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
pytest.importorskip("voila", reason="voila is not installed (lab extra)")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip("Debian's chromium is not installed: `apt-get install -y chromium` (CI does this in .ci/run)",
                allow_module_level=True)

EXAMPLES = {
    "giao hàng": ["Đơn hàng đặt từ thứ Hai mà vẫn chưa nhận được.", "Tôi muốn đổi địa chỉ nhận hàng.",
                  "Mã vận đơn tra không ra thông tin gì.", "Thùng hàng giao đến bị móp méo."],
    "thanh toán": ["Tôi chuyển khoản rồi mà đơn vẫn báo chưa thanh toán.", "Thẻ bị trừ tiền hai lần.",
                   "Mã giảm giá không áp dụng được.", "Thanh toán qua ví điện tử báo lỗi."],
}


def _csv(rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["text", "label"])
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """Voila serving a copy of the app on 127.0.0.1, its adapters going to a scratch home folder."""
    work = tmp_path_factory.mktemp("voila")
    shutil.copy(APP, work / APP.name)
    port = free_port()
    env = dict(os.environ, HOME=str(work / "home"), JUPYTER_CONFIG_DIR=str(work / "config"),
               JUPYTER_RUNTIME_DIR=str(work / "runtime"), WORKBENCH_DATASETS=str(ROOT / "datasets"),
               OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1")
    log = open(work / "voila.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "voila", APP.name, "--no-browser", f"--port={port}",
                               "--Voila.ip=127.0.0.1", "--show_tracebacks=True"],
                              cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "api/kernelspecs", timeout=2):
                    break
            except urllib.error.HTTPError:
                break  # the server answers
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("Voila did not start:\n" + (work / "voila.log").read_text()[-3000:])
                time.sleep(0.5)
        yield {"base": base, "work": work}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def page(app):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.set_default_timeout(120_000)
        page.goto(app["base"])  # Voila runs the whole notebook before the widgets appear
        page.wait_for_selector("button:has-text('Estimate')", timeout=240_000)
        try:
            yield page
        finally:
            browser.close()


def _upload(page, name: str, content: bytes) -> None:
    """Click the upload button and pick a file in the dialog it opens, as a learner does."""
    with page.expect_file_chooser() as chooser:
        page.locator(".widget-upload").click()
    chooser.value.set_files(files=[{"name": name, "mimeType": "text/csv", "buffer": content}])


def test_the_app_shows_the_form_and_no_code(page):
    # catches: Voila missing widgets (front-end bundle), or showing the notebook's code to the learner
    assert page.locator("button:has-text('Fine-tune')").is_disabled()  # nothing to train on yet
    text = page.inner_text("body")
    assert "1. Your examples" in text and "Base model: vi-tiny-llama" in text  # the form, and the kernel's state
    assert "fine_tune_form(" not in text and "Traceback" not in text


def test_a_broken_file_is_named_by_line_and_field_in_the_browser(page):
    # catches: a validation error that stays in the kernel's log instead of reaching the page
    rows = [(text, label) for label, texts in EXAMPLES.items() for text in texts]
    rows[2] = (rows[2][0], "")   # file line 4: a missing label
    _upload(page, "tin_nhan_loi.csv", _csv(rows))
    error = page.locator("pre", has_text="tin_nhan_loi.csv:4")
    error.wait_for()
    assert "label" in error.inner_text()
    assert page.locator("button:has-text('Estimate')").is_disabled()


def test_a_good_file_estimates_and_fine_tunes_with_a_before_after_table(page, app):
    # catches: buttons whose clicks never reach the kernel, or a fine-tune whose result never reaches the page
    rows = [(text, label) for label, texts in EXAMPLES.items() for text in texts]
    _upload(page, "tin_nhan.csv", _csv(rows))
    estimate = page.locator("button:has-text('Estimate')")
    page.wait_for_function("b => !b.disabled", arg=estimate.element_handle())
    assert page.locator("pre", has_text="tin_nhan_loi.csv").count() == 0  # the old error is gone
    max_steps = page.locator(".widget-inline-hbox", has_text="Max steps").locator("input")
    max_steps.fill("2")
    max_steps.press("Enter")
    estimate.click()
    page.locator("pre", has_text="LoRA adapters").wait_for()
    assert page.locator("pre", has_text="2 steps").count() == 1
    page.locator("button:has-text('Fine-tune')").click()
    table = page.locator("pre", has_text="accuracy")
    table.wait_for(timeout=300_000)
    assert "before" in table.inner_text() and "after" in table.inner_text()
    adapters = list((app["work"] / "home" / "workbench_runs" / "fine_tune_form").rglob("adapter_config.json"))
    assert adapters, "the adapter was not saved under the learner's home folder"
