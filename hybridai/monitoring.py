"""Live metrics for dashboards: an in-process recorder for the engine, and one way to read any
Prometheus source (an engine's registry, a directory of several processes' metrics, or a server's
``/metrics``) into the figures the monitor shows.

The engine's metrics use the REST server's names (``hybridai_requests``, ``hybridai_routes``, ...,
see ``hybridai/server/metrics.py``) with ``endpoint="engine"``, so one reader serves both. They live
in their own registry (never prometheus_client's global one), and recording is a few counter
increments after a request ends: nothing runs per token.

Needs prometheus_client (the ``server`` extra).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from hybridai.errors import ConfigError, InvalidRequestError
from hybridai.types import ChatResult

ENGINE_ENDPOINT = "engine"
CHAT_ENDPOINTS = frozenset({"/v1/chat/completions", ENGINE_ENDPOINT})
# The server's buckets, so figures from both sources have the same resolution.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class EngineMetrics:
    """Records every request of the engines it is attached to: ``EngineMetrics().attach(engine)``.

    With ``PROMETHEUS_MULTIPROC_DIR`` set (prometheus_client's own variable), values go to files
    there, so another process (the monitoring dashboard) can read several engines' metrics at once.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        kw: dict[str, Any] = {"registry": self.registry}
        self._requests = Counter("hybridai_requests", "Chat requests", ["endpoint", "status"], **kw)
        self._latency = Histogram("hybridai_request_latency_seconds", "Request latency (whole answer)", ["endpoint"],
                                  buckets=LATENCY_BUCKETS, **kw)
        self._ttft = Histogram("hybridai_ttft_seconds", "Time to first token", ["route"], buckets=LATENCY_BUCKETS, **kw)
        self._tokens = Counter("hybridai_tokens", "Tokens processed", ["kind"], **kw)
        self._routes = Counter("hybridai_routes", "Answers by route", ["route", "fallback"], **kw)
        self._errors = Counter("hybridai_errors", "Errors by type", ["type"], **kw)
        self.last_fallback: str | None = None  # the latest fallback reason, for the health panel
        self.last_error: str | None = None

    def attach(self, engine: Any) -> EngineMetrics:
        engine.observers.append(self.observe)
        return self

    def observe(self, result: ChatResult | None, error: BaseException | None, latency_ms: float) -> None:
        """The engine's observer: called once per request, with its result or its error."""
        self._latency.labels(ENGINE_ENDPOINT).observe(latency_ms / 1000)
        if result is None:
            kind = type(error).__name__ if error is not None else "UnknownError"
            self._requests.labels(ENGINE_ENDPOINT, "error").inc()
            self._errors.labels(kind).inc()
            self.last_error = f"{kind}: {error}"
            return
        self._requests.labels(ENGINE_ENDPOINT, "ok").inc()
        fallback = result.fallback_reason is not None
        self._routes.labels(result.route.value, str(fallback).lower()).inc()
        if fallback:
            self.last_fallback = result.fallback_reason
        if result.ttft_ms is not None:
            self._ttft.labels(result.route.value).observe(result.ttft_ms / 1000)
        self._tokens.labels("prompt").inc(result.usage.prompt_tokens)
        self._tokens.labels("completion").inc(result.usage.completion_tokens)

    def exposition(self) -> str:
        return generate_latest(self.registry).decode("utf-8")


# -- reading ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Totals:
    """Cumulative figures of one source at one moment (``at``: time.monotonic())."""

    at: float
    requests: float = 0.0
    routes: dict[str, float] = field(default_factory=dict)  # private / cloud / fallback
    errors: dict[str, float] = field(default_factory=dict)  # by type
    latency_buckets: tuple[tuple[float, float], ...] = ()  # (upper bound, cumulative count)
    latency_sum: float = 0.0  # seconds
    ttft_buckets: tuple[tuple[float, float], ...] = ()
    completion_tokens: float = 0.0


def totals_from_families(families: Iterable[Any], at: float | None = None) -> Totals:
    """Sum the chat metrics of parsed or collected Prometheus families (the same shape either way)."""
    requests = completion = latency_sum = 0.0
    routes: dict[str, float] = {}
    errors: dict[str, float] = {}
    latency: dict[float, float] = {}
    ttft: dict[float, float] = {}
    for family in families:
        for sample in family.samples:
            name, labels, value = sample.name, sample.labels, sample.value
            if name == "hybridai_requests_total" and labels.get("endpoint") in CHAT_ENDPOINTS:
                requests += value
            elif name == "hybridai_routes_total":
                key = "fallback" if labels.get("fallback") == "true" else labels.get("route", "?")
                routes[key] = routes.get(key, 0.0) + value
            elif name == "hybridai_errors_total":
                errors[labels.get("type", "?")] = errors.get(labels.get("type", "?"), 0.0) + value
            elif name == "hybridai_request_latency_seconds_bucket" and labels.get("endpoint") in CHAT_ENDPOINTS:
                bound = float(labels["le"])
                latency[bound] = latency.get(bound, 0.0) + value
            elif name == "hybridai_request_latency_seconds_sum" and labels.get("endpoint") in CHAT_ENDPOINTS:
                latency_sum += value
            elif name == "hybridai_ttft_seconds_bucket":
                bound = float(labels["le"])
                ttft[bound] = ttft.get(bound, 0.0) + value
            elif name == "hybridai_tokens_total" and labels.get("kind") == "completion":
                completion += value
    return Totals(at=time.monotonic() if at is None else at, requests=requests, routes=routes, errors=errors,
                  latency_buckets=tuple(sorted(latency.items())), latency_sum=latency_sum,
                  ttft_buckets=tuple(sorted(ttft.items())), completion_tokens=completion)


def totals_from_text(text: str, at: float | None = None) -> Totals:
    """Totals from Prometheus text exposition (a server's ``/metrics``)."""
    try:
        return totals_from_families(text_string_to_metric_families(text), at)
    except ValueError as exc:
        raise InvalidRequestError(f"not Prometheus text exposition: {exc}") from exc


def histogram_quantile(q: float, buckets: tuple[tuple[float, float], ...]) -> float | None:
    """Prometheus' histogram_quantile: linear interpolation inside the bucket holding the rank.
    None without observations; the largest finite bound when the rank falls in +Inf."""
    if not buckets or buckets[-1][1] <= 0:
        return None
    rank = q * buckets[-1][1]
    lower_bound, lower_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if math.isinf(bound):
                return lower_bound
            if count == lower_count:
                return bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = bound, count
    return lower_bound


def _window(current: tuple[tuple[float, float], ...],
            previous: tuple[tuple[float, float], ...] | None) -> tuple[tuple[float, float], ...]:
    """Bucket counts observed since ``previous``; all of them when nothing new happened."""
    if previous is None or dict(previous).keys() != dict(current).keys():
        return current
    before = dict(previous)
    delta = tuple((bound, count - before[bound]) for bound, count in current)
    return delta if delta and delta[-1][1] > 0 else current


@dataclass(frozen=True)
class HealthItem:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class MonitorView:
    """What the monitor shows: totals, rates over the last interval, percentiles, health."""

    requests: int
    requests_per_s: float
    tokens_per_s: float
    latency_mean_ms: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    ttft_p50_ms: float | None
    ttft_p95_ms: float | None
    routes: dict[str, int]
    fallbacks: int
    errors: dict[str, int]
    health: tuple[HealthItem, ...] = ()

    @property
    def error_total(self) -> int:
        return sum(self.errors.values())


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def monitor_view(current: Totals, previous: Totals | None = None,
                 health: tuple[HealthItem, ...] = ()) -> MonitorView:
    """Figures for the monitor. Rates need a previous reading; percentiles cover the last interval
    when it had requests, else everything so far."""
    elapsed = current.at - previous.at if previous is not None else 0.0
    rate = tokens = 0.0
    if previous is not None and elapsed > 0:
        rate = max(0.0, current.requests - previous.requests) / elapsed
        tokens = max(0.0, current.completion_tokens - previous.completion_tokens) / elapsed
    latency = _window(current.latency_buckets, previous.latency_buckets if previous else None)
    count, total = (latency[-1][1], current.latency_sum) if latency else (0.0, 0.0)
    if previous is not None and latency is not current.latency_buckets:  # the window, not everything so far
        total -= previous.latency_sum
    ttft = _window(current.ttft_buckets, previous.ttft_buckets if previous else None)
    return MonitorView(
        requests=int(current.requests), requests_per_s=rate, tokens_per_s=tokens,
        latency_mean_ms=total / count * 1000 if count else None,
        latency_p50_ms=_ms(histogram_quantile(0.5, latency)), latency_p95_ms=_ms(histogram_quantile(0.95, latency)),
        ttft_p50_ms=_ms(histogram_quantile(0.5, ttft)), ttft_p95_ms=_ms(histogram_quantile(0.95, ttft)),
        routes={k: int(v) for k, v in sorted(current.routes.items())}, fallbacks=int(current.routes.get("fallback", 0)),
        errors={k: int(v) for k, v in sorted(current.errors.items())}, health=health)


# -- sources ---------------------------------------------------------------------------------------
class MetricsSource(Protocol):
    """Where a monitor reads from. ``read`` may block briefly (an HTTP call); it raises on failure."""

    label: str

    def read(self) -> Totals: ...

    def health(self) -> tuple[HealthItem, ...]: ...


class EngineSource:
    """An engine in this process: attaches an :class:`EngineMetrics` to it (or uses the given one)."""

    def __init__(self, engine: Any, metrics: EngineMetrics | None = None, *, label: str = "this engine",
                 cloud_label: str | None = None) -> None:
        self.engine = engine
        self.metrics = metrics or EngineMetrics().attach(engine)
        self.label = label
        self.cloud_label = cloud_label

    def read(self) -> Totals:
        return totals_from_families(self.metrics.registry.collect())

    def health(self) -> tuple[HealthItem, ...]:
        default = next((v for v in self.engine.list_versions() if v.default), None)
        ok = default is not None and default.loaded and not default.unloading
        detail = "no default version" if default is None else \
            f"{default.name} ({'loaded' if default.loaded else 'not loaded'}; {default.in_flight} in flight)"
        items = [HealthItem("private model", ok, detail)]
        cloud = self.engine.cloud
        if cloud is None:
            items.append(HealthItem("cloud", False, "not configured: general requests go to the private model"))
        else:
            name = self.cloud_label or getattr(cloud, "name", "cloud")
            where = getattr(cloud, "base_url", "")
            last = self.metrics.last_fallback
            detail = f"{name} at {where}" + (f"; last fallback: {last}" if last else "")
            items.append(HealthItem("cloud", last is None or not last.startswith("cloud failed"), detail))
        return tuple(items)


class MultiprocessSource:
    """Engines in other processes that record into one ``PROMETHEUS_MULTIPROC_DIR`` (the chat
    dashboards' kernels, one per page view)."""

    def __init__(self, path: str, *, label: str = "chat dashboards") -> None:
        if not path:
            raise ConfigError("a multiprocess metrics source needs the directory (PROMETHEUS_MULTIPROC_DIR)")
        self.path = path
        self.label = label

    def read(self) -> Totals:
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=self.path)
        return totals_from_families(registry.collect())

    def health(self) -> tuple[HealthItem, ...]:
        return ()


class PrometheusURLSource:
    """A server's ``/metrics`` (``hybridai serve``); health from its ``/healthz`` and ``/readyz``."""

    def __init__(self, url: str, *, label: str | None = None, timeout_s: float = 2.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"metrics URL must start with http:// or https://, got {url!r}")
        self.url = url
        self.base = url.rsplit("/metrics", 1)[0] if url.endswith("/metrics") else url.rstrip("/")
        self.label = label or f"server {self.base}"
        self._client = httpx.Client(timeout=timeout_s)
        self._lock = threading.Lock()  # the monitor's timer and a manual refresh may overlap

    def read(self) -> Totals:
        with self._lock:
            response = self._client.get(self.url)
        response.raise_for_status()
        return totals_from_text(response.text)

    def health(self) -> tuple[HealthItem, ...]:
        items = []
        for name, path in (("server alive", "/healthz"), ("server ready", "/readyz")):
            try:
                with self._lock:
                    response = self._client.get(self.base + path)
                items.append(HealthItem(name, response.status_code == 200, f"HTTP {response.status_code}"))
            except httpx.HTTPError as exc:
                items.append(HealthItem(name, False, f"unreachable: {type(exc).__name__}"))
        return tuple(items)

    def close(self) -> None:
        self._client.close()
