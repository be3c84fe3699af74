"""Continuous (iteration-level) batching in front of a local transformers model.

Concurrent requests decode together: one forward pass per step for the whole batch, with the KV
cache. A request that arrives while a batch is running joins at the next step (its prompt is
prefilled, then it decodes with the others); a request that finishes — its own length, stop
sequence or end of text — or whose consumer goes away leaves at the next step, freeing its slot.

Layout: the batch cache is ``[rows, heads, L, head_dim]`` per layer, right-aligned: every row's
latest token is in the last column, shorter histories are left-padded and masked out by the
attention mask, and positions are passed per row, so a row decodes exactly as it would alone.

One worker thread owns the model and the cache; consumers on any event loop receive their events
through their own queue. Sampling, stop sequences and detokenization are the unbatched backend's
(:class:`~hybridai.backends.transformers_local.Decoding`), one instance per request.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from hybridai.backends.transformers_local import Decoding, TransformersBackend
from hybridai.errors import BackendError, InvalidRequestError
from hybridai.types import BackendEvent, GenerationParams, Message

BASE_ADAPTER = "__base__"  # peft's name for "no adapter" in a mixed-adapter batch


@dataclass(eq=False)
class _Request:
    prompt_ids: list[int]
    decoding: Decoding
    adapter: str | None
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[BackendEvent | BaseException] = field(default_factory=asyncio.Queue)
    position: int = 0  # position of the next token fed to the model
    cancelled: bool = False
    finished: bool = False


@dataclass(frozen=True)
class BatcherStats:
    active: int  # requests decoding in the batch
    waiting: int  # requests queued for a slot
    steps: int  # forward passes run so far (prefills and decoding steps)
    max_batch_size: int


class ContinuousBatcher:
    """Serves a :class:`TransformersBackend` with continuous batching. Implements the backend
    interface (``astream``, ``aclose``, ``render_prompt``, ``count_tokens``, ``context_length``);
    ``astream`` also takes the peft adapter to decode with when the model carries several."""

    def __init__(self, backend: TransformersBackend, *, max_batch_size: int = 16, max_wait_ms: float = 0.0,
                 name: str | None = None) -> None:
        if max_batch_size < 1:
            raise InvalidRequestError("max_batch_size must be at least 1")
        if max_wait_ms < 0:
            raise InvalidRequestError("max_wait_ms must not be negative")
        self.backend = backend
        self.name = name or backend.name
        self.max_batch_size = max_batch_size
        self.max_wait_s = max_wait_ms / 1000.0
        self._torch = backend._torch
        self._cond = threading.Condition()
        self._waiting: deque[_Request] = deque()
        self._rows: list[_Request] = []  # the running batch, in cache row order; owned by the worker
        self._cache: Any = None
        self._mask: Any = None  # [rows, L] attention mask of the cache (1 = real token)
        self._steps = 0
        self._closed = False
        # events of one step, by consumer loop: delivered with one wake-up per loop, not one per token
        self._outbox: dict[asyncio.AbstractEventLoop, list[tuple[_Request, BackendEvent | BaseException]]] = {}
        self._thread: threading.Thread | None = None

    @property
    def context_length(self) -> int:
        return self.backend.context_length

    def render_prompt(self, messages: Sequence[Message]) -> str:
        return self.backend.render_prompt(messages)

    def count_tokens(self, text: str) -> int:
        return self.backend.count_tokens(text)

    @property
    def stats(self) -> BatcherStats:
        with self._cond:
            return BatcherStats(len(self._rows), len(self._waiting), self._steps, self.max_batch_size)

    @property
    def step_lock(self) -> threading.Lock:
        """Held during every forward pass: take it to change the model (e.g. load an adapter)."""
        return self.backend._step_lock

    # -- consumer side -------------------------------------------------------------------------
    async def astream(self, messages: Sequence[Message], params: GenerationParams, *,
                      adapter: str | None = None) -> AsyncIterator[BackendEvent]:
        prompt_ids, max_new = self.backend.prepare(messages, params)
        request = _Request(prompt_ids, self.backend.decoding(len(prompt_ids), max_new, params), adapter,
                           asyncio.get_running_loop())
        self._submit(request)
        try:
            while True:
                item = await request.queue.get()
                if isinstance(item, BaseException):
                    raise item
                yield item
                if item.usage is not None:
                    return
        finally:
            if not request.finished:  # the consumer left early: free the slot now
                self._cancel(request)

    def _submit(self, request: _Request) -> None:
        with self._cond:
            if self._closed:
                raise BackendError("the batcher is closed", backend=self.name)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=f"batcher:{self.name}", daemon=True)
                self._thread.start()
            self._waiting.append(request)
            self._cond.notify_all()

    def _cancel(self, request: _Request) -> None:
        with self._cond:
            request.cancelled = True
            if request in self._waiting:
                self._waiting.remove(request)
            self._cond.notify_all()

    async def aclose(self) -> None:
        """Stop the worker; requests still running or queued end with :class:`BackendError`."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            await asyncio.to_thread(thread.join)

    # -- worker side ---------------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            joiners = self._next_joiners()
            if joiners is None:
                return
            try:
                self._drop_cancelled()
                if joiners:
                    self._prefill(joiners)
                    self._flush()  # first tokens go out before the next step
                if self._rows:
                    self._decode_step()
            except Exception as exc:  # a failed step fails the requests in it; the next batch starts clean
                for request in [*self._rows, *joiners]:
                    if not request.finished:
                        failure = BackendError(f"private model step failed: {type(exc).__name__}: {exc}",
                                               backend=self.name)
                        failure.__cause__ = exc
                        self._finish(request, [failure])
                with self._cond:
                    self._rows, self._cache, self._mask = [], None, None
            self._flush()

    def _next_joiners(self) -> list[_Request] | None:
        """Wait for work; return the requests that join at this step (None: closed)."""
        with self._cond:
            while not self._closed and not self._waiting and not self._rows:
                self._cond.wait()
            if not self._rows and self.max_wait_s > 0:  # an idle batcher waits briefly for company
                deadline = time.monotonic() + self.max_wait_s
                while not self._closed and len(self._waiting) < self.max_batch_size:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
            if self._closed:
                for request in [*self._rows, *self._waiting]:
                    self._finish(request, [BackendError("the batcher was closed", backend=self.name)])
                self._flush()
                self._rows, self._cache, self._mask = [], None, None
                self._waiting.clear()
                return None
            joiners = []
            while self._waiting and len(self._rows) + len(joiners) < self.max_batch_size:
                request = self._waiting.popleft()
                if not request.cancelled:
                    joiners.append(request)
            return joiners

    def _forward(self, ids: Any, mask: Any | None, positions: Any, cache: Any, adapters: list[str | None]) -> Any:
        kwargs: dict[str, Any] = {}
        with self.step_lock, self._torch.inference_mode():  # the model may gain adapters between steps
            model = self.backend.model
            if hasattr(model, "peft_config"):  # adapters on this base: one per row
                # a cancelled row may outlive its adapter by one step; its output is discarded anyway
                kwargs["adapter_names"] = [a if a in model.peft_config else BASE_ADAPTER for a in adapters]
            out = model(input_ids=ids, attention_mask=mask, position_ids=positions, past_key_values=cache,
                        use_cache=True, logits_to_keep=1, **kwargs)
        self._steps += 1
        return out.logits[:, -1], out.past_key_values

    def _prefill(self, joiners: list[_Request]) -> None:
        """Run the joiners' prompts (left-padded, one pass), emit their first tokens, and merge
        their cache into the batch's."""
        from transformers import DynamicCache

        torch, device = self._torch, self.backend.device
        width = max(len(r.prompt_ids) for r in joiners)
        ids = torch.zeros((len(joiners), width), dtype=torch.long)
        mask = torch.zeros((len(joiners), width), dtype=torch.long)
        for row, request in enumerate(joiners):
            ids[row, width - len(request.prompt_ids):] = torch.tensor(request.prompt_ids)
            mask[row, width - len(request.prompt_ids):] = 1
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        # the 4D mask is built here, not by transformers on every pass: causal and padding, and each
        # padding position sees itself (a row that sees nothing gives NaN, which the cache would keep)
        if all(len(r.prompt_ids) == width for r in joiners):
            attend = None  # no padding: the model's own causal attention, as for a lone request
        else:
            attend = torch.ones((width, width), dtype=torch.bool).tril() & mask.bool()[:, None, None, :]
            attend = (attend | torch.eye(width, dtype=torch.bool)).to(device)
        logits, cache = self._forward(ids.to(device), attend, positions.to(device), DynamicCache(),
                                      [r.adapter for r in joiners])
        keep = []
        for row, (request, token) in enumerate(zip(joiners, self._next_tokens(joiners, logits), strict=True)):
            request.position = len(request.prompt_ids)
            if self._emit(request, token):
                keep.append(row)
        if not keep:
            return
        if len(keep) < len(joiners):
            cache.batch_select_indices(torch.tensor(keep, device=device))
            mask = mask[keep]
        self._merge([joiners[i] for i in keep], cache, mask.to(device))

    def _merge(self, requests: list[_Request], cache: Any, mask: Any) -> None:
        torch = self._torch
        with self._cond:
            if self._cache is None:
                self._rows, self._cache, self._mask = list(requests), cache, mask
                return
            width = max(self._mask.shape[1], mask.shape[1])
            for old, new in zip(self._cache.layers, cache.layers, strict=True):
                old.keys = torch.cat([_left_pad(old.keys, width), _left_pad(new.keys, width)], dim=0)
                old.values = torch.cat([_left_pad(old.values, width), _left_pad(new.values, width)], dim=0)
            self._mask = torch.cat([_left_pad(self._mask, width, dim=1), _left_pad(mask, width, dim=1)], dim=0)
            self._rows.extend(requests)

    def _decode_step(self) -> None:
        torch, device = self._torch, self.backend.device
        ids = torch.tensor([[r.decoding.last_token] for r in self._rows], device=device)
        positions = torch.tensor([[r.position] for r in self._rows], device=device)
        mask = torch.cat([self._mask, torch.ones((len(self._rows), 1), dtype=self._mask.dtype, device=device)], 1)
        logits, self._cache = self._forward(ids, mask.bool()[:, None, None, :], positions, self._cache,
                                            [r.adapter for r in self._rows])
        self._mask = mask
        keep = []
        for row, (request, token) in enumerate(zip(self._rows, self._next_tokens(self._rows, logits), strict=True)):
            request.position += 1
            if not request.cancelled and self._emit(request, token):
                keep.append(row)
        if len(keep) < len(self._rows):
            self._select(keep)

    def _drop_cancelled(self) -> None:
        keep = [row for row, request in enumerate(self._rows) if not request.cancelled]
        if len(keep) < len(self._rows):
            self._select(keep)

    def _select(self, keep: list[int]) -> None:
        """Keep only these rows; drop the leading columns no remaining row uses."""
        with self._cond:
            if not keep:
                self._rows, self._cache, self._mask = [], None, None
                return
            index = self._torch.tensor(keep, device=self.backend.device)
            self._cache.batch_select_indices(index)
            self._mask = self._mask[index]
            self._rows = [self._rows[i] for i in keep]
            unused = int(self._mask.shape[1] - self._mask.sum(1).max())
            if unused:
                for layer in self._cache.layers:
                    layer.keys, layer.values = layer.keys[..., unused:, :], layer.values[..., unused:, :]
                self._mask = self._mask[:, unused:]

    def _next_tokens(self, requests: list[_Request], logits: Any) -> list[int]:
        """Each row's next token: greedy rows by one argmax over the batch and one conversion to
        Python (not one per row), sampled rows by their own sampler."""
        greedy = logits.argmax(-1).tolist()
        return [greedy[row] if r.decoding.greedy else r.decoding.sampler.sample(logits[row])
                for row, r in enumerate(requests)]

    def _emit(self, request: _Request, token: int) -> bool:
        """Feed one step's token to the request; return whether it goes on decoding."""
        text = request.decoding.accept(token)
        if request.decoding.done:
            self._finish(request, ([BackendEvent(delta=text)] if text else []) + request.decoding.final_events())
            return False
        if text:
            self._post(request, BackendEvent(delta=text))
        return not request.cancelled

    def _finish(self, request: _Request, items: list[BackendEvent | BaseException]) -> None:
        request.finished = True
        for item in items:
            self._post(request, item)

    def _post(self, request: _Request, item: BackendEvent | BaseException) -> None:
        self._outbox.setdefault(request.loop, []).append((request, item))

    def _flush(self) -> None:
        outbox, self._outbox = self._outbox, {}
        for loop, items in outbox.items():
            try:
                loop.call_soon_threadsafe(_deliver, items)
            except RuntimeError:  # the consumers' event loop is closed: nobody is listening any more
                for request, _ in items:
                    request.cancelled = True


def _deliver(items: list[tuple[_Request, BackendEvent | BaseException]]) -> None:
    for request, item in items:
        request.queue.put_nowait(item)


def _left_pad(tensor: Any, width: int, dim: int = -2) -> Any:
    """Zero-pad ``tensor`` on the left of ``dim`` to ``width`` (masked out, so zeros are never read)."""
    import torch

    missing = width - tensor.shape[dim]
    if missing <= 0:
        return tensor
    shape = list(tensor.shape)
    shape[dim] = missing
    return torch.cat([tensor.new_zeros(shape), tensor], dim=dim)

