"""MonitorWidget and Monitor: sources, the refresh timer, a failing source shown as a clear error."""

from __future__ import annotations

import time
from typing import Any

import pytest

from hybridai.errors import InvalidRequestError
from hybridai.monitoring import EngineSource, PrometheusURLSource
from hybridai.widgets import Monitor, MonitorWidget
from hybridai.widgets.monitor import as_source
from tests.helpers import free_port


def test_sources_from_what_the_caller_has(engine: Any) -> None:
    assert isinstance(as_source(engine), EngineSource)
    url = as_source("http://127.0.0.1:9/metrics")
    assert isinstance(url, PrometheusURLSource) and url.base == "http://127.0.0.1:9"
    with pytest.raises(InvalidRequestError, match="monitor source"):
        as_source(42)
    with pytest.raises(InvalidRequestError, match="interval_s"):
        MonitorWidget(engine, interval_s=0)


def test_the_timer_refreshes_the_panel_after_requests(engine: Any) -> None:
    widget = MonitorWidget(engine, interval_s=0.1)
    try:
        assert 'data-value="0"' in widget.panels[0].value and "this engine" in widget.panels[0].value
        engine.chat("Give me a haiku about autumn.")
        deadline = time.monotonic() + 30
        while 'data-value="1"' not in widget.panels[0].value and time.monotonic() < deadline:
            time.sleep(0.05)
        assert 'data-value="1"' in widget.panels[0].value  # no click: the timer refreshed it
        assert "private model" in widget.panels[0].value and "● up" in widget.panels[0].value
    finally:
        widget.close()
    assert widget._thread is None


def test_an_unreachable_server_is_a_clear_error_not_a_crash() -> None:
    monitor = Monitor(f"http://127.0.0.1:{free_port()}/metrics")
    assert monitor.poll() is None
    assert monitor.error is not None and monitor.error.startswith("cannot read server http://127.0.0.1:")
    assert 'role="alert"' in monitor.html() and "Traceback" not in monitor.html()
