"""JupyterLab in a real headless browser: a course notebook opens, runs through the UI, shows its widgets.

A real `jupyter lab` server starts on a free port with a token, in a scratch folder holding a copy of
a light lesson (Level 1, lesson 3). Debian's chromium (never a downloaded browser), driven by
Playwright, opens it, runs every cell from the Run menu, and checks that a table and the
lesson's ipywidgets form render, that ticking a box in the form changes the kernel's answer (the
widget round trip), and saves a screenshot as an artifact (runs/browser/, path printed).

Skipped, with the reason, when chromium or Playwright is missing; CI installs both (.ci/run, dev extra).
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, free_port

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = [pytest.mark.xdist_group("browser"), pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "course" / "level1_leaders" / "03_where_the_data_goes.ipynb"
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", ROOT / "runs" / "browser"))

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip("Debian's chromium is not installed: `apt-get install -y chromium` (CI does this in .ci/run)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 with its own config, settings and runtime folders; stopped afterwards."""
    work = tmp_path_factory.mktemp("lab")
    notebooks = work / "notebooks"  # what the file browser shows; config and logs stay beside it
    notebooks.mkdir()
    shutil.copy(LESSON, notebooks / LESSON.name)
    port, token = free_port(), "browser-test-" + os.urandom(8).hex()
    settings = work / "settings"
    # no "news" prompt or update check over the notebook (they would cover what the test clicks)
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    # every cell in the page, not only those scrolled into view (JupyterLab 4 renders lazily by default)
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}))
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(work / "config"), JUPYTER_RUNTIME_DIR=str(work / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(settings), JUPYTERLAB_WORKSPACES_DIR=str(work / "workspaces"),
               WORKBENCH_DATASETS=str(ROOT / "datasets"), OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1")
    log = open(work / "jupyter.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={notebooks}", "--ServerApp.port_retries=0",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         *(["--allow-root"] if os.geteuid() == 0 else [])],  # CI runs as root
        cwd=notebooks, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n" + (work / "jupyter.log").read_text()[-3000:])
                time.sleep(0.5)
        yield {"base": base, "token": token, "work": work, "server": server}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def page(lab):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(60_000)
        try:
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def ran(lab, page):
    """Open the lesson, run all cells from the Run menu, wait until the last cell has its number."""
    page.goto(f"{lab['base']}/lab/tree/{LESSON.name}?token={lab['token']}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", state="visible")
    # the kernel attached and idle (the status bar says so), before Run All: clicked earlier, JupyterLab
    # would ask which kernel to start
    page.wait_for_selector(".jp-StatusBar-TextItem:has-text('| Idle')", timeout=120_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt")
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        dialog = page.locator(".jp-Dialog .jp-mod-accept")
        if dialog.count():  # "Select Kernel" (a slow kernel start): take the notebook's own kernel
            dialog.first.click()
        texts = prompts.all_text_contents()
        if texts and all(t.strip() not in ("[ ]:", "[*]:", "") for t in texts):
            break
        time.sleep(1)
    else:  # leave a picture of where it stopped
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "jupyterlab-run-all-timeout.png"), full_page=True)
    return prompts.all_text_contents()


def test_every_cell_runs_through_the_ui(ran):
    # catches: a lesson that stops half way in JupyterLab (Run All stops at the first error)
    assert ran and all(t.strip().startswith("[") and t.strip()[1:-2].isdigit() for t in ran), ran
    # nothing ran in the wrong order or twice: prompts are 1..N
    assert [int(t.strip()[1:-2]) for t in ran] == list(range(1, len(ran) + 1))


def test_outputs_render_a_table_and_no_traceback(ran, page):
    # catches: outputs that do not reach the page (kernel messages lost, renderer missing)
    assert page.locator(".jp-OutputArea-output table").count() > 0  # the pandas tables of the lesson
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'] .ansi-red-fg, "
                        ".jp-OutputArea-output:has-text('Traceback (most recent call last)')").count() == 0


def test_widgets_render_and_talk_to_the_kernel(ran, page):
    # catches: ipywidgets not rendering in JupyterLab (front-end extension missing or version mismatch),
    # or a widget that renders but whose changes never reach the kernel
    form = page.locator(".jp-OutputArea-output .widget-vbox").first
    form.scroll_into_view_if_needed()
    assert form.locator(".widget-checkbox").count() >= 4
    assert form.locator(".widget-slider, .widget-hslider").count() >= 1
    answer = page.locator(".jp-OutputArea-output .widget-output").first
    page.wait_for_function("el => el.innerText.trim().length > 0", arg=answer.element_handle())
    before = answer.inner_text()
    form.locator(".widget-checkbox", has_text="must stay on site").locator("input").click()
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[answer.element_handle(), before],
                           timeout=30_000)
    assert answer.inner_text() != before


def test_screenshot_is_saved_as_an_artifact(ran, page, tmp_path, capsys):
    # catches: nothing, by itself; it leaves a picture of the run for a person to look at
    shot = tmp_path / "jupyterlab-03_where_the_data_goes.png"
    page.locator(".jp-OutputArea-output .widget-vbox").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    kept = ARTIFACTS / shot.name
    shutil.copy(shot, kept)
    with capsys.disabled():
        print(f"\nbrowser screenshot: {kept}")
