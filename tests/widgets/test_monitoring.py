"""Engine metrics and the readers behind the monitor: real engines, real Prometheus text."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from hybridai.errors import ConfigError, InvalidRequestError, PrivateBackendUnavailable
from hybridai.monitoring import (
    EngineMetrics,
    EngineSource,
    MultiprocessSource,
    Totals,
    histogram_quantile,
    monitor_view,
    totals_from_text,
)
from hybridai.testing.openai_server import Fail
from tests.helpers import make_prc_id

PRC_ID = make_prc_id("44030519880612271")


def test_histogram_quantile_interpolates_like_prometheus() -> None:
    buckets = ((0.1, 10.0), (0.5, 30.0), (1.0, 40.0), (math.inf, 40.0))
    assert histogram_quantile(0.25, buckets) == pytest.approx(0.1)  # rank 10: the top of the first bucket
    assert histogram_quantile(0.5, buckets) == pytest.approx(0.1 + 0.4 * (20 - 10) / 20)
    assert histogram_quantile(0.95, buckets) == pytest.approx(0.5 + 0.5 * (38 - 30) / 10)
    assert histogram_quantile(0.5, ((0.1, 0.0), (math.inf, 0.0))) is None
    assert histogram_quantile(0.99, ((1.0, 1.0), (math.inf, 5.0))) == 1.0  # rank in +Inf: the largest finite bound


def test_engine_metrics_count_routes_fallbacks_latency_and_errors(engine: Any, cloud: Any) -> None:
    metrics = EngineMetrics().attach(engine)
    source = EngineSource(engine, metrics)
    engine.chat("Explain what a hash map is.")
    engine.chat(f"核对身份证号 {PRC_ID} 的出生日期")
    cloud.state.always_fail = Fail(503)
    fallback = engine.chat("Give me a haiku about autumn.")
    assert fallback.fallback_reason is not None
    totals = source.read()
    assert totals.requests == 3
    assert totals.routes == {"cloud": 1, "private": 1, "fallback": 1}
    assert totals.errors == {}
    assert totals.latency_buckets[-1][1] == 3  # +Inf bucket: every request timed
    assert totals.ttft_buckets[-1][1] == 3 and totals.completion_tokens > 0
    view = monitor_view(totals)
    assert view.requests == 3 and view.fallbacks == 1 and view.error_total == 0
    assert view.latency_p50_ms is not None and view.latency_p50_ms > 0
    health = {h.name: h for h in source.health()}
    assert health["private model"].ok and "loaded" in health["private model"].detail
    assert health["cloud"].ok is False and "cloud failed" in health["cloud"].detail


def test_failed_requests_are_counted_by_type(engine_config: dict[str, Any]) -> None:
    from hybridai import HybridEngine

    with HybridEngine.from_config(engine_config, private_backend=_Broken()) as broken:
        metrics = EngineMetrics().attach(broken)
        with pytest.raises(PrivateBackendUnavailable):  # the private model dies: typed error, never the cloud
            broken.chat(f"身份证 {PRC_ID}")
        totals = EngineSource(broken, metrics).read()
    assert totals.requests == 1 and totals.errors == {"PrivateBackendUnavailable": 1} and totals.routes == {}
    assert metrics.last_error is not None and metrics.last_error.startswith("PrivateBackendUnavailable")


class _Broken:
    name = "private:broken"

    async def astream(self, messages: Any, params: Any) -> Any:
        raise RuntimeError("model crashed")
        yield  # pragma: no cover

    async def aclose(self) -> None:
        return None


def test_an_engine_without_observers_still_answers_and_one_observer_sees_each_request_once(engine: Any) -> None:
    assert engine.observers == []
    engine.chat("What is 2 + 2?")
    seen: list[tuple[Any, Any, float]] = []
    engine.observers.append(lambda result, error, ms: seen.append((result, error, ms)))
    for _ in engine.stream("And 3 + 3?"):
        pass
    assert len(seen) == 1 and seen[0][0] is not None and seen[0][1] is None and seen[0][2] > 0


def _server_text(**counts: int) -> str:
    """Exposition in the REST server's names, built by prometheus_client itself."""
    registry = CollectorRegistry()
    requests = Counter("hybridai_requests", "r", ["endpoint", "status"], registry=registry)
    routes = Counter("hybridai_routes", "r", ["route", "fallback"], registry=registry)
    latency = Histogram("hybridai_request_latency_seconds", "l", ["endpoint"], registry=registry,
                        buckets=(0.1, 1.0))
    errors = Counter("hybridai_errors", "e", ["type"], registry=registry)
    requests.labels("/v1/chat/completions", "200").inc(counts.get("ok", 0))
    requests.labels("/v1/chat/completions", "401").inc(counts.get("denied", 0))
    requests.labels("/v1/models", "200").inc(100)  # not a chat request: not counted
    routes.labels("cloud", "false").inc(counts.get("ok", 0))
    errors.labels("invalid_api_key").inc(counts.get("denied", 0))
    for _ in range(counts.get("ok", 0)):
        latency.labels("/v1/chat/completions").observe(0.05)
    latency.labels("/v1/models").observe(5.0)
    return generate_latest(registry).decode()


def test_server_exposition_is_read_and_rates_come_from_successive_readings() -> None:
    first = totals_from_text(_server_text(ok=4, denied=1), at=10.0)
    second = totals_from_text(_server_text(ok=10, denied=2), at=12.0)
    assert first.requests == 5 and second.requests == 12
    view = monitor_view(second, first)
    assert view.requests_per_s == pytest.approx(3.5)
    assert view.errors == {"invalid_api_key": 2} and view.routes == {"cloud": 10}
    assert view.latency_p95_ms is not None and view.latency_p95_ms < 100  # /v1/models' 5 s left out
    assert view.latency_mean_ms == pytest.approx(50.0)  # the 6 chat requests of the interval, 0.05 s each
    assert monitor_view(second).latency_mean_ms == pytest.approx(50.0)
    with pytest.raises(InvalidRequestError, match="Prometheus"):
        totals_from_text("this is { not prometheus")


def test_no_readings_yet_gives_zero_rates_and_no_percentiles() -> None:
    view = monitor_view(Totals(at=1.0))
    assert (view.requests, view.requests_per_s, view.latency_p50_ms, view.routes) == (0, 0.0, None, {})


_RECORD = '''
from hybridai.monitoring import EngineMetrics
from hybridai.types import ChatResult, Route, RouteDecision, Usage
metrics = EngineMetrics()
for route in ("private", "cloud"):
    decision = RouteDecision(Route(route), route == "private")
    metrics.observe(ChatResult("ok", decision, Usage(3, 5), 12.0, 4.0, "s1", "b"), None, 12.0)
metrics.observe(None, TimeoutError("slow"), 30.0)
'''


def test_engines_in_other_processes_are_summed_from_the_shared_directory(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    for _ in range(2):  # two kernels, one after the other
        subprocess.run([sys.executable, "-c", _RECORD], env=env, check=True, timeout=60)
    totals = MultiprocessSource(str(tmp_path)).read()
    assert totals.requests == 6
    assert totals.routes == {"private": 2, "cloud": 2} and totals.errors == {"TimeoutError": 2}
    assert totals.completion_tokens == 20 and totals.ttft_buckets[-1][1] == 4


def test_multiprocess_source_needs_a_directory() -> None:
    with pytest.raises(ConfigError, match="PROMETHEUS_MULTIPROC_DIR"):
        MultiprocessSource("")
