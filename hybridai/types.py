"""Value types shared by every layer. Depends on nothing else in the package."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["system", "user", "assistant"]
ROLES: tuple[str, ...] = ("system", "user", "assistant")


class Route(enum.StrEnum):
    """Where a request is answered."""

    PRIVATE = "private"
    CLOUD = "cloud"


@dataclass(frozen=True)
class Message:
    role: Role
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Entity:
    """A detected span of sensitive text. ``start``/``end`` are Python character offsets."""

    type: str
    start: int
    end: int
    text: str
    score: float = 1.0
    detector: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text,
                "score": round(self.score, 4), "detector": self.detector}


@dataclass(frozen=True)
class RouteDecision:
    """The router's verdict: the route, whether the request is sensitive, and every reason."""

    route: Route
    sensitive: bool
    reasons: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"route": self.route.value, "sensitive": self.sensitive, "reasons": list(self.reasons),
                "entities": [e.to_dict() for e in self.entities]}


@dataclass(frozen=True)
class GenerationParams:
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict[str, int]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.total_tokens}


@dataclass(frozen=True)
class BackendEvent:
    """What a backend yields while generating: text deltas, then one final event with usage."""

    delta: str = ""
    usage: Usage | None = None
    finish_reason: str | None = None


@dataclass(frozen=True)
class ChatRequest:
    """One user turn. ``messages`` are the new messages of this turn (usually one user message);
    history comes from memory under (tenant, session_id)."""

    messages: tuple[Message, ...]
    session_id: str | None = None
    tenant: str = "default"
    params: GenerationParams = field(default_factory=GenerationParams)


@dataclass(frozen=True)
class ChatChunk:
    """One piece of a streamed answer. The last chunk has an empty ``delta`` and carries
    ``finish_reason``, ``usage`` and the whole ``result``."""

    delta: str
    route: Route
    backend: str
    session_id: str
    finish_reason: str | None = None
    usage: Usage | None = None
    result: ChatResult | None = None  # set on the last chunk only


@dataclass(frozen=True)
class ChatResult:
    answer: str
    decision: RouteDecision
    usage: Usage
    latency_ms: float
    ttft_ms: float | None
    session_id: str
    backend: str
    finish_reason: str | None = None
    fallback_reason: str | None = None
    masked_messages: tuple[Message, ...] | None = None  # exactly what the cloud received; None if private

    @property
    def route(self) -> Route:
        return self.decision.route

    def to_dict(self) -> dict[str, Any]:
        data = self.decision.to_dict()
        data.update({
            "answer": self.answer, "usage": self.usage.to_dict(), "latency_ms": round(self.latency_ms, 2),
            "ttft_ms": None if self.ttft_ms is None else round(self.ttft_ms, 2), "session_id": self.session_id,
            "backend": self.backend, "finish_reason": self.finish_reason, "fallback_reason": self.fallback_reason,
            "masked_messages": None if self.masked_messages is None else [m.to_dict() for m in self.masked_messages],
        })
        return data
