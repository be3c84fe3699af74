"""Reversible masking: entity values become typed numbered placeholders (``<EMAIL_1>``) before
text leaves for the cloud, and are restored in the answer — also while it streams, where a
placeholder may arrive split across chunks.

A :class:`MaskVault` holds the value ↔ placeholder mapping of one conversation, so one value keeps
one placeholder across every message and every turn. It is plain data (``to_dict``/``from_dict``)
so the conversation store can persist it beside the history.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hybridai.types import Entity

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d+)>")
# A suffix that could still grow into a placeholder: "<", "<EM", "<EMAIL_", "<EMAIL_1".
_PARTIAL_TAIL_RE = re.compile(r"<[A-Z0-9_]{0,40}$")


@dataclass
class MaskVault:
    by_value: dict[tuple[str, str], str] = field(default_factory=dict)   # (type, value) -> placeholder
    by_placeholder: dict[str, str] = field(default_factory=dict)          # placeholder -> value
    counters: dict[str, int] = field(default_factory=dict)                # type -> last number used

    def placeholder_for(self, entity_type: str, value: str) -> str:
        key = (entity_type, value)
        if key not in self.by_value:
            number = self.counters.get(entity_type, 0) + 1
            self.counters[entity_type] = number
            placeholder = f"<{entity_type}_{number}>"
            self.by_value[key] = placeholder
            self.by_placeholder[placeholder] = value
        return self.by_value[key]

    def to_dict(self) -> dict[str, object]:
        return {"entries": [[t, v, p] for (t, v), p in self.by_value.items()], "counters": dict(self.counters)}

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> MaskVault:
        vault = cls()
        if not data:
            return vault
        for entity_type, value, placeholder in data.get("entries", []):  # type: ignore[union-attr]
            vault.by_value[(entity_type, value)] = placeholder
            vault.by_placeholder[placeholder] = value
        vault.counters.update(data.get("counters", {}))  # type: ignore[arg-type]
        return vault


def mask_text(text: str, entities: Sequence[Entity], vault: MaskVault, types: Iterable[str] | None = None) -> str:
    """Replace each entity span (of ``types``, or all) with its placeholder. Overlapping spans keep the first."""
    wanted = None if types is None else set(types)
    pieces: list[str] = []
    cursor = 0
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if (wanted is not None and entity.type not in wanted) or entity.start < cursor:
            continue
        pieces.append(text[cursor:entity.start])
        pieces.append(vault.placeholder_for(entity.type, text[entity.start:entity.end]))
        cursor = entity.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def unmask_text(text: str, vault: MaskVault) -> str:
    """Restore every known placeholder; unknown ones (the model invented them) stay as they are."""
    return PLACEHOLDER_RE.sub(lambda m: vault.by_placeholder.get(m.group(0), m.group(0)), text)


class StreamUnmasker:
    """Unmasks a stream of text deltas. Holds back only a tail that could still become a
    placeholder, so output lags the input by at most one placeholder's length."""

    def __init__(self, vault: MaskVault) -> None:
        self._vault = vault
        self._pending = ""

    def feed(self, delta: str) -> str:
        text = self._pending + delta
        tail = _PARTIAL_TAIL_RE.search(text)
        cut = tail.start() if tail else len(text)
        self._pending = text[cut:]
        return unmask_text(text[:cut], self._vault)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return unmask_text(text, self._vault)
