"""The plain rendering functions: escaping, badges, errors, history, monitor panel."""

from __future__ import annotations

from hybridai import errors
from hybridai.memory.base import StoredMessage
from hybridai.monitoring import HealthItem, MonitorView
from hybridai.types import ChatResult, Message, Route, RouteDecision, Usage
from hybridai.widgets import render


def _result(route: Route, *, fallback: str | None = None, masked: tuple[Message, ...] | None = None) -> ChatResult:
    reasons = ("general request",) + ((f"fallback: {fallback}",) if fallback else ())
    return ChatResult("answer", RouteDecision(route, False, reasons), Usage(1, 2), 5.0, 1.0, "s", "b",
                      fallback_reason=fallback, masked_messages=masked)


def test_badges_name_the_route_and_keep_the_reasons() -> None:
    assert render.route_badge(_result(Route.CLOUD), "stand-in cloud (a local model at x)").label == "stand-in cloud"
    assert render.route_badge(_result(Route.PRIVATE)).kind == "private"
    fallback = render.route_badge(_result(Route.PRIVATE, fallback="cloud failed"))
    assert fallback.kind == "fallback" and "fallback: cloud failed" in fallback.reasons
    assert 'data-route="fallback"' in render.badge_html(fallback)


def test_everything_shown_is_escaped_and_placeholders_are_highlighted() -> None:
    assert "<script>" not in render.user_html("<script>alert(1)</script>")
    assert "<b>x</b>" not in render.answer_html("<b>x</b>")
    masked = render.masked_view_html((Message("user", "mail <EMAIL_1> or <img src=x>"),))
    assert '<span class="hyai-placeholder">&lt;EMAIL_1&gt;</span>' in masked and "<img" not in masked


def test_errors_are_one_clear_sentence() -> None:
    assert render.error_text(errors.PrivateBackendUnavailable("down")).startswith("The private model could not")
    assert render.error_text(errors.ProviderAuthError("bad key")).startswith("The model backend failed")
    assert render.error_text(ValueError("boom")) == "Unexpected error (ValueError): boom"
    assert 'role="alert"' in render.error_html(errors.InvalidRequestError("<empty>"))


def test_history_pairs_prompts_with_answers() -> None:
    stored = [StoredMessage("user", "q1", route="cloud"), StoredMessage("assistant", "a1", route="cloud"),
              StoredMessage("user", "q2", route="private"), StoredMessage("assistant", "a2", route="private")]
    assert render.history_turns(stored) == [("q1", "a1", "cloud"), ("q2", "a2", "private")]


def test_monitor_panel_shows_figures_health_and_charts() -> None:
    view = MonitorView(requests=7, requests_per_s=1.5, tokens_per_s=20.0, latency_mean_ms=15.0, latency_p50_ms=12.0,
                       latency_p95_ms=40.0,
                       ttft_p50_ms=3.0, ttft_p95_ms=9.0, routes={"cloud": 5, "private": 2}, fallbacks=0,
                       errors={"InvalidRequestError": 1},
                       health=(HealthItem("server ready", False, "HTTP 503"),))
    page = render.monitor_html("REST API", view, {"requests/s": [0.0, 1.0, 1.5]})
    assert 'data-value="7"' in page and "12.0 ms / 40.0 ms" in page and "15.0 ms" in page and "cloud 5 (71%)" in page
    assert "InvalidRequestError: 1" in page and "● down" in page and "<polyline" in page
    assert "<polyline" not in render.sparkline_svg([1.0])
