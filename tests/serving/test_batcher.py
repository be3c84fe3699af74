"""Continuous batching on a real (random-weight) GPT-2 model: batched greedy decoding equals
unbatched decoding token for token, requests join a running batch, stop on their own, free their
slot when cancelled, and a failed step fails only the requests in it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hybridai.backends.transformers_local import TransformersBackend
from hybridai.errors import BackendError, InvalidRequestError
from hybridai.serving.batcher import ContinuousBatcher
from hybridai.types import GenerationParams, Message

PROMPTS = ["hi", "What is VPN?", "请假流程是什么？请详细说明一下每一个步骤。", "报销",
           "Explain cloud computing in detail please, with three examples from our office.",
           "How do I reset my password on the company portal?"]


@pytest.fixture(scope="module")
def backend(random_model_dir: Path) -> TransformersBackend:
    return TransformersBackend(random_model_dir)


async def _tokens(backend, prompt: str, params: GenerationParams, delay: float = 0.0):
    """The streamed text and the final event; the text is a concatenation of per-token deltas."""
    await asyncio.sleep(delay)
    events = [e async for e in backend.astream([Message("user", prompt)], params)]
    return "".join(e.delta for e in events), events[-1]


async def test_batched_greedy_decoding_equals_unbatched_token_for_token(backend):
    params = [GenerationParams(max_tokens=12 + 7 * i, temperature=0.0) for i in range(len(PROMPTS))]
    expected = [await _tokens(backend, p, g) for p, g in zip(PROMPTS, params, strict=True)]
    batcher = ContinuousBatcher(backend, max_batch_size=8)
    try:
        # staggered starts: later requests join a batch that is already decoding
        got = await asyncio.gather(*(_tokens(batcher, p, g, delay=0.004 * i)
                                     for i, (p, g) in enumerate(zip(PROMPTS, params, strict=True))))
        stats = batcher.stats
    finally:
        await batcher.aclose()
    for (want_text, want_end), (text, end) in zip(expected, got, strict=True):
        assert text == want_text
        assert end.usage == want_end.usage and end.finish_reason == want_end.finish_reason
    assert sum(end.usage.completion_tokens for _, end in got) > 100
    # one forward pass per step for the whole batch, not one per request and token
    assert stats.steps < sum(g.max_tokens for g in params) / 2


async def test_each_request_stops_at_its_own_stop_sequence(backend):
    full, _ = await _tokens(backend, PROMPTS[4], GenerationParams(max_tokens=30, temperature=0.0))
    stop = full[10:13]
    cut_params = GenerationParams(max_tokens=30, temperature=0.0, stop=(stop,))
    expected_cut, _ = await _tokens(backend, PROMPTS[4], cut_params)
    assert expected_cut == full[:full.index(stop)]
    batcher = ContinuousBatcher(backend, max_batch_size=4)
    try:
        (cut, cut_end), (other, other_end) = await asyncio.gather(
            _tokens(batcher, PROMPTS[4], cut_params),
            _tokens(batcher, PROMPTS[5], GenerationParams(max_tokens=30, temperature=0.0)))
    finally:
        await batcher.aclose()
    assert cut == expected_cut and cut_end.finish_reason == "stop"
    assert other_end.finish_reason == "length" and other_end.usage.completion_tokens == 30


async def test_seeded_sampling_matches_unbatched(backend):
    params = GenerationParams(max_tokens=20, temperature=1.0, top_p=0.9, seed=11)
    expected, _ = await _tokens(backend, PROMPTS[1], params)
    batcher = ContinuousBatcher(backend)
    try:
        results = await asyncio.gather(*(_tokens(batcher, PROMPTS[1], params) for _ in range(3)))
    finally:
        await batcher.aclose()
    assert [text for text, _ in results] == [expected] * 3


async def _wait_for(condition, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.002)


@pytest.mark.parametrize("how", ["aclose", "task-cancel"])
async def test_cancelled_request_frees_its_slot_at_once(backend, how):
    long = GenerationParams(max_tokens=120, temperature=0.0)
    batcher = ContinuousBatcher(backend, max_batch_size=2)
    received = []
    stop_iterating = asyncio.Event()

    async def consume(stream):
        async for event in stream:
            received.append(event)
            if stop_iterating.is_set():
                break

    try:
        leaving = batcher.astream([Message("user", PROMPTS[0])], long)
        consumer = asyncio.create_task(consume(leaving))
        staying = asyncio.create_task(_tokens(batcher, PROMPTS[1], long))
        await _wait_for(lambda: batcher.stats.active == 2 and received)
        waiting = asyncio.create_task(_tokens(batcher, PROMPTS[2], GenerationParams(max_tokens=5, temperature=0.0)))
        await _wait_for(lambda: batcher.stats.waiting == 1)  # C has no slot while A and B decode
        if how == "aclose":  # the consumer stops iterating and closes the stream
            stop_iterating.set()
            await consumer
            await leaving.aclose()
        else:  # the consumer's task is cancelled mid-stream
            consumer.cancel()
            with pytest.raises(asyncio.CancelledError):
                await consumer
        assert received[-1].usage is None  # A really left mid-stream
        # C takes A's slot and completes while B is still decoding its long answer
        text, end = await asyncio.wait_for(waiting, 10)
        assert end.usage.completion_tokens == 5 and text
        assert not staying.done()
        _, staying_end = await asyncio.wait_for(staying, 30)
        assert staying_end.usage.completion_tokens == 120
        await _wait_for(lambda: batcher.stats.active == 0)
    finally:
        await batcher.aclose()


async def test_bad_requests_get_typed_errors_and_the_batch_keeps_going(backend):
    params = GenerationParams(max_tokens=40, temperature=0.0)
    expected = await _tokens(backend, PROMPTS[5], params)
    batcher = ContinuousBatcher(backend, max_batch_size=4)
    try:
        running = asyncio.create_task(_tokens(batcher, PROMPTS[5], params))
        with pytest.raises(InvalidRequestError, match="max_tokens"):
            await _tokens(batcher, "hello", GenerationParams(max_tokens=0))
        with pytest.raises(InvalidRequestError, match="context"):
            await _tokens(batcher, "词 " * (backend.context_length * 2), GenerationParams(max_tokens=4))
        assert await asyncio.wait_for(running, 30) == expected
        assert batcher.stats.waiting == 0
    finally:
        await batcher.aclose()


async def test_a_failed_step_fails_its_requests_and_the_next_batch_works(backend, monkeypatch):
    expected, _ = await _tokens(backend, PROMPTS[1], GenerationParams(max_tokens=8, temperature=0.0))
    batcher = ContinuousBatcher(backend, max_batch_size=4)
    real_forward = batcher._forward
    failed = []

    def flaky_forward(ids, *args, **kwargs):
        # the first decoding step with all three requests in the batch fails (the step at which they have all
        # joined depends on timing: failing "the third call" left a late joiner out on a busy machine)
        if tuple(ids.shape) == (3, 1) and not failed:
            failed.append(True)
            raise RuntimeError("simulated kernel failure")
        return real_forward(ids, *args, **kwargs)

    monkeypatch.setattr(batcher, "_forward", flaky_forward)
    try:
        params = GenerationParams(max_tokens=30, temperature=0.0)
        results = await asyncio.gather(*(_tokens(batcher, p, params) for p in PROMPTS[:3]), return_exceptions=True)
        assert all(isinstance(r, BackendError) and "simulated kernel failure" in str(r) for r in results)
        assert batcher.stats.active == 0
        text, _ = await asyncio.wait_for(_tokens(batcher, PROMPTS[1], GenerationParams(max_tokens=8,
                                                                                       temperature=0.0)), 30)
        assert text == expected
    finally:
        await batcher.aclose()


async def test_closed_batcher_refuses_requests(backend):
    batcher = ContinuousBatcher(backend)
    await batcher.aclose()
    with pytest.raises(BackendError, match="closed"):
        await _tokens(batcher, "hi", GenerationParams(max_tokens=3))


@pytest.mark.parametrize("kwargs", [{"max_batch_size": 0}, {"max_wait_ms": -1}])
def test_bad_batcher_settings_are_rejected(backend, kwargs):
    with pytest.raises(InvalidRequestError):
        ContinuousBatcher(backend, **kwargs)


async def test_an_idle_batcher_waits_up_to_max_wait_to_prefill_arrivals_together(backend):
    batcher = ContinuousBatcher(backend, max_batch_size=4, max_wait_ms=400)
    params = GenerationParams(max_tokens=5, temperature=0.0)
    try:
        results = await asyncio.gather(*(_tokens(batcher, p, params, delay=0.01 * i)
                                         for i, p in enumerate(PROMPTS[:4])))
        steps = batcher.stats.steps
    finally:
        await batcher.aclose()
    assert all(end.usage is not None for _, end in results)
    assert steps <= 5  # one prefill for all four, then at most four decoding steps


async def test_prompts_prefilled_together_with_padding_decode_as_alone_greedy_and_sampled(backend):
    # one prefill for all (max_wait), prompts of different lengths (left padding), greedy and seeded rows mixed
    params = [GenerationParams(max_tokens=25, temperature=0.0) if i % 2 else
              GenerationParams(max_tokens=25, temperature=0.8, top_p=0.95, seed=i) for i in range(len(PROMPTS))]
    expected = [await _tokens(backend, p, g) for p, g in zip(PROMPTS, params, strict=True)]
    batcher = ContinuousBatcher(backend, max_batch_size=len(PROMPTS), max_wait_ms=2000)
    try:
        got = await asyncio.gather(*(_tokens(batcher, p, g) for p, g in zip(PROMPTS, params, strict=True)))
        steps = batcher.stats.steps
    finally:
        await batcher.aclose()
    assert [text for text, _ in got] == [text for text, _ in expected]
    assert [end.usage for _, end in got] == [end.usage for _, end in expected]
    assert steps <= 25  # one prefill for all, then one decoding step per further token
