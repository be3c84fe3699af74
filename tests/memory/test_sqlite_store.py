"""The SQLite conversation store (isolation, atomic appends, persistence) and history trimming."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from hybridai.errors import InvalidRequestError, StoreError
from hybridai.memory.base import StoredMessage, trim_history
from hybridai.memory.sqlite import SCHEMA, SQLiteConversationStore
from hybridai.types import Message


@pytest.fixture
def store(tmp_path: Path) -> SQLiteConversationStore:
    return SQLiteConversationStore(tmp_path / "c.sqlite3")


def user(text: str) -> StoredMessage:
    return StoredMessage("user", text)


def answer(text: str, route: str = "cloud", backend: str = "cloud:openai") -> StoredMessage:
    return StoredMessage("assistant", text, route=route, backend=backend, prompt_tokens=12, completion_tokens=5)


async def contents(store: SQLiteConversationStore, tenant: str, session_id: str) -> list[str]:
    return [m.content for m in await store.load(tenant, session_id)]


# -- round trips ------------------------------------------------------------------------------------


async def test_append_then_load_round_trips_every_field(store: SQLiteConversationStore) -> None:
    before = time.time()
    await store.append("acme", "s1", [StoredMessage("system", "Be brief."), user("Hi 你好"),
                                      answer("Hello!", route="private", backend="private:transformers")])

    loaded = await store.load("acme", "s1")
    assert [(m.role, m.content, m.route, m.backend, m.prompt_tokens, m.completion_tokens) for m in loaded] == [
        ("system", "Be brief.", None, None, 0, 0),
        ("user", "Hi 你好", None, None, 0, 0),
        ("assistant", "Hello!", "private", "private:transformers", 12, 5),
    ]
    assert all(before <= m.created_at <= time.time() for m in loaded)
    assert [m.to_message() for m in loaded][1] == Message("user", "Hi 你好")


async def test_appends_accumulate_in_order(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("q1"), answer("a1")])
    await store.append("acme", "s1", [user("q2"), answer("a2")])

    assert await contents(store, "acme", "s1") == ["q1", "a1", "q2", "a2"]


async def test_explicit_created_at_is_kept(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [StoredMessage("user", "old", created_at=1_600_000_000.5)])

    [loaded] = await store.load("acme", "s1")
    assert loaded.created_at == 1_600_000_000.5


async def test_state_round_trips_as_json(store: SQLiteConversationStore) -> None:
    state = {"vault": {"entries": [["EMAIL", "a@b.cn", "<EMAIL_1>"]], "counters": {"EMAIL": 1}},
             "note": "机密", "n": 3, "flag": True, "nothing": None}
    await store.append("acme", "s1", [user("q")], state=state)

    assert await store.load_state("acme", "s1") == state


async def test_append_without_state_keeps_the_state(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("q1")], state={"turn": 1})
    await store.append("acme", "s1", [answer("a1")])

    assert await store.load_state("acme", "s1") == {"turn": 1}


async def test_append_with_state_replaces_it(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("q1")], state={"turn": 1, "old": True})
    await store.append("acme", "s1", [user("q2")], state={"turn": 2})

    assert await store.load_state("acme", "s1") == {"turn": 2}


async def test_unknown_conversation_is_empty(store: SQLiteConversationStore) -> None:
    assert await store.load("acme", "nope") == []
    assert await store.load_state("acme", "nope") == {}
    assert await store.list_sessions("acme") == []
    assert await store.delete("acme", "nope") is False


# -- isolation --------------------------------------------------------------------------------------


async def test_same_session_id_under_two_tenants_is_two_conversations(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("acme secret")], state={"owner": "acme"})
    await store.append("globex", "s1", [user("globex secret")], state={"owner": "globex"})

    assert await contents(store, "acme", "s1") == ["acme secret"]
    assert await contents(store, "globex", "s1") == ["globex secret"]
    assert await store.load_state("acme", "s1") == {"owner": "acme"}
    assert await store.load_state("globex", "s1") == {"owner": "globex"}


async def test_two_sessions_of_one_tenant_are_separate(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("first")], state={"s": 1})
    await store.append("acme", "s2", [user("second")], state={"s": 2})

    assert await contents(store, "acme", "s1") == ["first"]
    assert await contents(store, "acme", "s2") == ["second"]
    assert await store.load_state("acme", "s2") == {"s": 2}


async def test_list_sessions_is_per_tenant(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("q")])
    await store.append("acme", "s2", [user("q")])
    await store.append("globex", "s3", [user("q")])
    await store.append("acme", "s1", [user("newest")])

    assert await store.list_sessions("acme") == ["s1", "s2"]  # most recently updated first
    assert await store.list_sessions("globex") == ["s3"]
    assert await store.list_sessions("initech") == []


async def test_delete_removes_only_that_conversation(store: SQLiteConversationStore) -> None:
    for tenant, session_id in [("acme", "s1"), ("acme", "s2"), ("globex", "s1")]:
        await store.append(tenant, session_id, [user(f"{tenant}/{session_id}")], state={"k": session_id})

    assert await store.delete("acme", "s1") is True

    assert await store.load("acme", "s1") == []
    assert await store.load_state("acme", "s1") == {}
    assert await store.list_sessions("acme") == ["s2"]
    assert await contents(store, "acme", "s2") == ["acme/s2"]
    assert await contents(store, "globex", "s1") == ["globex/s1"]
    assert await store.delete("acme", "s1") is False


async def test_deleted_session_id_starts_fresh(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("old")], state={"old": True})
    await store.delete("acme", "s1")
    await store.append("acme", "s1", [user("new")])

    assert await contents(store, "acme", "s1") == ["new"]
    assert await store.load_state("acme", "s1") == {}


# -- failures ---------------------------------------------------------------------------------------


async def test_failed_append_stores_nothing_of_its_batch(store: SQLiteConversationStore) -> None:
    await store.append("acme", "s1", [user("q1"), answer("a1")], state={"turn": 1})

    batch = [user("q2"), StoredMessage("robot", "beep"), answer("a2")]
    with pytest.raises(StoreError):
        await store.append("acme", "s1", batch, state={"turn": 2})

    assert await contents(store, "acme", "s1") == ["q1", "a1"]
    assert await store.load_state("acme", "s1") == {"turn": 1}
    await store.append("acme", "s1", [user("q2")])  # the store still works
    assert await contents(store, "acme", "s1") == ["q1", "a1", "q2"]


async def test_failed_first_append_creates_no_session(store: SQLiteConversationStore) -> None:
    with pytest.raises(StoreError):
        await store.append("acme", "new", [user("q"), StoredMessage("robot", "beep")], state={"x": 1})

    assert await store.list_sessions("acme") == []
    assert await store.load_state("acme", "new") == {}


@pytest.mark.parametrize("bad_id", ["", " ", "a b", "../x", "a/b", "x" * 129, "abc\n", "\nabc", "-x", "é", None])
@pytest.mark.parametrize("field", ["tenant", "session_id"])
async def test_invalid_ids_are_rejected(store: SQLiteConversationStore, field: str, bad_id: str) -> None:
    ids = {"tenant": "acme", "session_id": "s1", field: bad_id}
    calls = [store.load(ids["tenant"], ids["session_id"]), store.load_state(ids["tenant"], ids["session_id"]),
             store.append(ids["tenant"], ids["session_id"], [user("q")]),
             store.delete(ids["tenant"], ids["session_id"])]
    if field == "tenant":
        calls.append(store.list_sessions(bad_id))
    for call in calls:
        with pytest.raises(InvalidRequestError):
            await call
    assert await store.list_sessions("acme") == []


@pytest.mark.parametrize("good_id", ["a", "x" * 128, "user@example.com", "tenant-1_a.b:c", "0"])
async def test_valid_ids_are_accepted(store: SQLiteConversationStore, good_id: str) -> None:
    await store.append(good_id, good_id, [user("q")])

    assert await contents(store, good_id, good_id) == ["q"]


def test_unusable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")

    with pytest.raises(StoreError, match="cannot open"):
        SQLiteConversationStore(blocker / "c.sqlite3")


# -- persistence and concurrency --------------------------------------------------------------------


async def test_data_persists_across_store_instances(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    await SQLiteConversationStore(path).append("acme", "s1", [user("q"), answer("a")], state={"k": [1, 2]})

    reopened = SQLiteConversationStore(path)
    assert await contents(reopened, "acme", "s1") == ["q", "a"]
    assert await reopened.load_state("acme", "s1") == {"k": [1, 2]}
    assert await reopened.list_sessions("acme") == ["s1"]


async def test_concurrent_appends_all_land_as_whole_batches(store: SQLiteConversationStore) -> None:
    tasks, per_batch = 16, 4

    async def writer(n: int) -> None:
        await store.append("acme", "shared", [user(f"{n}:{i}") for i in range(per_batch)])
        await store.append("acme", f"own-{n}", [user(f"{n}")])

    await asyncio.gather(*(writer(n) for n in range(tasks)))

    shared = await contents(store, "acme", "shared")
    assert sorted(shared) == sorted(f"{n}:{i}" for n in range(tasks) for i in range(per_batch))
    batches = [shared[i:i + per_batch] for i in range(0, len(shared), per_batch)]
    assert all(len({m.split(":")[0] for m in batch}) == 1 for batch in batches)  # no interleaving
    assert len(await store.list_sessions("acme")) == tasks + 1


# -- trim_history -----------------------------------------------------------------------------------


def words(text: str) -> int:
    return len(text.split())


SYSTEM = Message("system", "be brief")  # 2 tokens
HISTORY = [
    SYSTEM,
    Message("user", "one two"), Message("assistant", "three four five"),          # turn 1: 5 tokens
    Message("user", "six"), Message("assistant", "seven eight"),                   # turn 2: 3 tokens
    Message("user", "nine ten eleven"), Message("assistant", "twelve"),           # turn 3: 4 tokens
]


@pytest.mark.parametrize(("budget", "kept_turns"), [
    (100, 3), (14, 3), (13, 2), (9, 2), (8, 1), (6, 1), (5, 0), (2, 0), (0, 0),
])
def test_trim_keeps_system_and_the_newest_whole_turns(budget: int, kept_turns: int) -> None:
    trimmed = trim_history(HISTORY, budget, words)

    newest = HISTORY[len(HISTORY) - 2 * kept_turns:] if kept_turns else []
    assert trimmed == [SYSTEM, *newest]


def test_trim_never_keeps_an_answer_without_its_question() -> None:
    history = [Message("user", "short"), Message("assistant", "a b c d e f g h i j")]

    assert trim_history(history, 10, words) == []  # the answer alone would fit; the turn does not
    assert trim_history(history, 11, words) == history


def test_trim_keeps_a_multi_message_turn_together() -> None:
    history = [Message("user", "q1"), Message("assistant", "a1"),
               Message("user", "q2"), Message("assistant", "a2 part one"), Message("assistant", "a2 part two")]

    assert trim_history(history, 7, words) == history[2:]
    assert trim_history(history, 6, words) == []


def test_trim_stops_at_the_first_turn_that_does_not_fit() -> None:
    history = [Message("user", "tiny"), Message("user", "a b c d e f"), Message("user", "new")]

    assert trim_history(history, 3, words) == [Message("user", "new")]


def test_trim_keeps_system_messages_even_over_budget() -> None:
    system = [Message("system", "a long system prompt here"), Message("system", "second rule")]

    assert trim_history([system[0], Message("user", "hi"), system[1]], 1, words) == system


def test_trim_of_empty_history_is_empty() -> None:
    assert trim_history([], 10, words) == []


async def test_database_from_before_the_interrupted_column_is_upgraded_in_place(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    old_schema = SCHEMA.replace("    interrupted       INTEGER NOT NULL DEFAULT 0,\n", "")
    assert "interrupted" not in old_schema
    with sqlite3.connect(path) as conn:
        conn.executescript(old_schema)
        conn.execute("INSERT INTO sessions VALUES ('t', 's', 0, 0, '{}')")
        conn.execute("INSERT INTO messages (tenant, session_id, role, content, created_at) "
                     "VALUES ('t', 's', 'user', 'kept from before', 1.0)")
    store = SQLiteConversationStore(path)
    await store.append("t", "s", [StoredMessage("assistant", "partial", interrupted=True)])
    loaded = await store.load("t", "s")
    assert [(m.content, m.interrupted) for m in loaded] == [("kept from before", False), ("partial", True)]
