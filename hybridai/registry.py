"""Small name → dotted-path registries. Implementations are imported on first use, so
``import hybridai`` never pulls in torch or an HTTP stack it does not need."""

from __future__ import annotations

import importlib
from typing import Any

from hybridai.errors import ConfigError


class Registry:
    def __init__(self, kind: str, entries: dict[str, str]) -> None:
        self.kind = kind
        self._entries = dict(entries)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def register(self, name: str, dotted_path: str) -> None:
        self._entries[name] = dotted_path

    def load(self, name: str) -> Any:
        try:
            dotted = self._entries[name]
        except KeyError:
            raise ConfigError(f"unknown {self.kind} {name!r}; available: {', '.join(self.names())}") from None
        module_name, _, attr = dotted.partition(":")
        return getattr(importlib.import_module(module_name), attr)


BACKENDS = Registry("backend", {
    "transformers": "hybridai.backends.transformers_local:TransformersBackend",
    "openai": "hybridai.backends.openai_compat:OpenAICompatibleBackend",
    "onnx": "hybridai.backends.onnx_local:OnnxBackend",
})

STORES = Registry("conversation store", {
    "sqlite": "hybridai.memory.sqlite:SQLiteConversationStore",
})
