"""ChatWidget: chat with an engine from JupyterLab or a Voila dashboard.

:class:`ChatController` holds the logic (sessions, model version, streaming, errors) without any
ipywidgets, so it is tested on its own; :class:`ChatWidget` only wires it to widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from hybridai.errors import InvalidRequestError
from hybridai.types import ChatResult
from hybridai.widgets import render

NEW_SESSION = ""


@dataclass(frozen=True)
class Turn:
    prompt: str
    result: ChatResult
    badge: render.Badge


def model_versions(engine: Any) -> list[str] | None:
    """Names of the private model versions the engine can serve; None for an engine without versions
    (then the widget shows no picker)."""
    if not hasattr(engine, "list_versions"):
        return None
    return [v.name for v in engine.list_versions()]


class ChatController:
    """One conversation view's state: the current session, known sessions, the chosen version."""

    def __init__(self, engine: Any, *, tenant: str = "default", **generation: Any) -> None:
        self.engine = engine
        self.tenant = tenant
        self.generation = generation
        self.cloud_label = render.cloud_label(engine)
        self.session_id: str | None = None  # None: the next message starts a new session
        self.sessions: list[str] = []  # newest first
        self.versions = model_versions(engine)
        self.model_version: str | None = None

    def select_session(self, session_id: str | None) -> list[tuple[str, str, str]]:
        """Continue ``session_id`` (None or "": a new one); its stored turns, to show them again."""
        self.session_id = session_id or None
        return [] if self.session_id is None else \
            render.history_turns(self.engine.history(self.session_id, tenant=self.tenant))

    def select_version(self, name: str | None) -> None:
        if name and (self.versions is None or name not in self.versions):
            raise InvalidRequestError(f"unknown model version {name!r}; available: {', '.join(self.versions or [])}")
        self.model_version = name or None

    def send(self, text: str, on_delta: Callable[[str], None]) -> Turn:
        """Stream the answer to ``text``, passing each text delta to ``on_delta``; raises the
        engine's typed errors unchanged."""
        if not isinstance(text, str) or not text.strip():
            raise InvalidRequestError("type a message first")
        extra = dict(self.generation)
        if self.model_version:
            extra["model_version"] = self.model_version
        result: ChatResult | None = None
        for chunk in self.engine.stream(text, session_id=self.session_id, tenant=self.tenant, **extra):
            if chunk.result is not None:
                result = chunk.result
            elif chunk.delta:
                on_delta(chunk.delta)
        assert result is not None, "a stream always ends with its result"
        self.session_id = result.session_id
        if result.session_id in self.sessions:
            self.sessions.remove(result.session_id)
        self.sessions.insert(0, result.session_id)
        return Turn(text, result, render.route_badge(result, self.cloud_label))


class ChatWidget(w.VBox):
    """Conversation view with streamed answers, a route badge and reasons per answer, a toggle that
    shows exactly what the cloud received, a session picker and a picker of the engine's private
    model versions. Errors show in the widget, never as a traceback."""

    def __init__(self, engine: Any, *, tenant: str = "default", title: str = "hybridai chat",
                 **generation: Any) -> None:
        self.controller = ChatController(engine, tenant=tenant, **generation)
        cloud = self.controller.cloud_label or "no cloud configured: every answer comes from the private model"
        header = w.HTML(f'{render.CSS}<div class="hyai-chat"><h3>{html.escape(title)}</h3>'
                        f'<span class="hyai-note">cloud: {html.escape(cloud)}</span></div>')
        self.sessions = w.Dropdown(options=[("new session", NEW_SESSION)], value=NEW_SESSION, description="session")
        self.sessions.observe(self._on_session, names="value")
        self.show_masked = w.ToggleButton(value=False, description="show what the cloud received",
                                          layout=w.Layout(width="auto"))
        self.show_masked.observe(self._on_toggle, names="value")
        controls: list[w.Widget] = [self.sessions]
        self.versions: w.Dropdown | None = None
        if self.controller.versions is not None:
            self.versions = w.Dropdown(options=[("default", "")] + [(v, v) for v in self.controller.versions],
                                       value="", description="model")
            self.versions.observe(self._on_version, names="value")
            controls.append(self.versions)
        controls.append(self.show_masked)
        self.conversation = w.VBox()
        self.input = w.Textarea(placeholder="Ask something… (sensitive data stays on the private model)",
                                layout=w.Layout(width="100%", height="64px"))
        self.send_button = w.Button(description="Send", button_style="primary")
        self.send_button.on_click(lambda _: self.send())
        self.status = w.HTML()
        self._masked_panels: list[w.HTML] = []
        super().__init__([header, w.HBox(controls), self.conversation, w.HBox([self.input, self.send_button]),
                          self.status], layout=w.Layout(width="100%"))
        self.add_class("hyai-chat")

    # -- actions -------------------------------------------------------------------------------
    def send(self, text: str | None = None) -> Turn | None:
        """Send ``text`` (default: the input box), streaming the answer into the view."""
        text = self.input.value if text is None else text
        self.status.value = ""
        prompt = w.HTML(render.user_html(text))
        answer = w.HTML(render.answer_html("", streaming=True))
        parts: list[str] = []

        def on_delta(delta: str) -> None:
            parts.append(delta)
            answer.value = render.answer_html("".join(parts), streaming=True)

        shown = isinstance(text, str) and bool(text.strip())
        self.send_button.disabled = True
        try:
            if shown:
                self.conversation.children = (*self.conversation.children, prompt, answer)
            turn = self.controller.send(text, on_delta)
        except Exception as exc:  # shown in the widget: a dashboard user never sees a traceback
            if shown:
                self.conversation.children = tuple(c for c in self.conversation.children if c not in (prompt, answer))
            self.status.value = render.error_html(exc)
            return None
        finally:
            self.send_button.disabled = False
        answer.value = render.answer_html(turn.result.answer, turn.badge)
        masked = w.HTML(render.masked_view_html(turn.result.masked_messages),
                        layout=w.Layout(display="" if self.show_masked.value else "none"))
        self._masked_panels.append(masked)
        self.conversation.children = (*self.conversation.children, masked)
        self.input.value = ""
        self._refresh_sessions()
        return turn

    def _refresh_sessions(self) -> None:
        options = [("new session", NEW_SESSION)] + [(s[:12], s) for s in self.controller.sessions]
        current = self.controller.session_id or NEW_SESSION
        self.sessions.unobserve(self._on_session, names="value")
        self.sessions.options, self.sessions.value = options, current
        self.sessions.observe(self._on_session, names="value")

    def _on_session(self, change: dict[str, Any]) -> None:
        try:
            turns = self.controller.select_session(change["new"])
        except Exception as exc:
            self.status.value = render.error_html(exc)
            return
        self._masked_panels = []
        children: list[w.Widget] = []
        for prompt, answer, route in turns:
            badge = render.Badge(route or "private", f"{route} (earlier)", ())
            children += [w.HTML(render.user_html(prompt)), w.HTML(render.answer_html(answer, badge))]
        self.conversation.children = tuple(children)

    def _on_version(self, change: dict[str, Any]) -> None:
        try:
            self.controller.select_version(change["new"])
        except Exception as exc:
            self.status.value = render.error_html(exc)

    def _on_toggle(self, change: dict[str, Any]) -> None:
        for panel in self._masked_panels:
            panel.layout.display = "" if change["new"] else "none"
