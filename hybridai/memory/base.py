"""Conversation store interface and history trimming. Conversations are keyed by
(tenant, session_id); no call can read or write across that key."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from hybridai.errors import InvalidRequestError
from hybridai.types import Message

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")


def check_id(kind: str, value: str) -> str:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise InvalidRequestError(f"{kind} must be 1-128 characters of letters, digits and _.:@- (got {value!r})")
    return value


@dataclass(frozen=True)
class StoredMessage:
    role: str
    content: str
    route: str | None = None
    backend: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    created_at: float = 0.0
    interrupted: bool = False  # the caller went away mid-answer: this is the part it received

    def to_message(self) -> Message:
        return Message(self.role, self.content)  # type: ignore[arg-type]


class ConversationStore(Protocol):
    async def load(self, tenant: str, session_id: str) -> list[StoredMessage]: ...

    async def load_state(self, tenant: str, session_id: str) -> dict[str, Any]: ...

    async def append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
                     state: dict[str, Any] | None = None) -> None:
        """Append messages (and replace the session state) in one transaction."""
        ...

    async def list_sessions(self, tenant: str) -> list[str]: ...

    async def delete(self, tenant: str, session_id: str) -> bool: ...

    async def aclose(self) -> None: ...


def trim_history(history: Sequence[Message], budget_tokens: int, count_tokens: Callable[[str], int]) -> list[Message]:
    """Keep system messages and the newest turns whose tokens fit in ``budget_tokens``.

    Turns are dropped oldest first, whole (a user message with the answer that followed it), so
    the model never sees an answer without its question.
    """
    system = [m for m in history if m.role == "system"]
    rest = [m for m in history if m.role != "system"]
    used = sum(count_tokens(m.content) for m in system)
    turns: list[list[Message]] = []
    for message in rest:
        if message.role == "user" or not turns:
            turns.append([message])
        else:
            turns[-1].append(message)
    kept: list[list[Message]] = []
    for turn in reversed(turns):
        cost = sum(count_tokens(m.content) for m in turn)
        if used + cost > budget_tokens:
            break
        kept.append(turn)
        used += cost
    return system + [m for turn in reversed(kept) for m in turn]
