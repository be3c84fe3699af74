"""Schemathesis against the live server's own /openapi.json: schema-valid and schema-violating
requests for every operation, none of which may get a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import Server
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from hybridai.testing.openai_server import OpenAIStubServer

EXAMPLES_PER_OPERATION = 30
MODEL = "hybridai"


def _with_model(case: schemathesis.Case, model: str) -> schemathesis.Case:
    """Keep the generated generation parameters, but name our model and end with a real user
    message, so that the request gets past validation into the engine."""
    if isinstance(case.body, dict):
        messages = case.body.get("messages") or [{}]
        first = messages[0].get("content") if isinstance(messages[0], dict) else None
        text = first if isinstance(first, str) else ""
        case.body = {**case.body, "model": model,
                     "messages": [{"role": "user", "content": f"Fuzz: {text[:200]}"}]}
    return case


@pytest.mark.sqlite_only
def test_no_operation_answers_with_a_server_error(server: Server, stub: OpenAIStubServer):
    schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json", timeout=10)
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {f"{op.method.upper()} {op.path}" for op in operations}
    assert {"POST /v1/chat/completions", "GET /v1/models", "GET /v1/conversations",
            "GET /v1/conversations/{session_id}", "DELETE /v1/conversations/{session_id}"} <= labels
    headers = server.keys["a"].headers
    calls: dict[str, int] = {}
    statuses: set[int] = set()
    negative: set[str] = set()
    by_label: dict[str, set[int]] = {}

    def fuzz(operation: schemathesis.APIOperation, mode: GenerationMode, *, our_model: bool = False) -> None:
        label = f"{mode.value} {operation.method.upper()} {operation.path}" + (" (our model)" if our_model else "")
        strategy = operation.as_strategy(generation_mode=mode)
        if our_model:  # past the model check, into the engine: limits, generation parameters, streaming
            strategy = strategy.map(lambda case: _with_model(case, MODEL))

        @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, database=None, deadline=None,
                  phases=[Phase.explicit, Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def check(case: schemathesis.Case) -> None:
            response = case.call_and_validate(base_url=server.base_url, headers=headers, timeout=30,
                                              checks=[not_a_server_error])
            calls[label] = calls.get(label, 0) + 1
            statuses.add(response.status_code)
            by_label.setdefault(label, set()).add(response.status_code)

        check()

    for operation in operations:
        fuzz(operation, GenerationMode.POSITIVE)
        if list(operation.iter_parameters()) or operation.body:  # something a request could get wrong
            fuzz(operation, GenerationMode.NEGATIVE)
            negative.add(operation.label)
        if operation.label == "POST /v1/chat/completions":
            fuzz(operation, GenerationMode.POSITIVE, our_model=True)

    # the run really exercised the API: every operation in both modes, successes and refusals
    assert {"POST /v1/chat/completions", "GET /v1/conversations/{session_id}",
            "DELETE /v1/conversations/{session_id}"} <= negative
    assert len(calls) == len(operations) + len(negative) + 1, calls
    assert 200 in by_label["positive POST /v1/chat/completions (our model)"], by_label
    assert all(count >= 1 for count in calls.values())
    assert sum(calls.values()) >= 10 * len(operations)
    assert 200 in statuses and any(400 <= status < 500 for status in statuses), statuses
    assert max(statuses) < 500
    # and left it healthy
    assert server.query("SELECT COUNT(*) AS n FROM hybridai_server_auditevent WHERE status_code >= 500")[0]["n"] == 0
