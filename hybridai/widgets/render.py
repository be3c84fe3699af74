"""Plain functions behind the widgets: what a badge says, how a turn, the masked view, an error
and the monitor's figures are rendered. No ipywidgets here, so all of it is testable without a
browser; every piece of user or model text is HTML-escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hybridai import errors
from hybridai.demo.stand_in import STAND_IN_MODEL
from hybridai.monitoring import MonitorView
from hybridai.types import ChatResult, Message, Route

_PLACEHOLDER = re.compile(r"&lt;[A-Z][A-Z_]*_\d+&gt;")

CSS = """<style>
.hyai-chat, .hyai-monitor { font-family: system-ui, sans-serif; font-size: 14px; }
.hyai-user { background: #eef2ff; border-radius: 8px; padding: 6px 10px; margin: 6px 0 2px 0; white-space: pre-wrap; }
.hyai-answer { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 8px; padding: 6px 10px;
  white-space: pre-wrap; }
.hyai-badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600;
  margin-right: 6px; color: white; }
.hyai-badge-private { background: #15803d; } .hyai-badge-cloud { background: #2563eb; }
.hyai-badge-fallback { background: #b45309; } .hyai-badge-pending { background: #64748b; }
.hyai-reasons { color: #475569; font-size: 12px; margin: 2px 0 0 0; padding-left: 18px; }
.hyai-masked { border-left: 3px solid #2563eb; background: #f1f5f9; padding: 4px 8px; margin: 4px 0;
  font-size: 12px; white-space: pre-wrap; }
.hyai-placeholder { background: #fde68a; border-radius: 3px; padding: 0 2px; }
.hyai-error { color: #991b1b; background: #fef2f2; border: 1px solid #fecaca; border-radius: 6px; padding: 6px 10px; }
.hyai-note { color: #475569; font-size: 12px; }
.hyai-monitor table { border-collapse: collapse; } .hyai-monitor td { padding: 2px 10px 2px 0; }
.hyai-ok { color: #15803d; } .hyai-bad { color: #b91c1c; }
</style>"""


@dataclass(frozen=True)
class Badge:
    kind: str  # private / cloud / fallback
    label: str
    reasons: tuple[str, ...]


def cloud_label(engine: Any) -> str | None:
    """How the UI names the engine's cloud: the stand-in is labelled as such; None when there is none."""
    cloud = getattr(engine, "cloud", None)
    if cloud is None:
        return None
    if getattr(cloud, "model", None) == STAND_IN_MODEL:
        return f"stand-in cloud (a local model at {getattr(cloud, 'base_url', '127.0.0.1')})"
    return f"cloud ({getattr(cloud, 'model', '')} at {getattr(cloud, 'base_url', '')})"


def route_badge(result: ChatResult, cloud: str | None = None) -> Badge:
    """private: the router kept it in-house; cloud: answered in the cloud (masked); fallback: meant
    for the cloud, answered by the private model because the cloud was missing or failed."""
    reasons = result.decision.reasons
    if result.fallback_reason is not None:
        return Badge("fallback", "fallback → private model", reasons)
    if result.route is Route.CLOUD:
        short = (cloud or "cloud").split(" (")[0]
        return Badge("cloud", short, reasons)
    return Badge("private", "private model", reasons)


def badge_html(badge: Badge) -> str:
    reasons = "".join(f"<li>{html.escape(r)}</li>" for r in badge.reasons)
    return (f'<span class="hyai-badge hyai-badge-{badge.kind}" data-route="{badge.kind}">{html.escape(badge.label)}'
            f'</span><ul class="hyai-reasons">{reasons}</ul>')


def user_html(text: str) -> str:
    return f'<div class="hyai-user"><b>you</b>: {html.escape(text)}</div>'


def answer_html(text: str, badge: Badge | None = None, *, streaming: bool = False) -> str:
    head = badge_html(badge) if badge is not None else \
        '<span class="hyai-badge hyai-badge-pending">answering…</span>'
    cursor = "▌" if streaming else ""
    state = "streaming" if streaming else "done"
    return f'<div class="hyai-answer" data-state="{state}">{head}<div>{html.escape(text)}{cursor}</div></div>'


def highlight_placeholders(escaped: str) -> str:
    return _PLACEHOLDER.sub(lambda m: f'<span class="hyai-placeholder">{m.group(0)}</span>', escaped)


def masked_view_html(masked: Sequence[Message] | None) -> str:
    """Exactly what the cloud received for one answer, message by message; or that nothing left."""
    if masked is None:
        return ('<div class="hyai-masked" data-sent="false">Nothing was sent to the cloud: '
                'this answer came from the private model on this machine.</div>')
    lines = "\n".join(f"[{m.role}] {highlight_placeholders(html.escape(m.content))}" for m in masked)
    return f'<div class="hyai-masked" data-sent="true"><b>the cloud received:</b>\n{lines}</div>'


def error_text(exc: BaseException) -> str:
    """One clear sentence for the widget; never a traceback."""
    if isinstance(exc, errors.PrivateBackendUnavailable):
        return f"The private model could not answer this sensitive request, and it was not sent to the cloud. ({exc})"
    if isinstance(exc, errors.InvalidRequestError):
        return f"Invalid request: {exc}"
    if isinstance(exc, errors.BackendError):
        return f"The model backend failed ({type(exc).__name__}): {exc}"
    if isinstance(exc, errors.HybridAIError):
        return f"{type(exc).__name__}: {exc}"
    return f"Unexpected error ({type(exc).__name__}): {exc}"


def error_html(exc: BaseException) -> str:
    return f'<div class="hyai-error" role="alert">{html.escape(error_text(exc))}</div>'


def history_turns(stored: Sequence[Any]) -> list[tuple[str, str, str]]:
    """Stored messages of a session as (prompt, answer, route) turns, for re-showing it."""
    turns: list[tuple[str, str, str]] = []
    prompt: str | None = None
    for message in stored:
        if message.role == "user":
            prompt = message.content
        elif message.role == "assistant" and prompt is not None:
            turns.append((prompt, message.content, message.route or ""))
            prompt = None
    return turns


# -- monitor ---------------------------------------------------------------------------------------
def _fmt(value: float | None, unit: str = " ms") -> str:
    return "–" if value is None else f"{value:,.1f}{unit}"


def sparkline_svg(values: Sequence[float], *, width: int = 220, height: int = 40, label: str = "") -> str:
    """A small SVG line chart of the last values (no plotting library in the kernel)."""
    if len(values) < 2:
        return f'<svg width="{width}" height="{height}" role="img" aria-label="{html.escape(label)}"></svg>'
    top = max(values) or 1.0
    step = width / (len(values) - 1)
    points = " ".join(f"{i * step:.1f},{height - 2 - (v / top) * (height - 4):.1f}" for i, v in enumerate(values))
    return (f'<svg width="{width}" height="{height}" role="img" aria-label="{html.escape(label)}">'
            f'<polyline fill="none" stroke="#2563eb" stroke-width="1.5" points="{points}"/></svg>')


def route_bar_html(routes: dict[str, int]) -> str:
    total = sum(routes.values())
    if not total:
        return '<span class="hyai-note">no answers yet</span>'
    colors = {"private": "#15803d", "cloud": "#2563eb", "fallback": "#b45309"}
    parts = "".join(f'<div title="{html.escape(k)}: {v}" style="width:{100 * v / total:.1f}%;'
                    f'background:{colors.get(k, "#64748b")};height:12px"></div>' for k, v in routes.items() if v)
    legend = ", ".join(f"{html.escape(k)} {v} ({100 * v / total:.0f}%)" for k, v in routes.items())
    return f'<div style="display:flex;width:220px">{parts}</div><span class="hyai-note">{legend}</span>'


def monitor_html(label: str, view: MonitorView, history: dict[str, list[float]], *, error: str | None = None) -> str:
    """One source's panel: figures, route split, errors, health, and sparklines of the history."""
    rows = [
        ("requests", f'<span class="hyai-requests" data-value="{view.requests}">{view.requests}</span>'),
        ("requests/s", f"{view.requests_per_s:.2f}"),
        ("latency mean", _fmt(view.latency_mean_ms)),
        ("latency p50 / p95", f"{_fmt(view.latency_p50_ms)} / {_fmt(view.latency_p95_ms)}"),
        ("time to first token p50 / p95", f"{_fmt(view.ttft_p50_ms)} / {_fmt(view.ttft_p95_ms)}"),
        ("tokens/s (answers)", f"{view.tokens_per_s:.1f}"),
        ("route split", route_bar_html(view.routes)),
        ("fallbacks", str(view.fallbacks)),
        ("errors", ", ".join(f"{html.escape(k)}: {v}" for k, v in view.errors.items()) or "none"),
    ]
    for item in view.health:
        mark = '<span class="hyai-ok">● up</span>' if item.ok else '<span class="hyai-bad">● down</span>'
        rows.append((html.escape(item.name), f"{mark} {html.escape(item.detail)}"))
    table = "".join(f"<tr><td>{name}</td><td>{value}</td></tr>" for name, value in rows)
    charts = "".join(f'<div><span class="hyai-note">{html.escape(name)}</span><br>{sparkline_svg(values, label=name)}'
                     f"</div>" for name, values in history.items())
    problem = f'<div class="hyai-error" role="alert">{html.escape(error)}</div>' if error else ""
    return (f'<div class="hyai-monitor"><h4>{html.escape(label)}</h4>{problem}<table>{table}</table>'
            f'<div style="display:flex;gap:16px">{charts}</div></div>')
