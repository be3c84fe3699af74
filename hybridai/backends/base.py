"""The backend interface, and the pieces every backend shares (stop sequences, the plain template)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Protocol

from hybridai.types import BackendEvent, GenerationParams, Message


class ChatBackend(Protocol):
    """Streams an answer for a full context. The last event carries ``usage`` and ``finish_reason``."""

    name: str

    def astream(self, messages: Sequence[Message], params: GenerationParams) -> AsyncIterator[BackendEvent]: ...

    async def aclose(self) -> None: ...


# The plain chat template, used for models whose tokenizer has no chat template of its own.
# Each message is its role marker on a line of its own, then the content, then the end marker:
#
#   <|system|>\nYou are ...<|end|>\n<|user|>\nHello<|end|>\n<|assistant|>\n
#
# Generation stops at the end marker (or at a new role marker, for models that skip it).
ROLE_MARKERS = {"system": "<|system|>", "user": "<|user|>", "assistant": "<|assistant|>"}
END_MARKER = "<|end|>"
PLAIN_TEMPLATE_STOPS = (END_MARKER, ROLE_MARKERS["user"], ROLE_MARKERS["system"])
# The same template in Jinja, stored in the demo model's tokenizer so it travels with the model.
PLAIN_CHAT_TEMPLATE_JINJA = (
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>\n' + message['content'] + '<|end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)


def render_plain(messages: Sequence[Message], add_generation_prompt: bool = True) -> str:
    text = "".join(f"{ROLE_MARKERS[m.role]}\n{m.content}{END_MARKER}\n" for m in messages)
    return text + (f"{ROLE_MARKERS['assistant']}\n" if add_generation_prompt else "")


class StopMatcher:
    """Cuts generated text at the first stop sequence, holding back any tail that could still
    become one, so no part of a stop sequence is ever emitted."""

    def __init__(self, stops: Sequence[str]) -> None:
        self.stops = tuple(s for s in stops if s)
        self._pending = ""
        self.stopped = False

    def feed(self, delta: str) -> str:
        if self.stopped:
            return ""
        text = self._pending + delta
        hits = [i for i in (text.find(s) for s in self.stops) if i >= 0]
        if hits:
            self.stopped = True
            self._pending = ""
            return text[:min(hits)]
        hold = 0
        for stop in self.stops:
            for size in range(min(len(stop) - 1, len(text)), 0, -1):
                if text.endswith(stop[:size]):
                    hold = max(hold, size)
                    break
        self._pending = text[len(text) - hold:] if hold else ""
        return text[:len(text) - hold]

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return "" if self.stopped else text
