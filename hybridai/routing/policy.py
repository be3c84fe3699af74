"""Detectors + classifier → policy → :class:`~hybridai.types.RouteDecision`.

Scoring is separate from deciding. :meth:`Router.assess` runs every detector (validated
patterns, keywords, PERSON/ADDRESS/ORG) and the sensitivity classifier over each message of the
context; :meth:`Router.decide_assessment` applies the policy to that: any private-only entity
type, confidential keyword or classifier score at or above the threshold anywhere in the context
makes the request sensitive (private model only); anything else goes to the cloud, with the
maskable entity types replaced by placeholders first. Evaluation stores assessments and sweeps
the threshold without rescoring.

Per-tenant configuration (``routing.tenants.<id>``) adds keywords, allow-listed values, public
names and its own threshold to the defaults; :meth:`Router.for_tenant` builds (once) the router
that applies them, sharing the loaded models.

What the detectors find in a text is remembered (per router, for texts up to
:data:`CACHED_TEXT_CHARS` characters): every request routes its whole context, so the system
prompt and the earlier turns of a conversation would otherwise be scanned again on every turn.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from hybridai.config import RoutingSettings
from hybridai.privacy.masking import MaskVault, mask_text
from hybridai.routing.base import Detector
from hybridai.routing.detectors import (
    TOPIC_KEYWORDS,
    KeywordDetector,
    PatternDetector,
    TopicDetector,
    is_general_question,
    is_lure_text,
    is_record_category,
    is_system_name,
)
from hybridai.types import Entity, Message, Route, RouteDecision

CACHED_TEXT_CHARS = 4096  # longer texts are scanned every time: the cache stays small (texts x entries)
CACHED_TEXTS = 2048


class Scorer(Protocol):
    """A sensitivity classifier: a calibrated score per text and its default threshold."""

    threshold: float

    def score(self, text: str) -> float: ...


@dataclass(frozen=True)
class MaskedText:
    text: str
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class MessageEntities:
    """Entities found in one message of the context (offsets into that message's content)."""

    index: int
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class Assessment:
    """Everything the policy decides on: entities and the classifier score of every message
    (``None`` where no classifier is configured)."""

    per_message: tuple[MessageEntities, ...]
    scores: tuple[float | None, ...]

    @property
    def max_score(self) -> float | None:
        known = [s for s in self.scores if s is not None]
        return max(known) if known else None


class Router:
    def __init__(self, detectors: Sequence[Detector], settings: RoutingSettings, *, classifier: Scorer | None = None,
                 threshold: float | None = None, tenant: str | None = None, cached_texts: int = CACHED_TEXTS) -> None:
        self.detectors = list(detectors)
        self.settings = settings
        self.tenant = tenant
        self.private_types = frozenset(settings.private_entity_types)
        self.mask_types = frozenset(settings.mask_entity_types)
        extra = settings.tenants[tenant].allow_list if tenant in settings.tenants else []
        self._allowed = frozenset(value.casefold() for value in [*settings.allow_list, *extra])
        self.classifier = classifier
        if threshold is None and classifier is not None:
            threshold = classifier.threshold
        self.threshold = threshold
        self._tenants: dict[str, Router] = {}
        self._tenants_lock = threading.Lock()
        self.cached_texts = cached_texts  # 0: scan every text every time (benchmarks of the detectors)
        self._detect_cached = lru_cache(maxsize=cached_texts)(self._detect_uncached)

    @classmethod
    def from_settings(cls, settings: RoutingSettings, tenant: str | None = None, *,
                      classifier: Scorer | None = None, cached_texts: int = CACHED_TEXTS) -> Router:
        """The router for ``settings`` (and ``tenant``'s additions). ``classifier`` overrides the
        shipped one (an object with ``score(text) -> float`` and ``threshold``)."""
        own = settings.tenants.get(tenant) if tenant else None
        keywords = [*settings.keywords, *settings.extra_keywords, *(own.extra_keywords if own else [])]
        regexes = [*settings.keyword_regexes, *settings.extra_keyword_regexes,
                   *(own.extra_keyword_regexes if own else [])]
        detectors: list[Detector] = [PatternDetector(),
                                     KeywordDetector(list(dict.fromkeys(keywords)), list(dict.fromkeys(regexes))),
                                     TopicDetector()]
        if settings.ner:
            from hybridai.routing.ner import NerDetector

            names = [*settings.public_names, *(own.public_names if own else [])]
            tagger = None
            if settings.name_tagger:
                from hybridai.routing.name_tagger import shared_tagger

                tagger = shared_tagger(settings.name_tagger_min_probability)
            detectors.append(NerDetector(public_names=names, english=settings.ner_spacy, tagger=tagger))
        if classifier is None and settings.classifier:
            from hybridai.routing.classifier import SensitivityClassifier

            classifier = SensitivityClassifier.load()
        threshold = (own.classifier_threshold if own and own.classifier_threshold is not None
                     else settings.classifier_threshold)
        return cls(detectors, settings, classifier=classifier, threshold=threshold,
                   tenant=tenant if own else None, cached_texts=cached_texts)

    def for_tenant(self, tenant: str | None) -> Router:
        """This router, or the one with ``tenant``'s additions when the config has any."""
        if not tenant or tenant == self.tenant or tenant not in self.settings.tenants:
            return self
        with self._tenants_lock:
            if tenant not in self._tenants:
                self._tenants[tenant] = Router.from_settings(self.settings, tenant, classifier=self.classifier,
                                                             cached_texts=self.cached_texts)
            return self._tenants[tenant]

    def warm_up(self) -> None:
        """Load every model now (the first request would otherwise pay for it)."""
        for part in (*self.detectors, self.classifier):
            if hasattr(part, "warm_up"):
                part.warm_up()

    # -- scoring -----------------------------------------------------------------------------
    def detect(self, text: str, *, maskable_only: bool = False) -> list[Entity]:
        """Entities of every detector; a name or address never overlaps a validated pattern's span, and
        a topic keyword (salary, 薪资) in a general question (law, templates, scripts) does not count."""
        if len(text) > CACHED_TEXT_CHARS or not self.cached_texts:
            return list(self._detect_uncached(text, maskable_only))
        return list(self._detect_cached(text, maskable_only))

    def _detect_uncached(self, text: str, maskable_only: bool) -> tuple[Entity, ...]:
        found: list[Entity] = []
        general = None
        for detector in self.detectors:
            if maskable_only and isinstance(detector, KeywordDetector | TopicDetector):
                continue  # they mark a text confidential; they find nothing to mask
            if maskable_only and detector.name == "ner" and "PERSON" in self.private_types:
                # a name only the learned tagger reads makes the request private: it never reaches the cloud
                # masked, so masking skips the tagger (a third of the English masking time)
                found_here = detector.detect(text, tagger=False)
            else:
                found_here = detector.detect(text)
            for entity in found_here:
                if entity.text.casefold() in self._allowed:
                    continue
                if entity.type == "KEYWORD" and entity.text.casefold() in TOPIC_KEYWORDS:
                    general = is_general_question(text) if general is None else general
                    if general:  # "What's the median salary for ...?" names a topic, holds no data
                        continue
                    if is_system_name(text, entity.start, entity.end):  # "rejected by the payroll system, why?"
                        continue
                    if is_record_category(text, entity.start, entity.end):  # "must we delete their payroll records?"
                        continue
                    if is_lure_text(text, entity.start, entity.end):  # "phishing? subject: 'your payslip is ready'"
                        continue
                if detector.name == "ner" and any(entity.start < e.end and e.start < entity.end
                                                  for e in found if e.type not in ("KEYWORD", "TOPIC")):
                    continue
                found.append(entity)
        return tuple(sorted(found, key=lambda e: (e.start, -e.end)))

    def assess(self, messages: Sequence[Message]) -> Assessment:
        per_message = tuple(MessageEntities(i, tuple(self.detect(m.content))) for i, m in enumerate(messages))
        scorer = self.classifier
        scores = tuple(None if scorer is None else scorer.score(m.content) for m in messages)
        return Assessment(per_message, scores)

    # -- deciding ----------------------------------------------------------------------------
    def decide_assessment(self, assessment: Assessment, threshold: float | None = None) -> RouteDecision:
        threshold = self.threshold if threshold is None else threshold
        per_message = assessment.per_message
        last = len(per_message) - 1
        sensitive_hits: Counter[str] = Counter()
        keyword_hits: list[str] = []
        topic_hits: list[tuple[str, str]] = []
        mask_hits: Counter[str] = Counter()
        from_history = False
        for item in per_message:
            for entity in item.entities:
                if entity.type == "KEYWORD":
                    keyword_hits.append(entity.text)
                elif entity.type == "TOPIC":  # the detector says which topic: "topics:medical"
                    topic_hits.append((entity.detector.partition(":")[2] or "medical", entity.text))
                elif entity.type in self.private_types:
                    sensitive_hits[entity.type] += 1
                elif entity.type in self.mask_types:
                    mask_hits[entity.type] += 1
                else:
                    continue
                if item.index != last and (entity.type in ("KEYWORD", "TOPIC") or entity.type in self.private_types):
                    from_history = True
        classified = False
        reasons: list[str] = []
        for entity_type, count in sorted(sensitive_hits.items()):
            reasons.append(f"sensitive_entity: {entity_type} x{count}")
        for keyword in dict.fromkeys(k.casefold() for k in keyword_hits):
            reasons.append(f"confidential_keyword: {keyword}")
        for topic, term in dict.fromkeys(topic_hits):
            reasons.append(f"confidential_topic: {topic} ({term})")
        best = assessment.max_score
        if best is not None and threshold is not None:
            classified = best >= threshold
            if classified:
                reasons.append(f"classifier: confidential content, score {best:.3f} >= threshold {threshold:.3f}")
                if assessment.scores[-1] is None or assessment.scores[-1] < threshold:
                    from_history = True
            else:
                reasons.append(f"classifier: score {best:.3f} < threshold {threshold:.3f}")
        if from_history:
            reasons.append("history: an earlier message of this conversation is sensitive")
        sensitive = bool(sensitive_hits or keyword_hits or topic_hits or classified)
        if sensitive:
            reasons.append("policy: sensitive → private model only")
        else:
            for entity_type, count in sorted(mask_hits.items()):
                reasons.append(f"maskable_entity: {entity_type} x{count} (masked before the cloud)")
            reasons.append("policy: no sensitive data → cloud")
        entities = per_message[last].entities if per_message else ()
        return RouteDecision(route=Route.PRIVATE if sensitive else Route.CLOUD, sensitive=sensitive,
                             reasons=tuple(reasons), entities=entities)

    def decide(self, messages: Sequence[Message], tenant: str | None = None,
               ) -> tuple[RouteDecision, list[MessageEntities]]:
        """Decide for a whole context. Returns the decision (entities of the last message) and
        the entities of every message, which the masker needs."""
        router = self.for_tenant(tenant)
        assessment = router.assess(messages)
        return router.decide_assessment(assessment), list(assessment.per_message)

    def decide_text(self, text: str, tenant: str | None = None) -> RouteDecision:
        return self.decide([Message("user", text)], tenant)[0]

    def mask(self, text: str, vault: MaskVault | None = None, tenant: str | None = None) -> MaskedText:
        """``text`` as a cloud backend would receive it."""
        router = self.for_tenant(tenant)
        entities = tuple(e for e in router.detect(text, maskable_only=True)
                         if e.type in router.mask_types | router.private_types)
        return MaskedText(mask_text(text, entities, vault or MaskVault()), entities)


def with_fallback(decision: RouteDecision, reason: str) -> RouteDecision:
    """The same decision, answered privately instead, with why."""
    return replace(decision, route=Route.PRIVATE, reasons=(*decision.reasons, f"fallback: {reason}"))
