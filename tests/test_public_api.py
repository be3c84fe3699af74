"""The public surface is small and deliberate: changing it must be a conscious act."""

from __future__ import annotations

import subprocess
import sys

import hybridai

EXPECTED = {
    "BackendError", "ChatChunk", "ChatRequest", "ChatResult", "ConfigError", "DataFormatError", "Entity",
    "GenerationParams", "HybridAIError", "HybridEngine", "InvalidRequestError", "Message", "ModelLoadError",
    "ModelVersionUnavailable", "NotebookError", "UnknownModelVersion",
    "PrivateBackendUnavailable", "ProviderAuthError", "ProviderBadRequestError", "ProviderQuotaError",
    "ProviderRateLimitError", "ProviderUnavailableError", "Route", "RouteDecision", "RoutingError", "Settings",
    "StoreError", "Usage", "__version__", "load_settings",
}


def test_all_is_pinned():
    assert set(hybridai.__all__) == EXPECTED
    for name in hybridai.__all__:
        assert hasattr(hybridai, name)


def test_every_error_derives_from_the_base():
    for name in hybridai.__all__:
        obj = getattr(hybridai, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, hybridai.HybridAIError)


def test_import_does_not_pull_in_heavy_dependencies():
    heavy = ("torch", "transformers", "peft", "uvicorn")
    code = f"import sys, hybridai; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
