"""The engine end to end: demo model on the private side, a real OpenAI-compatible server on
127.0.0.1 as the cloud. Assertions on what the cloud received look at the raw bytes it recorded."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from hybridai import (
    HybridEngine,
    InvalidRequestError,
    Message,
    PrivateBackendUnavailable,
    ProviderUnavailableError,
    Route,
)
from hybridai.testing.openai_server import Delay, Fail, MidStreamError

PRC_ID = "440305198806122717"            # valid GB 11643 check digit
PRC_ID_BAD_CHECK = "440305198806122718"  # same digits, wrong check digit
CARD = "6228 4800 4612 3456 785"         # Luhn-valid UnionPay, grouped
EMAIL = "li.na@hengyuan-tech.cn"
PHONE = "138 1234 5678"


def _bodies(cloud: Any) -> str:
    return cloud.all_bodies().decode("utf-8")


@pytest.mark.parametrize("text, raw_values", [
    (f"请帮我核对客户身份证号 {PRC_ID} 的出生日期。", [PRC_ID]),
    (f"Card {CARD} was charged twice, please draft the refund note.", [CARD, CARD.replace(" ", "")]),
])
def test_sensitive_request_is_answered_privately_and_cloud_receives_nothing(engine, cloud, text, raw_values):
    result = engine.chat(text)

    assert result.route is Route.PRIVATE
    assert result.decision.sensitive
    assert result.backend.startswith("private:")
    assert result.masked_messages is None
    assert any(r.startswith("sensitive_entity:") for r in result.decision.reasons)
    assert cloud.requests == []
    for value in raw_values:
        assert value not in _bodies(cloud)


def test_general_request_goes_to_cloud_masked_and_answer_is_unmasked(engine, cloud):
    text = f"Draft a short reply to {EMAIL}: the review moves to Friday, call me on {PHONE}."
    result = engine.chat(text)

    assert result.route is Route.CLOUD and not result.decision.sensitive
    assert len(cloud.requests) == 1
    sent = _bodies(cloud)
    assert EMAIL not in sent and PHONE not in sent and PHONE.replace(" ", "") not in sent
    assert "<EMAIL_1>" in sent and "<PHONE_1>" in sent
    # the stub echoes the masked text back; the caller sees the original values
    assert EMAIL in result.answer and PHONE in result.answer
    assert "<EMAIL_1>" not in result.answer
    assert result.masked_messages is not None and "<EMAIL_1>" in result.masked_messages[-1].content
    assert result.usage.completion_tokens > 0 and result.ttft_ms is not None


def test_placeholder_split_across_stream_chunks_is_restored(engine, cloud):
    cloud.state.responder = lambda request: ["Sent to <EMA", "IL_", "1> and <PH", "ONE_1", ">."]
    chunks = list(engine.stream(f"Write to {EMAIL} or call {PHONE}."))
    deltas = [c.delta for c in chunks if c.result is None]
    result = chunks[-1].result

    assert "".join(deltas) == f"Sent to {EMAIL} and {PHONE}."
    assert all("<" not in d for d in deltas)
    assert result is not None and result.answer == f"Sent to {EMAIL} and {PHONE}."


def test_one_value_keeps_one_placeholder_across_the_conversation(engine, cloud):
    other = "wang.fang@hengyuan-tech.cn"
    first = engine.chat(f"Remind {EMAIL} about the review.")
    engine.chat(f"Also copy {other} and {EMAIL}.", session_id=first.session_id)

    last_body = cloud.requests[-1].json
    user_messages = [m["content"] for m in last_body["messages"] if m["role"] == "user"]
    assert user_messages[0] == "Remind <EMAIL_1> about the review."
    assert user_messages[1] == "Also copy <EMAIL_2> and <EMAIL_1>."
    assert EMAIL not in _bodies(cloud) and other not in _bodies(cloud)


def test_sessions_never_see_each_others_history(engine, cloud):
    a = engine.chat("Project notes for session A: the kickoff is on Monday.", session_id="alpha")
    b = engine.chat("What did I tell you before?", session_id="beta")

    assert a.session_id == "alpha" and b.session_id == "beta"
    beta_request = cloud.requests[-1].json
    assert all("kickoff" not in m["content"] for m in beta_request["messages"])
    assert [m.content for m in engine.history("beta") if m.role == "user"] == ["What did I tell you before?"]
    assert "kickoff" in engine.history("alpha")[0].content
    # tenants are isolated too, even with the same session id
    engine.chat("Tenant two speaking.", session_id="alpha", tenant="tenant-two")
    assert len(engine.history("alpha")) == 2
    assert [m.content for m in engine.history("alpha", tenant="tenant-two")][0] == "Tenant two speaking."


def test_history_is_sent_to_the_cloud_in_later_turns(engine, cloud):
    first = engine.chat("Remember the code word: tangerine.")
    engine.chat("What was the code word?", session_id=first.session_id)
    contents = [m["content"] for m in cloud.requests[-1].json["messages"]]
    assert "Remember the code word: tangerine." in contents
    assert contents[-1] == "What was the code word?"
    stored = engine.history(first.session_id)
    assert [m.role for m in stored] == ["user", "assistant", "user", "assistant"]
    assert all(m.route == "cloud" for m in stored)


def test_sensitive_history_keeps_the_conversation_private(engine, cloud):
    first = engine.chat(f"身份证号 {PRC_ID} 的客户要求修改地址。")
    second = engine.chat("Thanks. Summarise the request in one line.", session_id=first.session_id)

    assert second.route is Route.PRIVATE
    assert any(r.startswith("history:") for r in second.decision.reasons)
    assert cloud.requests == []


@pytest.mark.parametrize("failure", [Fail(500), Fail(503), Delay(3.0)], ids=["500", "503", "timeout"])
def test_cloud_failure_falls_back_to_private_for_general_request(engine_config, cloud, failure):
    engine_config["cloud"]["timeout_s"] = 0.5
    cloud.state.failures.extend([failure, failure])  # first try and its one retry
    with HybridEngine.from_config(engine_config) as engine:
        result = engine.chat("Explain what a hybrid AI engine does.")

    assert result.route is Route.PRIVATE
    assert result.backend.startswith("private:")
    assert result.fallback_reason is not None and "cloud failed" in result.fallback_reason
    assert "ProviderUnavailableError" in result.fallback_reason
    assert result.answer == engine_history_answer(engine_config, result.session_id)


def engine_history_answer(config: dict[str, Any], session_id: str) -> str:
    with HybridEngine.from_config(config) as engine:
        return engine.history(session_id)[-1].content


def test_cloud_not_configured_falls_back_to_private(engine_config, cloud):
    engine_config["cloud"]["enabled"] = False
    with HybridEngine.from_config(engine_config) as engine:
        result = engine.chat("Explain what a hybrid AI engine does.")
    assert result.route is Route.PRIVATE
    assert result.fallback_reason == "cloud backend not configured"
    assert cloud.requests == []


def test_cloud_error_after_first_tokens_is_raised_and_nothing_is_stored(engine, cloud):
    cloud.state.failures.append(MidStreamError(after_chunks=2, message="upstream exploded"))
    stream = engine.stream("Tell me a story about a lighthouse.", session_id="mid-stream")
    first = next(stream)
    assert first.route is Route.CLOUD
    with pytest.raises(ProviderUnavailableError):
        list(stream)
    assert engine.history("mid-stream") == []


def test_sensitive_request_fails_closed_when_private_model_is_down(engine_config, cloud):
    class BrokenPrivate:
        name = "private:broken"

        def astream(self, messages, params):
            raise RuntimeError("GPU on fire")

        def count_tokens(self, text):
            return len(text)

        async def aclose(self):
            pass

    engine = HybridEngine.from_config(engine_config, private_backend=BrokenPrivate())
    with engine, pytest.raises(PrivateBackendUnavailable, match="not sent to the cloud"):
        engine.chat(f"Check ID {PRC_ID} please.")
    assert cloud.requests == []


def test_wrong_check_digit_is_not_flagged(engine, cloud):
    result = engine.chat(f"Order reference {PRC_ID_BAD_CHECK}: when will it ship?")
    assert result.route is Route.CLOUD
    assert not result.decision.sensitive
    assert all(e.type != "PRC_ID" for e in result.decision.entities)


def test_private_answer_streams_token_by_token(engine_config, cloud):
    engine_config["cloud"]["enabled"] = False
    with HybridEngine.from_config(engine_config) as engine:
        chunks = list(engine.stream("Tell me about the weather today.", max_tokens=20))
    deltas = [c for c in chunks if c.result is None]
    result = chunks[-1].result
    assert len(deltas) >= 3
    assert result is not None and result.usage.completion_tokens <= 20
    assert result.usage.prompt_tokens > 0
    assert "".join(c.delta for c in deltas) == result.answer


def test_sync_api_works_inside_a_running_event_loop(engine, cloud):
    """A Jupyter cell runs inside an event loop; chat() and stream() must still work there."""
    async def cell() -> tuple[str, int]:
        result = engine.chat("Hello from a notebook cell.")
        chunks = list(engine.stream("And streaming too."))
        return result.answer, len(chunks)

    answer, count = asyncio.run(cell())
    assert answer.startswith("Echo:") and count >= 2


async def test_async_api(engine, cloud):
    result = await engine.achat([Message("user", "Async hello.")])
    assert result.route is Route.CLOUD and result.answer == "Echo: Async hello."
    chunks = [c async for c in engine.astream("Async stream.", session_id=result.session_id)]
    assert chunks[-1].result is not None and chunks[-1].result.session_id == result.session_id


@pytest.mark.parametrize("bad", ["", "   ", 42, None, [], [{"role": "robot", "content": "x"}],
                                 [{"role": "user", "content": 7}], [{"role": "assistant", "content": "hi"}],
                                 "x" * 40_000])
def test_bad_input_is_rejected_and_nothing_is_stored(engine, cloud, bad):
    engine.chat("Keep this message.", session_id="keep")
    with pytest.raises(InvalidRequestError):
        engine.chat(bad, session_id="keep")
    assert [m.content for m in engine.history("keep")][0] == "Keep this message."
    assert len(engine.history("keep")) == 2
    assert len(cloud.requests) == 1


@pytest.mark.parametrize("params", [{"max_tokens": 0}, {"max_tokens": -3}, {"temperature": 3},
                                    {"top_p": 0}, {"stop": [""]}, {"bogus": 1}, {"seed": 2**70}, {"seed": "7"}])
def test_bad_generation_parameters_are_rejected(engine, params):
    with pytest.raises(InvalidRequestError):
        engine.chat("hello", **params)


def test_history_is_trimmed_to_the_token_budget(engine_config, cloud):
    engine_config["memory"] = {"max_history_tokens": 60}
    with HybridEngine.from_config(engine_config) as engine:
        session = engine.chat("turn 0 " + "filler words " * 10).session_id
        for turn in range(1, 6):
            engine.chat(f"turn {turn} " + "filler words " * 10, session_id=session)
        sent = [m["content"] for m in cloud.requests[-1].json["messages"]]
    assert sent[0].startswith("You are hybridai")      # the system prompt is always kept
    assert sent[-1].startswith("turn 5")
    assert not any(s.startswith("turn 0") for s in sent)  # the oldest turns were dropped
    assert len(engine_history(engine_config, session)) == 12  # everything is still stored


def engine_history(config: dict[str, Any], session_id: str) -> list[Any]:
    with HybridEngine.from_config(config) as engine:
        return engine.history(session_id)


def test_route_and_mask_without_a_model_call(engine, cloud):
    decision = engine.route(f"ID {PRC_ID}")
    assert decision.route is Route.PRIVATE
    assert decision.entities[0].type == "PRC_ID"
    masked = engine.mask(f"Mail {EMAIL} now")
    assert masked.text == "Mail <EMAIL_1> now"
    assert cloud.requests == []


async def test_caller_leaving_mid_stream_keeps_the_partial_answer_marked_interrupted(engine, cloud):
    cloud.state.responder = lambda request: ["First part, ", "second part, ", "third part."]
    stream = engine.astream("Tell me three things.", session_id="leaver")
    first = await stream.__anext__()
    await stream.aclose()

    stored = await engine.ahistory("leaver")
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].interrupted and stored[1].content == first.delta
    assert stored[0].content == "Tell me three things." and not stored[0].interrupted


async def test_completed_answers_are_not_marked_interrupted(engine, cloud):
    await engine.achat("hello", session_id="complete")
    assert not any(m.interrupted for m in await engine.ahistory("complete"))
