"""Detectors → policy → :class:`~hybridai.types.RouteDecision`.

The policy is deliberately simple and strict: any private-only entity type or confidential
keyword anywhere in the context makes the request sensitive (private model only); anything else
goes to the cloud, with the maskable entity types replaced by placeholders first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hybridai.config import RoutingSettings
from hybridai.privacy.masking import MaskVault, mask_text
from hybridai.routing.base import Detector
from hybridai.types import Entity, Message, Route, RouteDecision


@dataclass(frozen=True)
class MaskedText:
    text: str
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class MessageEntities:
    """Entities found in one message of the context (offsets into that message's content)."""

    index: int
    entities: tuple[Entity, ...]


class Router:
    def __init__(self, detectors: Sequence[Detector], settings: RoutingSettings) -> None:
        self.detectors = list(detectors)
        self.private_types = frozenset(settings.private_entity_types)
        self.mask_types = frozenset(settings.mask_entity_types)
        self._allowed = frozenset(value.casefold() for value in settings.allow_list)

    @classmethod
    def from_settings(cls, settings: RoutingSettings) -> Router:
        from hybridai.routing.detectors import KeywordDetector, PatternDetector

        keywords = list(dict.fromkeys([*settings.keywords, *settings.extra_keywords]))
        regexes = list(dict.fromkeys([*settings.keyword_regexes, *settings.extra_keyword_regexes]))
        return cls([PatternDetector(), KeywordDetector(keywords, regexes)], settings)

    def detect(self, text: str) -> list[Entity]:
        found = [e for detector in self.detectors for e in detector.detect(text)
                 if e.text.casefold() not in self._allowed]
        return sorted(found, key=lambda e: (e.start, -e.end))

    def mask(self, text: str, vault: MaskVault | None = None) -> MaskedText:
        """``text`` as a cloud backend would receive it."""
        entities = tuple(e for e in self.detect(text) if e.type in self.mask_types | self.private_types)
        return MaskedText(mask_text(text, entities, vault or MaskVault()), entities)

    def decide_text(self, text: str) -> RouteDecision:
        return self.decide([Message("user", text)])[0]

    def decide(self, messages: Sequence[Message]) -> tuple[RouteDecision, list[MessageEntities]]:
        """Decide for a whole context. Returns the decision (entities of the last message) and
        the entities of every message, which the masker needs."""
        per_message = [MessageEntities(i, tuple(self.detect(m.content))) for i, m in enumerate(messages)]
        last = len(messages) - 1
        sensitive_hits: Counter[str] = Counter()
        keyword_hits: list[str] = []
        mask_hits: Counter[str] = Counter()
        from_history = False
        for item in per_message:
            for entity in item.entities:
                if entity.type == "KEYWORD":
                    keyword_hits.append(entity.text)
                elif entity.type in self.private_types:
                    sensitive_hits[entity.type] += 1
                elif entity.type in self.mask_types:
                    mask_hits[entity.type] += 1
                else:
                    continue
                if item.index != last and (entity.type == "KEYWORD" or entity.type in self.private_types):
                    from_history = True

        reasons: list[str] = []
        for entity_type, count in sorted(sensitive_hits.items()):
            reasons.append(f"sensitive_entity: {entity_type} x{count}")
        for keyword in dict.fromkeys(k.casefold() for k in keyword_hits):
            reasons.append(f"confidential_keyword: {keyword}")
        if from_history:
            reasons.append("history: an earlier message of this conversation is sensitive")
        sensitive = bool(sensitive_hits or keyword_hits)
        if sensitive:
            reasons.append("policy: sensitive → private model only")
        else:
            for entity_type, count in sorted(mask_hits.items()):
                reasons.append(f"maskable_entity: {entity_type} x{count} (masked before the cloud)")
            reasons.append("policy: no sensitive data → cloud")
        entities = per_message[last].entities if per_message else ()
        decision = RouteDecision(route=Route.PRIVATE if sensitive else Route.CLOUD, sensitive=sensitive,
                                 reasons=tuple(reasons), entities=entities)
        return decision, per_message


def with_fallback(decision: RouteDecision, reason: str) -> RouteDecision:
    """The same decision, answered privately instead, with why."""
    return replace(decision, route=Route.PRIVATE, reasons=(*decision.reasons, f"fallback: {reason}"))
