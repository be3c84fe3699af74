"""The detector interface: anything with a ``name`` and ``detect(text) -> list[Entity]``."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from hybridai.types import Entity


@runtime_checkable
class Detector(Protocol):
    name: str

    def detect(self, text: str) -> list[Entity]:
        """Return every entity found in ``text`` (offsets into ``text`` as given)."""
        ...
