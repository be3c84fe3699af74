"""IPython magics: ``%load_ext hybridai``, then

    %%hybridai [--session S] [--model-version V] [--json] [--engine NAME]
    Summarise our VPN policy in three bullets.

sends the cell to the engine and shows the answer as it streams, with its route badge and reasons;
``%hybridai_last`` shows the last request's route, reasons and exactly what the cloud received.

The engine is the variable named by ``--engine``, else one built once from ``$HYBRIDAI_CONFIG``.
Without ``--session`` every cell is a conversation of its own. Errors show as one clear line.
"""

from __future__ import annotations

import html
import json
from typing import Any

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display, update_display

from hybridai.errors import InvalidRequestError
from hybridai.types import ChatResult
from hybridai.widgets import render


def _show(html_text: str, plain: str, display_id: str, *, update: bool = False) -> None:
    bundle = {"text/html": render.CSS + html_text, "text/plain": plain}
    if update:
        update_display(bundle, raw=True, display_id=display_id)
    else:
        display(bundle, raw=True, display_id=display_id)


def describe(result: ChatResult, cloud: str | None = None) -> str:
    """The last request in plain text: route, reasons, what the cloud received."""
    badge = render.route_badge(result, cloud)
    lines = [f"route: {result.route.value} ({badge.label}) via {result.backend}, session {result.session_id}"]
    lines += [f"  - {reason}" for reason in result.decision.reasons]
    if result.masked_messages is None:
        lines.append("the cloud received: nothing (answered by the private model)")
    else:
        lines.append("the cloud received:")
        lines += [f"  [{m.role}] {m.content}" for m in result.masked_messages]
    return "\n".join(lines)


@magics_class
class HybridAIMagics(Magics):
    def __init__(self, shell: Any) -> None:
        super().__init__(shell)
        self._engine: Any = None
        self.last: ChatResult | None = None
        self.last_cloud_label: str | None = None
        self._count = 0

    def _get_engine(self, name: str | None) -> Any:
        if name:
            if name not in self.shell.user_ns:
                raise InvalidRequestError(f"--engine {name}: no such variable in the notebook")
            return self.shell.user_ns[name]
        if self._engine is None:
            from hybridai.engine import HybridEngine

            self._engine = HybridEngine.from_config()
        return self._engine

    @magic_arguments()
    @argument("--session", help="continue this conversation (default: a new one per cell)")
    @argument("--model-version", help="private model version to use, where the engine serves several")
    @argument("--json", action="store_true", help="show the whole result as JSON instead of the answer")
    @argument("--engine", help="name of a HybridEngine variable (default: one built from $HYBRIDAI_CONFIG)")
    @cell_magic
    def hybridai(self, line: str, cell: str) -> None:
        """Send the cell to the engine; stream the answer with its route badge."""
        self._count += 1
        display_id = f"hybridai-{id(self)}-{self._count}"
        try:
            args = parse_argstring(self.hybridai, line)
            if not cell.strip():
                raise InvalidRequestError("the cell is empty: write the message below %%hybridai")
            engine = self._get_engine(args.engine)
            cloud = render.cloud_label(engine)
            extra = {"model_version": args.model_version} if args.model_version else {}
            if not args.json:
                _show(render.answer_html("", streaming=True), "…", display_id)
            parts: list[str] = []
            result: ChatResult | None = None
            for chunk in engine.stream(cell.strip(), session_id=args.session, **extra):
                if chunk.result is not None:
                    result = chunk.result
                elif chunk.delta and not args.json:
                    parts.append(chunk.delta)
                    _show(render.answer_html("".join(parts), streaming=True), "".join(parts), display_id, update=True)
        except Exception as exc:  # one clear line in the notebook, not a traceback
            _show(render.error_html(exc), render.error_text(exc), display_id + "-error")
            return
        assert result is not None
        self.last, self.last_cloud_label = result, cloud
        if args.json:
            data = result.to_dict()
            display({"application/json": data, "text/plain": json.dumps(data, ensure_ascii=False, indent=2)},
                    raw=True)
            return
        badge = render.route_badge(result, cloud)
        _show(render.answer_html(result.answer, badge), f"[{badge.label}] {result.answer}", display_id, update=True)

    @line_magic
    def hybridai_last(self, line: str) -> None:
        """Route, reasons and masked text of the last %%hybridai request."""
        if self.last is None:
            _show('<div class="hyai-note">no %%hybridai request yet</div>', "no %%hybridai request yet",
                  f"hybridai-last-{id(self)}")
            return
        badge = render.route_badge(self.last, self.last_cloud_label)
        body = (f"{render.badge_html(badge)}<div class='hyai-note'>via {html.escape(self.last.backend)}, session "
                f"{html.escape(self.last.session_id)}</div>{render.masked_view_html(self.last.masked_messages)}")
        _show(body, describe(self.last, self.last_cloud_label), f"hybridai-last-{id(self)}")


def load_ipython_extension(ipython: Any) -> None:
    ipython.register_magics(HybridAIMagics)
