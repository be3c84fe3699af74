"""Errors in OpenAI's shape: {"error": {"message", "type", "param", "code"}} with the right status."""

from __future__ import annotations

import logging

from django.http import JsonResponse

from hybridai import errors as core

logger = logging.getLogger("hybridai.server")


class ApiError(Exception):
    def __init__(self, status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = status, message, type, code, param
        self.headers = headers or {}
        self.audited = False  # set once an audit event has been written for this failure

    def to_body(self) -> dict[str, object]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def error_response(status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
                   param: str | None = None, headers: dict[str, str] | None = None) -> JsonResponse:
    return api_error_response(ApiError(status, message, type, code, param, headers))


def api_error_response(error: ApiError) -> JsonResponse:
    response = JsonResponse(error.to_body(), status=error.status)
    for name, value in error.headers.items():
        response[name] = value
    return response


def from_core(exc: Exception) -> ApiError:
    """Map an engine error to the status and type an OpenAI client expects; anything else is a
    500 in the same shape (and logged with its traceback)."""
    if isinstance(exc, core.InvalidRequestError):
        return ApiError(400, str(exc), "invalid_request_error", "invalid_request")
    if isinstance(exc, core.PrivateBackendUnavailable):
        return ApiError(503, str(exc), "service_unavailable", "private_model_unavailable")
    if isinstance(exc, core.ProviderRateLimitError):
        return ApiError(429, str(exc), "rate_limit_error", "upstream_rate_limited")
    if isinstance(exc, (core.RoutingError, core.BackendError, core.ModelLoadError)):
        return ApiError(503, str(exc), "service_unavailable", type(exc).__name__)
    logger.error("unexpected error while answering", exc_info=exc)
    return ApiError(500, "internal server error", "server_error", "internal_error")
