"""ChatWidget and the logic behind it, driven against a real engine (demo model + stand-in cloud)."""

from __future__ import annotations

from typing import Any

import pytest

from hybridai.errors import InvalidRequestError
from hybridai.testing.openai_server import Fail
from hybridai.widgets import ChatController, ChatWidget, render
from tests.helpers import make_prc_id

PRC_ID = make_prc_id("44030519880612271")
EMAIL_TEXT = "Draft a short reply to li.na@hengyuan-tech.cn about the Friday review."


def test_controller_streams_and_badges_each_route(engine: Any, cloud: Any) -> None:
    controller = ChatController(engine)
    deltas: list[str] = []
    general = controller.send(EMAIL_TEXT, deltas.append)
    assert general.badge.kind == "cloud" and len(deltas) > 1 and "".join(deltas) == general.result.answer
    assert any("EMAIL" in r for r in general.badge.reasons)
    masked = render.masked_view_html(general.result.masked_messages)
    assert "&lt;EMAIL_1&gt;" in masked and "li.na@hengyuan-tech.cn" not in masked
    assert b"li.na@hengyuan-tech.cn" not in cloud.all_bodies()
    assert controller.sessions == [general.result.session_id] and controller.session_id == general.result.session_id

    controller.select_session(None)  # a new session, so the sensitive turn does not colour the first one
    sensitive = controller.send(f"请核对身份证号 {PRC_ID} 的出生日期", lambda _: None)
    assert sensitive.badge.kind == "private" and any("PRC_ID" in r for r in sensitive.badge.reasons)
    assert sensitive.result.masked_messages is None
    assert "Nothing was sent to the cloud" in render.masked_view_html(sensitive.result.masked_messages)
    assert PRC_ID.encode() not in cloud.all_bodies()
    assert controller.sessions == [sensitive.result.session_id, general.result.session_id]

    turns = controller.select_session(general.result.session_id)  # back to the first: its history comes back
    assert turns == [(EMAIL_TEXT, general.result.answer, "cloud")]

    controller.select_session(None)
    cloud.state.always_fail = Fail(503)
    fallback = controller.send("Give me a haiku about autumn.", lambda _: None)
    assert fallback.badge.kind == "fallback" and fallback.badge.label.startswith("fallback"), fallback.result.decision


def test_controller_rejects_empty_text_and_picks_model_versions(engine: Any) -> None:
    controller = ChatController(engine)
    with pytest.raises(InvalidRequestError, match="type a message"):
        controller.send("   ", lambda _: None)
    assert controller.versions == [v.name for v in engine.list_versions()] and controller.versions
    with pytest.raises(InvalidRequestError, match="unknown model version 'v-nope'"):
        controller.select_version("v-nope")
    controller.select_version(controller.versions[0])
    turn = controller.send(f"请核对身份证号 {PRC_ID}", lambda _: None)  # private: the chosen version answers
    assert turn.badge.kind == "private" and controller.model_version == controller.versions[0]
    controller.select_version("")
    assert controller.model_version is None
    widget = ChatWidget(engine)
    assert widget.versions is not None and [v for _, v in widget.versions.options] == ["", *controller.versions]


def test_widget_shows_streamed_answer_badge_masked_toggle_and_errors(engine: Any) -> None:
    widget = ChatWidget(engine, max_tokens=8)
    assert widget.controller.cloud_label is not None and "stand-in" not in widget.controller.cloud_label
    turn = widget.send(EMAIL_TEXT)
    assert turn is not None
    html = [c.value for c in widget.conversation.children]
    assert 'data-route="cloud"' in html[1] and 'data-state="done"' in html[1]
    masked_panel = widget.conversation.children[2]
    assert "&lt;EMAIL_1&gt;" in masked_panel.value and masked_panel.layout.display == "none"
    widget.show_masked.value = True
    assert masked_panel.layout.display == ""
    assert [value for _, value in widget.sessions.options] == ["", turn.result.session_id]
    assert widget.sessions.value == turn.result.session_id

    widget.input.value = "x" * (engine.settings.limits.max_message_chars + 1)
    assert widget.send() is None
    assert "Invalid request" in widget.status.value and "Traceback" not in widget.status.value
    assert len(widget.conversation.children) == 3  # the failed prompt is not left in the view
    widget.sessions.value = ""  # new session: empty view
    assert widget.conversation.children == ()
    widget.sessions.value = turn.result.session_id
    assert len(widget.conversation.children) == 2 and "hengyuan" in widget.conversation.children[0].value


def test_stand_in_cloud_is_labelled_as_such(engine: Any) -> None:
    engine.cloud.model = render.STAND_IN_MODEL
    assert render.cloud_label(engine).startswith("stand-in cloud")
    engine.cloud = None
    assert render.cloud_label(engine) is None
    assert "no cloud configured" in ChatWidget(engine).children[0].value
