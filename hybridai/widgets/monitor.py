"""MonitorWidget: live figures of one or more metrics sources, refreshed on a timer.

:class:`Monitor` does the reading and keeps the history (no ipywidgets); the widget renders its
panels. The timer is a daemon thread: it works the same in JupyterLab, Voila and a plain shell.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from typing import Any

import ipywidgets as w

from hybridai.errors import InvalidRequestError
from hybridai.monitoring import EngineSource, MetricsSource, MonitorView, PrometheusURLSource, Totals, monitor_view
from hybridai.widgets import render

HISTORY = 60  # points kept for the sparklines


def as_source(source: Any) -> MetricsSource:
    """A metrics source from what the caller has: a source, an engine, or a ``/metrics`` URL."""
    if isinstance(source, str):
        return PrometheusURLSource(source)
    if hasattr(source, "read") and hasattr(source, "health"):
        return source
    if hasattr(source, "observers"):
        return EngineSource(source, cloud_label=render.cloud_label(source))
    raise InvalidRequestError(f"a monitor source is an engine, a /metrics URL or a metrics source, "
                              f"not {type(source).__name__}")


class Monitor:
    """Reads a source, turns successive readings into views, keeps short histories for charts."""

    def __init__(self, source: Any) -> None:
        self.source = as_source(source)
        self.previous: Totals | None = None
        self.history: dict[str, deque[float]] = {name: deque(maxlen=HISTORY) for name in
                                                  ("requests/s", "latency p95 (ms)")}
        self.error: str | None = None
        self.view: MonitorView | None = None

    def poll(self) -> MonitorView | None:
        """One reading. A failing source keeps the last view and records the error."""
        try:
            current = self.source.read()
            health = self.source.health()
        except Exception as exc:
            self.error = f"cannot read {self.source.label}: {render.error_text(exc)}"
            return self.view
        self.error = None
        self.view = monitor_view(current, self.previous, health)
        self.previous = current
        self.history["requests/s"].append(self.view.requests_per_s)
        self.history["latency p95 (ms)"].append(self.view.latency_p95_ms or 0.0)
        return self.view

    def html(self) -> str:
        if self.view is None:
            return render.monitor_html(self.source.label, monitor_view(Totals(at=0.0)), {}, error=self.error)
        return render.monitor_html(self.source.label, self.view, {k: list(v) for k, v in self.history.items()},
                                   error=self.error)


class MonitorWidget(w.VBox):
    """Live requests/s, latency p50/p95, TTFT, route split, fallbacks, errors by type and health of
    each source, refreshed every ``interval_s`` seconds. ``source``: an engine (its in-process
    metrics), a server's ``/metrics`` URL, a :class:`~hybridai.monitoring.MetricsSource`, or a list."""

    def __init__(self, source: Any | Sequence[Any], *, interval_s: float = 2.0, autostart: bool = True) -> None:
        self._stop = threading.Event()  # first: close() (also run on garbage collection) needs them
        self._thread: threading.Thread | None = None
        if interval_s <= 0:
            raise InvalidRequestError("interval_s must be positive")
        sources = list(source) if isinstance(source, (list, tuple)) else [source]
        self.monitors = [Monitor(s) for s in sources]
        self.interval_s = interval_s
        self.panels = [w.HTML() for _ in self.monitors]
        self.refresh_button = w.Button(description="refresh now", layout=w.Layout(width="auto"))
        self.refresh_button.on_click(lambda _: self.refresh())
        super().__init__([w.HTML(render.CSS), *self.panels, self.refresh_button])
        self.refresh()
        if autostart:
            self.start()

    def refresh(self) -> None:
        for monitor, panel in zip(self.monitors, self.panels, strict=True):
            monitor.poll()
            panel.value = monitor.html()

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="hybridai-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval_s + 5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.refresh()

    def close(self) -> None:
        self.stop()
        super().close()
