"""The hybrid engine: validate → load memory → route → answer (private, or masked cloud with
fallback) → save. One async pipeline; the sync API drives it from a background loop.

Invariant: text bound for a cloud backend always passes through the masker, and a sensitive
request is never sent to a cloud backend, whatever fails.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from hybridai._sync import LoopThread
from hybridai.backends.base import ChatBackend
from hybridai.config import Settings, load_settings, secret_from_env
from hybridai.errors import (
    BackendError,
    HybridAIError,
    InvalidRequestError,
    PrivateBackendUnavailable,
    RoutingError,
)
from hybridai.memory.base import ConversationStore, StoredMessage, check_id, trim_history
from hybridai.privacy.masking import MaskVault, StreamUnmasker, mask_text
from hybridai.registry import BACKENDS, STORES
from hybridai.routing.policy import MaskedText, MessageEntities, Router, with_fallback
from hybridai.serving.manager import VersionInfo, VersionManager
from hybridai.types import (
    ROLES,
    ChatChunk,
    ChatResult,
    GenerationParams,
    Message,
    Route,
    RouteDecision,
    Usage,
)

MessageInput = str | Message | Mapping[str, str] | Sequence[Message | Mapping[str, str]]


@dataclass
class _Turn:
    """What one request has produced so far."""

    decision: RouteDecision
    answer: list[str] = field(default_factory=list)
    backend: str = ""
    usage: Usage = field(default_factory=Usage)
    finish_reason: str | None = None
    ttft_ms: float | None = None
    masked: tuple[Message, ...] | None = None  # exactly what the cloud received
    version: str | None = None  # the private model version that answers if the route is private

    def add(self, text: str, route: Route, session_id: str, started: float) -> ChatChunk:
        if self.ttft_ms is None:
            self.ttft_ms = _ms_since(started)
        self.answer.append(text)
        return ChatChunk(text, route, self.backend, session_id)


class HybridEngine:
    """Answers chat requests with the private model or a cloud API, as the router decides."""

    def __init__(self, settings: Settings, *, router: Router | None = None, store: ConversationStore | None = None,
                 private_backend: ChatBackend | None = None, cloud_backend: ChatBackend | None = None) -> None:
        self.settings = settings
        self.router = router or Router.from_settings(settings.routing)
        self.store: ConversationStore = store or STORES.load(settings.memory.store).from_settings(settings)
        self.versions = VersionManager.from_settings(settings, private_backend=private_backend, secret=secret_from_env)
        if cloud_backend is None and settings.cloud.configured:
            cloud_backend = BACKENDS.load(settings.cloud.backend).from_settings(settings)
        self.cloud = cloud_backend
        # called once per request, after it ends: (result or None, error or None, latency ms); see hybridai.monitoring
        self.observers: list[Callable[[ChatResult | None, BaseException | None, float], None]] = []
        self._loop = LoopThread()

    @classmethod
    def from_config(cls, source: Any = None, **components: Any) -> HybridEngine:
        """Build an engine from a TOML path, a mapping, or ``$HYBRIDAI_CONFIG``. The private model
        is loaded now, so a missing or corrupt model fails at start, not on the first request."""
        engine = cls(load_settings(source), **components)
        _ = engine.private
        return engine

    @property
    def private(self) -> ChatBackend:
        """The default private model version's backend (loaded on first use)."""
        return self.versions.load(self.versions.default)

    # -- private model versions (see hybridai.serving.manager; async twins on self.versions) ----
    def list_versions(self) -> list[VersionInfo]:
        return self.versions.list()

    def load_version(self, name: str) -> None:
        self._loop.run(self.versions.aload(name))

    def set_default_version(self, name: str) -> None:
        """Requests naming no version go to ``name`` from now on; in-flight ones finish where they are."""
        self._loop.run(self.versions.aset_default(name))

    def unload_version(self, name: str) -> None:
        """New requests for ``name`` fail at once; returns when its in-flight requests have finished."""
        self._loop.run(self.versions.aunload(name))

    # -- decisions without a model call --------------------------------------------------------
    def route(self, text: str, *, tenant: str | None = None) -> RouteDecision:
        _check_text(text, self.settings.limits.max_message_chars)
        return self.router.decide_text(text, tenant)

    def mask(self, text: str, *, tenant: str | None = None) -> MaskedText:
        _check_text(text, self.settings.limits.max_message_chars)
        return self.router.mask(text, tenant=tenant)

    # -- chat ----------------------------------------------------------------------------------
    async def achat(self, messages: MessageInput, *, session_id: str | None = None, tenant: str = "default",
                    model_version: str | None = None, **params: Any) -> ChatResult:
        result = None
        async for chunk in self.astream(messages, session_id=session_id, tenant=tenant, model_version=model_version,
                                        **params):
            result = chunk.result or result
        assert result is not None, "astream always ends with a result chunk"
        return result

    async def astream(self, messages: MessageInput, *, session_id: str | None = None, tenant: str = "default",
                      model_version: str | None = None, **params: Any) -> AsyncIterator[ChatChunk]:
        """``model_version`` names the private model version that answers if the request is routed
        privately (default: the current default version)."""
        started = time.perf_counter()
        new_messages = self._validate(messages)
        generation = self._params(params)
        version = self.versions.check(model_version)
        tenant = check_id("tenant", tenant)
        if session_id is None:  # a new conversation: nothing to load
            session_id, stored, state = uuid.uuid4().hex, [], {}
        else:
            session_id = check_id("session id", session_id)
            stored = await self.store.load(tenant, session_id)
            state = await self.store.load_state(tenant, session_id)
        context = self._context([m.to_message() for m in stored], new_messages)
        decision, per_message = self.router.decide(context, tenant)

        vault = MaskVault.from_dict(state.get("mask_vault"))
        turn = _Turn(decision, version=version)
        chunks = self._answer(turn, context, per_message, vault, generation, session_id, started)
        try:
            async with aclosing(chunks):
                async for chunk in chunks:
                    yield chunk
        except (GeneratorExit, asyncio.CancelledError):
            # The caller went away mid-answer: keep what it received, marked as interrupted.
            if turn.answer:
                save = self._save(tenant, session_id, new_messages, turn, state, vault, interrupted=True)
                await asyncio.shield(save)
            raise
        except Exception as exc:
            self._notify(None, exc, started)
            raise
        await self._save(tenant, session_id, new_messages, turn, state, vault)
        result = ChatResult(answer="".join(turn.answer), decision=turn.decision, usage=turn.usage,
                            latency_ms=_ms_since(started), ttft_ms=turn.ttft_ms, session_id=session_id,
                            backend=turn.backend, finish_reason=turn.finish_reason,
                            fallback_reason=_fallback_reason(turn.decision), masked_messages=turn.masked)
        self._notify(result, None, started)
        yield ChatChunk("", turn.decision.route, turn.backend, session_id, finish_reason=turn.finish_reason,
                        usage=turn.usage, result=result)

    async def _answer(self, turn: _Turn, context: list[Message], per_message: list[MessageEntities],
                      vault: MaskVault, generation: GenerationParams, session_id: str,
                      started: float) -> AsyncIterator[ChatChunk]:
        if turn.decision.route is Route.CLOUD and self.cloud is None:
            turn.decision = with_fallback(turn.decision, "cloud backend not configured")
        if turn.decision.route is Route.CLOUD:
            cloud_chunks = self._answer_in_cloud(turn, context, per_message, vault, generation, session_id, started)
            try:
                async with aclosing(cloud_chunks):
                    async for chunk in cloud_chunks:
                        yield chunk
            except BackendError as exc:
                if turn.answer:  # the caller has seen part of the cloud answer: it cannot be swapped now
                    raise
                turn.decision = with_fallback(turn.decision, f"cloud failed: {type(exc).__name__}: {exc}")
                turn.masked = None
        if turn.decision.route is Route.PRIVATE:
            private_chunks = self._answer_privately(turn, context, generation, session_id, started)
            async with aclosing(private_chunks):
                async for chunk in private_chunks:
                    yield chunk

    async def _save(self, tenant: str, session_id: str, new_messages: list[Message], turn: _Turn,
                    state: dict[str, Any], vault: MaskVault, *, interrupted: bool = False) -> None:
        route = turn.decision.route.value
        await self.store.append(tenant, session_id, [
            *(StoredMessage(m.role, m.content, route=route) for m in new_messages),
            StoredMessage("assistant", "".join(turn.answer), route=route, backend=turn.backend,
                          prompt_tokens=turn.usage.prompt_tokens, completion_tokens=turn.usage.completion_tokens,
                          interrupted=interrupted),
        ], state={**state, "mask_vault": vault.to_dict()})

    async def _answer_in_cloud(self, turn: _Turn, context: list[Message], per_message: list[MessageEntities],
                               vault: MaskVault, generation: GenerationParams, session_id: str,
                               started: float) -> AsyncIterator[ChatChunk]:
        assert self.cloud is not None and not turn.decision.sensitive
        turn.masked = self._mask_context(context, per_message, vault)
        turn.backend = self.cloud.name
        unmasker = StreamUnmasker(vault)
        async with aclosing(self.cloud.astream(turn.masked, generation)) as events:
            async for event in events:
                text = unmasker.feed(event.delta) if event.delta else ""
                if event.usage is not None:
                    text += unmasker.flush()
                    turn.usage, turn.finish_reason = event.usage, event.finish_reason
                if text:
                    yield turn.add(text, Route.CLOUD, session_id, started)

    async def _answer_privately(self, turn: _Turn, context: list[Message], generation: GenerationParams,
                                session_id: str, started: float) -> AsyncIterator[ChatChunk]:
        try:
            # the lease keeps this version loaded until the answer ends, whatever switches meanwhile
            async with self.versions.lease(turn.version) as backend:
                turn.backend = backend.name
                async with aclosing(backend.astream(context, generation)) as events:
                    async for event in events:
                        if event.usage is not None:
                            turn.usage, turn.finish_reason = event.usage, event.finish_reason
                        if event.delta:
                            yield turn.add(event.delta, Route.PRIVATE, session_id, started)
        except InvalidRequestError:
            raise
        except Exception as exc:
            raise self._private_failure(turn.decision, exc) from exc

    def _notify(self, result: ChatResult | None, error: BaseException | None, started: float) -> None:
        for observer in self.observers:
            observer(result, error, _ms_since(started))

    def chat(self, messages: MessageInput, **kwargs: Any) -> ChatResult:
        """Synchronous :meth:`achat`; works inside a Jupyter cell."""
        return self._loop.run(self.achat(messages, **kwargs))

    def stream(self, messages: MessageInput, **kwargs: Any) -> Iterator[ChatChunk]:
        """Synchronous :meth:`astream`; works inside a Jupyter cell."""
        return self._loop.iterate(self.astream(messages, **kwargs))

    # -- conversations -------------------------------------------------------------------------
    async def ahistory(self, session_id: str, *, tenant: str = "default") -> list[StoredMessage]:
        return await self.store.load(tenant, session_id)

    def history(self, session_id: str, *, tenant: str = "default") -> list[StoredMessage]:
        return self._loop.run(self.ahistory(session_id, tenant=tenant))

    async def aclose(self) -> None:
        for part in (self.cloud, self.versions, self.store):
            if part is not None:
                await part.aclose()

    def close(self) -> None:
        self._loop.run(self.aclose())
        self._loop.close()

    def __enter__(self) -> HybridEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> HybridEngine:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- pipeline steps ------------------------------------------------------------------------
    def _validate(self, messages: MessageInput) -> list[Message]:
        limits = self.settings.limits
        if isinstance(messages, (str, Message, Mapping)):
            messages = [messages]  # type: ignore[list-item]
        if not isinstance(messages, Sequence) or not messages:
            raise InvalidRequestError("messages must be a non-empty string or list of messages")
        if len(messages) > limits.max_messages:
            raise InvalidRequestError(f"too many messages: {len(messages)} > {limits.max_messages}")
        result: list[Message] = []
        for index, item in enumerate(messages):
            if isinstance(item, str):
                item = Message("user", item)
            elif isinstance(item, Mapping):
                if set(item) - {"role", "content"} or "content" not in item:
                    raise InvalidRequestError(f"messages[{index}] must have 'role' and 'content' only")
                item = Message(item.get("role", "user"), item["content"])  # type: ignore[arg-type]
            elif not isinstance(item, Message):
                raise InvalidRequestError(f"messages[{index}] must be a string, Message or mapping, "
                                          f"not {type(item).__name__}")
            if item.role not in ROLES:
                raise InvalidRequestError(f"messages[{index}].role must be one of {', '.join(ROLES)}")
            _check_text(item.content, limits.max_message_chars, f"messages[{index}].content")
            result.append(item)
        if result[-1].role != "user":
            raise InvalidRequestError("the last message must be from the user")
        total = sum(len(m.content) for m in result)
        if total > limits.max_total_chars:
            raise InvalidRequestError(f"request too large: {total} characters > {limits.max_total_chars}")
        return result

    def _params(self, overrides: Mapping[str, Any]) -> GenerationParams:
        defaults = self.settings.generation
        unknown = set(overrides) - {"max_tokens", "temperature", "top_p", "stop", "seed"}
        if unknown:
            raise InvalidRequestError(f"unknown generation parameter(s): {', '.join(sorted(unknown))}")
        max_tokens = overrides.get("max_tokens", defaults.max_tokens)
        temperature = overrides.get("temperature", defaults.temperature)
        top_p = overrides.get("top_p", defaults.top_p)
        stop = overrides.get("stop") or ()
        if isinstance(stop, str):
            stop = (stop,)
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens <= 0:
            raise InvalidRequestError("max_tokens must be a positive integer")
        if not isinstance(temperature, (int, float)) or not 0 <= temperature <= 2:
            raise InvalidRequestError("temperature must be between 0 and 2")
        if not isinstance(top_p, (int, float)) or not 0 < top_p <= 1:
            raise InvalidRequestError("top_p must be in (0, 1]")
        if len(stop) > 4 or not all(isinstance(s, str) and s for s in stop):
            raise InvalidRequestError("stop must be up to 4 non-empty strings")
        seed = overrides.get("seed")
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not -(2**63) <= seed < 2**64):
            raise InvalidRequestError("seed must be a 64-bit integer")
        return GenerationParams(max_tokens, float(temperature), float(top_p), tuple(stop), seed)

    def _context(self, history: list[Message], new_messages: list[Message]) -> list[Message]:
        """System prompt + history trimmed to the token budget + the new messages."""
        system = [] if any(m.role == "system" for m in (*history, *new_messages)) else \
            [Message("system", self.settings.generation.system_prompt)]
        counter = self._token_counter()
        budget = self.settings.memory.max_history_tokens
        return [*system, *trim_history(history, budget, counter), *new_messages]

    def _token_counter(self) -> Callable[[str], int]:
        """The private model's tokenizer when it loads; a byte-based estimate otherwise."""
        try:
            return getattr(self.private, "count_tokens", _approx_tokens)
        except HybridAIError:
            return _approx_tokens

    def _mask_context(self, context: Sequence[Message], per_message: Sequence[MessageEntities],
                      vault: MaskVault) -> tuple[Message, ...]:
        types = self.router.mask_types | self.router.private_types  # private types never reach here; belt and braces
        return tuple(Message(m.role, mask_text(m.content, found.entities, vault, types))
                     for m, found in zip(context, per_message, strict=True))

    @staticmethod
    def _private_failure(decision: RouteDecision, exc: Exception) -> HybridAIError:
        if decision.sensitive:
            return PrivateBackendUnavailable(
                f"the request is sensitive and the private model failed ({type(exc).__name__}: {exc}); "
                "it was not sent to the cloud")
        return RoutingError(f"no backend could answer: {'; '.join(decision.reasons)}; "
                            f"private model failed ({type(exc).__name__}: {exc})")


def _check_text(text: Any, limit: int, where: str = "text") -> None:
    if not isinstance(text, str):
        raise InvalidRequestError(f"{where} must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InvalidRequestError(f"{where} is empty")
    if len(text) > limit:
        raise InvalidRequestError(f"{where} is too long: {len(text)} characters > {limit}")


def _approx_tokens(text: str) -> int:
    return max(1, len(text.encode("utf-8")) // 3)


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _fallback_reason(decision: RouteDecision) -> str | None:
    for reason in decision.reasons:
        if reason.startswith("fallback: "):
            return reason.removeprefix("fallback: ")
    return None
