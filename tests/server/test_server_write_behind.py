"""Audit events and conversation turns are committed behind the answers (hybridai.server.db):
a session's next turn still sees the previous one, readers see what was answered before them,
and nothing queued is lost when the server is stopped."""

from __future__ import annotations

import json
import signal
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from conftest import Server, launch, wait_for

from hybridai.testing.openai_server import OpenAIStubServer

MODEL = "hybridai"
CHAT = "/v1/chat/completions"


def new_session() -> str:
    return f"wb-{uuid.uuid4().hex[:16]}"


def ask(client: httpx.Client, text: str, session: str | None = None) -> httpx.Response:
    headers = {"X-Session-Id": session} if session else {}
    body = {"model": MODEL, "messages": [{"role": "user", "content": text}]}
    response = client.post(CHAT, headers=headers, json=body)
    assert response.status_code == 200, response.text
    return response


def test_back_to_back_turns_each_see_every_previous_turn(server: Server, stub: OpenAIStubServer):
    session = new_session()
    with server.client(server.keys["a"]) as client:
        for turn in range(6):
            ask(client, f"Turn number {turn} of the planning chat.", session)
            sent = json.dumps(stub.requests[-1].json["messages"])
            assert all(f"Turn number {earlier} of" in sent for earlier in range(turn + 1)), (turn, sent)
        messages = client.get(f"/v1/conversations/{session}").json()["messages"]
    assert [m["content"] for m in messages[::2]] == [f"Turn number {t} of the planning chat." for t in range(6)]


def test_a_server_chosen_session_continues_at_once(server: Server, stub: OpenAIStubServer):
    with server.client(server.keys["a"]) as client:
        session = ask(client, "Remember the word pelican.").headers["x-session-id"]
        ask(client, "Which word did I ask you to remember?", session)
        assert "pelican" in json.dumps(stub.requests[-1].json["messages"])
        listed = {item["session_id"]: item["messages"] for item in client.get("/v1/conversations").json()["data"]}
    assert listed[session] == 4


def test_a_burst_is_fully_stored_even_when_the_server_is_stopped_right_after(server: Server):
    # a second server process on the same database and keys, stopped (SIGTERM) as soon as the burst is answered
    second = replace(server, keys=server.keys, process=None, log_path=None)
    launch(second)
    sessions = [new_session() for _ in range(40)]
    try:
        with ThreadPoolExecutor(max_workers=8) as pool, second.client(second.keys["a"]) as client:
            list(pool.map(lambda s: ask(client, f"Burst hello for {s}", s), sessions))
        assert second.process is not None
        second.process.send_signal(signal.SIGTERM)
        # uvicorn ends with the signal it was stopped by, after its shutdown (where the writer drains)
        assert second.process.wait(timeout=30) in (0, -signal.SIGTERM), second.log()
    finally:
        if second.process is not None and second.process.poll() is None:
            second.process.kill()
    placeholders = ", ".join(["%s"] * len(sessions))
    events = server.audit_events(f"session_id IN ({placeholders})", *sessions)
    assert sorted((e["session_id"], e["status_code"], e["outcome"]) for e in events) == sorted(
        (s, 200, "ok") for s in sessions)
    counts = server.query(
        "SELECT c.session_id AS session_id, COUNT(m.id) AS n FROM hybridai_server_conversation c "
        "JOIN hybridai_server_chatmessage m ON m.conversation_id = c.id "
        f"WHERE c.tenant = %s AND c.session_id IN ({placeholders}) GROUP BY c.session_id",
        server.keys["a"].tenant, *sessions)
    assert {row["session_id"]: row["n"] for row in counts} == {s: 2 for s in sessions}


def test_audit_events_of_a_burst_are_each_committed_once(server: Server):
    sessions = [new_session() for _ in range(30)]
    with ThreadPoolExecutor(max_workers=8) as pool, server.client(server.keys["b"]) as client:
        list(pool.map(lambda s: ask(client, f"Audit hello for {s}", s), sessions))
    placeholders = ", ".join(["%s"] * len(sessions))
    events = wait_for(lambda: (found := server.audit_events(f"session_id IN ({placeholders})", *sessions))
                      and len(found) >= len(sessions) and found, what="the burst's audit events")
    assert sorted(e["session_id"] for e in events) == sorted(sessions)
    assert all(e["tenant"] == server.keys["b"].tenant and e["route"] == "cloud" for e in events)


def test_a_named_sessions_turn_is_in_the_database_when_answered(server: Server):
    # any worker may get the next turn of a session the caller names: no waiting for the writer
    session = new_session()
    with server.client(server.keys["a"]) as client:
        ask(client, "Keep this turn before you answer.", session)
    rows = server.query(
        "SELECT m.role AS role FROM hybridai_server_chatmessage m JOIN hybridai_server_conversation c "
        "ON m.conversation_id = c.id WHERE c.tenant = %s AND c.session_id = %s ORDER BY m.id",
        server.keys["a"].tenant, session)
    assert [row["role"] for row in rows] == ["user", "assistant"]


def _thread_nice_values(pid: int) -> list[int]:
    """Nice value of every thread of ``pid`` and of its child processes (Linux /proc)."""
    values, pids = [], [pid]
    while pids:
        current = pids.pop()
        for task in Path(f"/proc/{current}/task").iterdir():
            stat = (task / "stat").read_text()
            values.append(int(stat[stat.rindex(")") + 2:].split()[16]))  # field 19: nice
            pids += [int(child) for child in (task / "children").read_text().split()]
    return values


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="per-thread priorities are read from Linux /proc")
def test_the_writer_thread_runs_at_a_lower_priority_than_the_requests(server: Server):
    # the requests' thread keeps the default priority; the writer (started by the first write) yields to it
    with server.client(server.keys["a"]) as client:
        ask(client, "A turn that starts the writer.", new_session())
    assert server.process is not None
    nice_values = _thread_nice_values(server.process.pid)
    assert 0 in nice_values and 10 in nice_values, nice_values
