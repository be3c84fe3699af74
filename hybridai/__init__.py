"""hybridai: a Jupyter-native hybrid AI engine.

Sensitive requests are answered by a private model on your own hardware; everything else may go
to a cloud LLM API, with personal data masked before it leaves and restored in the answer.

    >>> from hybridai import HybridEngine
    >>> engine = HybridEngine.from_config("hybridai.toml")
    >>> result = engine.chat("Explain LoRA in one sentence.")
    >>> result.route, result.answer

Importing this package is cheap: torch and transformers load only when a private model does.
"""

from hybridai.config import Settings, load_settings
from hybridai.engine import HybridEngine
from hybridai.errors import (
    BackendError,
    ConfigError,
    DataFormatError,
    HybridAIError,
    InvalidRequestError,
    ModelLoadError,
    ModelVersionUnavailable,
    NotebookError,
    PrivateBackendUnavailable,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderQuotaError,
    ProviderRateLimitError,
    ProviderUnavailableError,
    RoutingError,
    StoreError,
    UnknownModelVersion,
)
from hybridai.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    Entity,
    GenerationParams,
    Message,
    Route,
    RouteDecision,
    Usage,
)

__version__ = "0.1.0"


def load_ipython_extension(ipython: object) -> None:
    """``%load_ext hybridai``: the ``%%hybridai`` cell magic and ``%hybridai_last`` (see hybridai.magics)."""
    from hybridai.magics import load_ipython_extension as load

    load(ipython)


__all__ = [
    "BackendError",
    "ChatChunk",
    "ChatRequest",
    "ChatResult",
    "ConfigError",
    "DataFormatError",
    "Entity",
    "GenerationParams",
    "HybridAIError",
    "HybridEngine",
    "InvalidRequestError",
    "Message",
    "ModelLoadError",
    "ModelVersionUnavailable",
    "NotebookError",
    "PrivateBackendUnavailable",
    "ProviderAuthError",
    "ProviderBadRequestError",
    "ProviderQuotaError",
    "ProviderRateLimitError",
    "ProviderUnavailableError",
    "Route",
    "RouteDecision",
    "RoutingError",
    "Settings",
    "StoreError",
    "UnknownModelVersion",
    "Usage",
    "__version__",
    "load_settings",
]
