"""The API's outer guard: the request size limit (413 before a view sees the body), and an audit
event plus metrics for every /v1/ request that no service accounted for (bad key, bad JSON, rate
limits, conversation reads, ...). Chat calls are accounted by the chat service itself, which
knows the route, tokens and the masked cloud payload."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

from hybridai.server import metrics
from hybridai.server.errors import error_response
from hybridai.server.services import record_audit


class ApiMiddleware:
    async_capable = True
    sync_capable = False

    def __init__(self, get_response: Callable[[HttpRequest], Awaitable[HttpResponse]]) -> None:
        self.get_response = get_response
        self.limit = settings.HYBRIDAI.server.max_body_bytes
        if iscoroutinefunction(self.get_response):
            markcoroutinefunction(self)

    async def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if (declared.isdigit() and int(declared) > self.limit) or len(request.body) > self.limit:
            response: HttpResponse = error_response(413, f"request body exceeds {self.limit} bytes",
                                                    "invalid_request_error", "request_too_large")
        else:
            response = await self.get_response(request)
        if request.path.startswith("/v1/") and not getattr(response, "audited", False):
            self._account(request, response, time.perf_counter() - started)
        return response

    @staticmethod
    def _account(request: HttpRequest, response: HttpResponse, latency_s: float) -> None:
        error: dict[str, object] = {}
        if response.status_code >= 400:
            try:
                error = json.loads(response.content).get("error", {})
            except (ValueError, AttributeError):
                error = {}
        outcome = "ok" if response.status_code < 400 else \
            str(error.get("code") or error.get("type") or f"http_{response.status_code}")[:64]
        # label by route, not raw path, so session ids (or unknown paths) do not explode the metric's
        # cardinality; with the leading slash, as the chat service labels its calls
        match = getattr(request, "resolver_match", None)
        if match is None:  # refused before URL resolution (413)
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
        endpoint = f"/{match.route}" if match is not None and match.route else "unmatched"
        metrics.REQUESTS.labels(endpoint[:64], str(response.status_code)).inc()
        metrics.LATENCY.labels(endpoint[:64]).observe(latency_s)
        if response.status_code >= 400:
            metrics.ERRORS.labels(outcome).inc()
        principal = getattr(request, "auth", None)
        record_audit(
            key_id=getattr(principal, "key_id", ""), tenant=getattr(principal, "tenant", ""),
            endpoint=request.path[:128], status_code=response.status_code, outcome=outcome, latency_ms=latency_s * 1000,
            error=str(error.get("message", ""))[:2000])
