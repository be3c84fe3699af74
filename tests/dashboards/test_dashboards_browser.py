"""The dashboards in real headless Chromium (Debian's `chromium`, driven by playwright-python; no
browser download), served by the main job `hybridai up`, which is then stopped with Ctrl-C (SIGINT).

Screenshots go to reports/dashboards/<run-id>/."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
from playwright.sync_api import Page, sync_playwright

from hybridai import reports
from tests.conftest import REPO
from tests.dashboards.conftest import Launched
from tests.helpers import make_prc_id

CHROMIUM = Path("/usr/bin/chromium")  # Debian's package: apt-get install -y chromium
PRC_ID = make_prc_id("44030519880612271")
EMAIL = "li.na@hengyuan-tech.cn"
GENERAL = f"Please draft a short reply to {EMAIL} about moving the design review to Friday."
SENSITIVE = f"请核对客户身份证号 {PRC_ID} 的出生日期是否与档案一致。"
PAGE_TIMEOUT_MS = 180_000  # a Voila page starts a kernel that loads the engine and the model

RECORD_STREAMING = """() => {
  window.__partials = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.hyai-answer[data-state="streaming"]')) {
      window.__partials.push(el.textContent);
    }
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""
COUNTS = """() => Object.fromEntries(Array.from(document.querySelectorAll('.hyai-monitor')).map(
  m => [m.querySelector('h4').textContent, Number(m.querySelector('.hyai-requests').dataset.value)]))"""


def _send(page: Page, text: str, answers_before: int) -> Any:
    page.fill("textarea", text)
    page.click("button:has-text('Send')")
    done = page.locator('.hyai-answer[data-state="done"]')
    done.nth(answers_before).wait_for(timeout=PAGE_TIMEOUT_MS)
    return done.nth(answers_before)


def _rest_chat(launched: Launched) -> dict[str, Any]:
    """One chat through the REST server, with a key created the way the banner says."""
    config = Path(launched.state["logs"]).parent / "hybridai.toml"
    created = subprocess.run([sys.executable, "-m", "hybridai.cli", "--config", str(config), "keys", "create",
                              "--tenant", "browser-test", "--json"], capture_output=True, text=True, timeout=120)
    assert created.returncode == 0, created.stderr
    key = json.loads(created.stdout)["api_key"]
    response = httpx.post(f"{launched.state['server_url']}/v1/chat/completions", timeout=60,
                          headers={"Authorization": f"Bearer {key}"},
                          json={"model": "hybridai", "messages": [{"role": "user", "content": "Say hello."}],
                                "max_tokens": 8})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.slow
def test_dashboards_in_chromium_then_ctrl_c_stops_everything(launched: Launched) -> None:
    assert CHROMIUM.is_file(), "Debian's chromium is needed: apt-get install -y chromium"
    shots = REPO / "reports" / "dashboards" / reports.new_run_id()
    shots.mkdir(parents=True)
    state = launched.state
    for url in (state["server_url"] + "/healthz", state["dashboards_url"] + "/"):
        assert httpx.get(url, timeout=10).status_code == 200
    output = launched.output()
    for key in ("chat_url", "monitoring_url", "server_url"):
        assert state[key] in output and state[key].startswith("http://127.0.0.1:")
    assert "stand-in cloud" in output

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        try:
            monitor = browser.new_page(viewport={"width": 1100, "height": 1300})
            monitor.goto(state["monitoring_url"], timeout=PAGE_TIMEOUT_MS)
            monitor.wait_for_function("() => document.querySelectorAll('.hyai-requests').length == 2",
                                      timeout=PAGE_TIMEOUT_MS)
            before = monitor.evaluate(COUNTS)
            assert set(before.values()) == {0}, before

            chat = browser.new_page(viewport={"width": 1100, "height": 1300})
            chat.goto(state["chat_url"], timeout=PAGE_TIMEOUT_MS)
            chat.wait_for_selector("textarea", timeout=PAGE_TIMEOUT_MS)
            assert "stand-in cloud" in chat.inner_text("body")
            assert "Traceback" not in chat.content() and "chat_dashboard(" not in chat.content()  # sources stripped
            chat.evaluate(RECORD_STREAMING)

            general = _send(chat, GENERAL, 0)
            badge = general.locator(".hyai-badge")
            assert badge.get_attribute("data-route") == "cloud" and badge.inner_text() == "stand-in cloud"
            assert "EMAIL" in general.inner_text() and "[stand-in cloud]" in general.inner_text()
            partials = chat.evaluate("() => window.__partials")
            assert len(set(partials)) >= 3, f"the answer did not stream: {partials}"

            sensitive = _send(chat, SENSITIVE, 1)
            assert sensitive.locator(".hyai-badge").get_attribute("data-route") == "private"
            assert "PRC_ID" in sensitive.inner_text()

            masked = chat.locator(".hyai-masked")
            assert not masked.first.is_visible()
            chat.click("button:has-text('show what the cloud received')")
            masked.first.wait_for(state="visible")
            sent = chat.locator('.hyai-masked[data-sent="true"]').inner_text()
            assert "<EMAIL_1>" in sent and EMAIL not in sent and PRC_ID not in sent
            kept = chat.locator('.hyai-masked[data-sent="false"]').inner_text()
            assert "Nothing was sent to the cloud" in kept and PRC_ID not in kept
            chat.screenshot(path=str(shots / "chat.png"), full_page=True)

            rest = _rest_chat(launched)
            assert rest["hybridai"]["route"] == "cloud"
            monitor.wait_for_function(f"() => Object.values(({COUNTS})()).sort().join() == '1,2'",
                                      timeout=30_000)
            after = monitor.evaluate(COUNTS)
            assert {label.split(" ")[0]: value for label, value in after.items()} == {"REST": 1, "chat": 2}, after
            monitor.screenshot(path=str(shots / "monitoring.png"), full_page=True)
        finally:
            browser.close()
    for png in ("chat.png", "monitoring.png"):
        assert (shots / png).read_bytes().startswith(b"\x89PNG")
    print(f"screenshots: {shots}")

    children = launched.tree()
    kinds = " ".join(" ".join(c.cmdline()) for c in children)
    assert "serve" in kinds and "voila" in kinds and "ipykernel" in kinds, kinds
    launched.process.send_signal(signal.SIGINT)
    assert launched.process.wait(timeout=60) == 0, launched.output()
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"still running after Ctrl-C: {[p.cmdline() for p in alive]}"
    assert "stopped." in launched.output()
    for url in (state["server_url"] + "/healthz", state["dashboards_url"] + "/"):
        with pytest.raises(httpx.ConnectError):
            httpx.get(url, timeout=5)
