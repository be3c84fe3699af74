"""The IPython extension, driven through a real InteractiveShell."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from tests.helpers import make_prc_id

PRC_ID = make_prc_id("11010519491231002")


@pytest.fixture
def shell(engine: Any) -> Iterator[InteractiveShell]:
    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "hybridai")
    shell.user_ns["engine"] = engine
    yield shell
    shell.user_ns.pop("engine", None)


def _html(captured: Any) -> str:
    return "".join(o.data.get("text/html", "") for o in captured.outputs)


def test_cell_magic_streams_the_answer_with_its_badge_then_the_line_magic_explains_it(shell: InteractiveShell,
                                                                                      cloud: Any) -> None:
    with capture_output() as captured:
        shell.run_cell_magic("hybridai", "--engine engine", "Mail li.na@hengyuan-tech.cn the agenda, please.")
    page = _html(captured)
    assert 'data-state="streaming"' in page  # the first display, updated while the answer streams
    assert 'data-route="cloud"' in page and "EMAIL" in page
    with capture_output() as captured:
        shell.run_line_magic("hybridai_last", "")
    text = captured.outputs[-1].data["text/plain"]
    assert text.startswith("route: cloud") and "<EMAIL_1>" in text and "li.na@hengyuan-tech.cn" not in text
    assert b"li.na@hengyuan-tech.cn" not in cloud.all_bodies()


def test_json_option_and_sessions(shell: InteractiveShell) -> None:
    with capture_output() as captured:
        shell.run_cell_magic("hybridai", "--engine engine --json --session notes-1", f"身份证号 {PRC_ID} 的户籍地？")
    data = captured.outputs[-1].data["application/json"]
    assert data["route"] == "private" and data["session_id"] == "notes-1" and data["masked_messages"] is None
    assert json.loads(captured.outputs[-1].data["text/plain"])["route"] == "private"
    with capture_output():
        shell.run_cell_magic("hybridai", "--engine engine --session notes-1", "And the birth date?")
    engine = shell.user_ns["engine"]
    assert len(engine.history("notes-1")) == 4
    with capture_output() as captured:
        shell.run_line_magic("hybridai_last", "")
    assert "the cloud received: nothing" in captured.outputs[-1].data["text/plain"]


def test_errors_are_one_line_not_a_traceback(shell: InteractiveShell) -> None:
    for line, cell, expected in (("--engine engine", "   ", "the cell is empty"),
                                 ("--engine nosuch", "hi", "no such variable"),
                                 ("--engine engine --bogus", "hi", "unrecognized arguments"),
                                 ("--engine engine --model-version nosuch", "hi", "unknown model version 'nosuch'")):
        with capture_output() as captured:
            shell.run_cell_magic("hybridai", line, cell)
        text = captured.outputs[-1].data["text/plain"]
        assert expected in text and "Traceback" not in text + captured.stdout + captured.stderr


def test_line_magic_before_any_request(engine: Any) -> None:
    from hybridai.magics import HybridAIMagics

    shell = InteractiveShell.instance()
    shell.register_magics(HybridAIMagics(shell))
    with capture_output() as captured:
        shell.run_line_magic("hybridai_last", "")
    assert "no %%hybridai request yet" in captured.outputs[-1].data["text/plain"]
