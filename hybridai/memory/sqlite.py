"""SQLite conversation store: the embedded default, one file under the data dir.

Each call opens its own short-lived connection in a worker thread (sqlite3 connections are not
shared across threads); WAL mode lets readers run beside a writer.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hybridai.errors import StoreError
from hybridai.memory.base import StoredMessage, check_id

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    tenant      TEXT NOT NULL,
    session_id  TEXT NOT NULL,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    state_json  TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant, session_id)
);
CREATE TABLE IF NOT EXISTS messages (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant            TEXT NOT NULL,
    session_id        TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content           TEXT NOT NULL,
    route             TEXT,
    backend           TEXT,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    created_at        REAL NOT NULL,
    interrupted       INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant, session_id) REFERENCES sessions (tenant, session_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS messages_by_session ON messages (tenant, session_id, id);
"""


# Columns added after the first release, for databases created before them: (table, column, DDL).
ADDED_COLUMNS = [
    ("messages", "interrupted", "ALTER TABLE messages ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0"),
]


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring an older database up to SCHEMA, keeping every row."""
    for table, column, ddl in ADDED_COLUMNS:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            conn.execute(ddl)


class SQLiteConversationStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(SCHEMA)
                _upgrade(conn)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open conversation database {self.path}: {exc}") from exc

    @classmethod
    def from_settings(cls, settings: Any) -> SQLiteConversationStore:
        return cls(settings.memory_path)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)  # explicit transactions
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            yield conn
        finally:
            conn.close()

    async def _run(self, fn: Any, *args: Any) -> Any:
        try:
            return await asyncio.to_thread(fn, *args)
        except sqlite3.Error as exc:
            raise StoreError(f"conversation database error ({self.path}): {exc}") from exc

    # -- reads ---------------------------------------------------------------------------------
    def _load(self, tenant: str, session_id: str) -> list[StoredMessage]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT role, content, route, backend, prompt_tokens, completion_tokens, created_at, interrupted "
                "FROM messages WHERE tenant = ? AND session_id = ? ORDER BY id", (tenant, session_id)).fetchall()
        return [StoredMessage(*row[:-1], interrupted=bool(row[-1])) for row in rows]

    async def load(self, tenant: str, session_id: str) -> list[StoredMessage]:
        return await self._run(self._load, check_id("tenant", tenant), check_id("session id", session_id))

    def _load_state(self, tenant: str, session_id: str) -> dict[str, Any]:
        with self._connect() as conn:
            row = conn.execute("SELECT state_json FROM sessions WHERE tenant = ? AND session_id = ?",
                               (tenant, session_id)).fetchone()
        return json.loads(row[0]) if row else {}

    async def load_state(self, tenant: str, session_id: str) -> dict[str, Any]:
        return await self._run(self._load_state, check_id("tenant", tenant), check_id("session id", session_id))

    def _list_sessions(self, tenant: str) -> list[str]:
        with self._connect() as conn:
            rows = conn.execute("SELECT session_id FROM sessions WHERE tenant = ? ORDER BY updated_at DESC",
                                (tenant,)).fetchall()
        return [row[0] for row in rows]

    async def list_sessions(self, tenant: str) -> list[str]:
        return await self._run(self._list_sessions, check_id("tenant", tenant))

    # -- writes --------------------------------------------------------------------------------
    def _append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
                state: dict[str, Any] | None) -> None:
        now = time.time()
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO sessions (tenant, session_id, created_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (tenant, session_id) DO UPDATE SET updated_at = excluded.updated_at",
                (tenant, session_id, now, now))
            if state is not None:
                conn.execute("UPDATE sessions SET state_json = ? WHERE tenant = ? AND session_id = ?",
                             (json.dumps(state, ensure_ascii=False), tenant, session_id))
            conn.executemany(
                "INSERT INTO messages (tenant, session_id, role, content, route, backend, prompt_tokens, "
                "completion_tokens, created_at, interrupted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(tenant, session_id, m.role, m.content, m.route, m.backend, m.prompt_tokens,
                  m.completion_tokens, m.created_at or now, int(m.interrupted)) for m in messages])
            conn.execute("COMMIT")

    async def append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
                     state: dict[str, Any] | None = None) -> None:
        await self._run(self._append, check_id("tenant", tenant), check_id("session id", session_id),
                        list(messages), state)

    def _delete(self, tenant: str, session_id: str) -> bool:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM messages WHERE tenant = ? AND session_id = ?", (tenant, session_id))
            cursor = conn.execute("DELETE FROM sessions WHERE tenant = ? AND session_id = ?", (tenant, session_id))
            conn.execute("COMMIT")
        return cursor.rowcount > 0

    async def delete(self, tenant: str, session_id: str) -> bool:
        return await self._run(self._delete, check_id("tenant", tenant), check_id("session id", session_id))

    async def aclose(self) -> None:
        """Nothing to release: connections live only for the duration of a call."""
