"""Prometheus metrics of the server. With several uvicorn workers, ``hybridai serve`` sets
PROMETHEUS_MULTIPROC_DIR and /metrics aggregates every worker's files."""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from hybridai.config import prometheus_multiproc_dir

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

REQUESTS = Counter("hybridai_requests", "API requests", ["endpoint", "status"])
LATENCY = Histogram("hybridai_request_latency_seconds", "Request latency (whole answer)", ["endpoint"],
                    buckets=_LATENCY_BUCKETS)
TTFT = Histogram("hybridai_ttft_seconds", "Time to first token of chat answers", ["route"], buckets=_LATENCY_BUCKETS)
TOKENS = Counter("hybridai_tokens", "Tokens processed", ["kind"])
ROUTES = Counter("hybridai_routes", "Chat answers by route", ["route", "fallback"])
ERRORS = Counter("hybridai_errors", "Errors by type", ["type"])
IN_FLIGHT = Gauge("hybridai_in_flight_requests", "Chat requests being answered", multiprocess_mode="livesum")


def render() -> tuple[bytes, str]:
    if prometheus_multiproc_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
