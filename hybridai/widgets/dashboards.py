"""What the Voila dashboards (``dashboards/*.ipynb``) call: each notebook is one line.

Both read the configuration the usual way (``$HYBRIDAI_CONFIG``); the main job (``hybridai up``)
writes one for them, and records where the REST server listens in ``<data_dir>/run/launch.json``.
"""

from __future__ import annotations

from typing import Any

from hybridai.config import load_settings, prometheus_multiproc_dir
from hybridai.errors import ConfigError
from hybridai.widgets.chat import ChatWidget
from hybridai.widgets.monitor import MonitorWidget


def chat_dashboard(config: Any = None) -> ChatWidget:
    """A chat view on an engine built from the configuration. When the dashboards share a metrics
    directory (``PROMETHEUS_MULTIPROC_DIR``), the engine records into it for the monitoring page."""
    from transformers.utils import logging as transformers_logging

    from hybridai.engine import HybridEngine

    transformers_logging.disable_progress_bar()  # the page shows the chat, not model-loading bars
    engine = HybridEngine.from_config(config)
    if prometheus_multiproc_dir():
        from hybridai.monitoring import EngineMetrics

        EngineMetrics().attach(engine)
    return ChatWidget(engine, title="hybridai — chat (sensitive data stays on the private model)")


def monitoring_dashboard(config: Any = None, *, interval_s: float = 2.0) -> MonitorWidget:
    """Live figures of the REST server started by ``hybridai up`` and of the chat dashboards' engines."""
    from hybridai.demo.launcher import read_launch_state
    from hybridai.monitoring import MultiprocessSource, PrometheusURLSource

    settings = load_settings(config)
    sources: list[Any] = []
    server_url = read_launch_state(settings.data_dir).get("server_url")
    if server_url:
        sources.append(PrometheusURLSource(f"{server_url}/metrics", label=f"REST API (hybridai serve, {server_url})"))
    shared = prometheus_multiproc_dir()
    if shared:
        sources.append(MultiprocessSource(shared, label="chat dashboards (one engine per page view)"))
    if not sources:
        raise ConfigError("nothing to monitor: start the dashboards with `hybridai up`, or build "
                          "MonitorWidget(engine or /metrics URL) yourself")
    return MonitorWidget(sources, interval_s=interval_s)
