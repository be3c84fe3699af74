"""Exceptions raised by hybridai. Every one derives from :class:`HybridAIError`.

::

    HybridAIError
    ├── ConfigError                 bad configuration key or value (names it)
    ├── InvalidRequestError         empty / non-string / oversized input
    │   └── ModelVersionError           the named private model version cannot serve the request
    │       ├── UnknownModelVersion         not configured or registered
    │       └── ModelVersionUnavailable     being unloaded: takes no new requests
    ├── InvalidAPIKey               malformed API key (the message never contains the key)
    ├── SignatureError              request signature rejected; ``reason`` says why (stale, replayed, ...)
    ├── DataFormatError             a data file (JSONL) has a malformed line (names file and line)
    ├── ModelLoadError              missing model folder, corrupt adapter, bad weights
    ├── RoutingError                no backend may answer this request
    │   └── PrivateBackendUnavailable   sensitive request but private model failed: never sent to the cloud
    ├── StoreError                  conversation store failed
    ├── NotebookError               a notebook cell failed; names the cell, keeps the executed notebook
    └── BackendError                a backend failed while answering
        ├── ProviderAuthError           401/403: bad API key
        ├── ProviderQuotaError          402 or quota/balance exhausted
        ├── ProviderRateLimitError      429 (retried first)
        ├── ProviderBadRequestError     400/404/422: the provider rejected the request
        └── ProviderUnavailableError    5xx, timeout, connection failure (retried first)
"""

from __future__ import annotations


class HybridAIError(Exception):
    """Base class of every error raised by hybridai."""


class ConfigError(HybridAIError, ValueError):
    """Configuration is invalid. The message names the offending key."""


class InvalidRequestError(HybridAIError, ValueError):
    """The request itself is malformed or too large."""


class ModelVersionError(InvalidRequestError):
    """A request named a private model version that cannot serve it."""


class UnknownModelVersion(ModelVersionError):
    """No version of that name is configured or registered."""


class ModelVersionUnavailable(ModelVersionError):
    """The version is being unloaded: it takes no new requests."""


class InvalidAPIKey(HybridAIError):
    """An API key is not of the form ``hyai_<key id>_<secret>``. The key itself is never in the message."""


class SignatureError(HybridAIError):
    """A signed request was rejected. ``reason`` is one of "missing", "malformed", "stale", "future",
    "replayed", "mismatch", so the server can log and count rejections without parsing messages."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class DataFormatError(HybridAIError, ValueError):
    """A data file is malformed. The message names the file and line."""


class ModelLoadError(HybridAIError):
    """A model or adapter could not be loaded."""


class RoutingError(HybridAIError):
    """No backend is allowed or able to answer."""


class PrivateBackendUnavailable(RoutingError):
    """The request is sensitive and the private backend failed; it is never retried in the cloud."""


class StoreError(HybridAIError):
    """The conversation store failed."""


class NotebookError(HybridAIError):
    """A notebook run failed. The message names the cell and the exception; ``notebook_path`` is the
    executed notebook saved with the failing cell's output, ``cell_index`` the cell's index."""

    def __init__(self, message: str, *, notebook_path: str, cell_index: int | None = None) -> None:
        super().__init__(message)
        self.notebook_path = notebook_path
        self.cell_index = cell_index


class BackendError(HybridAIError):
    """A backend failed. ``status`` is the HTTP status where there was one."""

    def __init__(self, message: str, *, backend: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.backend = backend
        self.status = status


class ProviderAuthError(BackendError):
    """The provider rejected the credentials (401/403)."""


class ProviderQuotaError(BackendError):
    """The account is out of balance or quota (402, or a quota error body)."""


class ProviderRateLimitError(BackendError):
    """Too many requests (429), after retries."""


class ProviderBadRequestError(BackendError):
    """The provider rejected the request as invalid (400/404/422)."""


class ProviderUnavailableError(BackendError):
    """Server error, timeout or connection failure, after retries."""
