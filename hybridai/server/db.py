"""Database access of the server, off the event loop and off the request path.

Reads run on a small pool of threads of our own (:func:`run`), each keeping one persistent
connection, instead of Django's per-request thread (asgiref's ``ThreadSensitiveContext`` starts,
and joins, a new thread for every request that touches the ORM from async code).

Writes (audit events, conversation turns) are *write-behind* (:class:`Writer`): requests enqueue
them and go on; one thread commits whatever has queued up in one transaction per batch, so a
busy server pays a few statements per batch instead of several per request. Guarantees:

* nothing is dropped for a transient database failure: the batch is retried with backoff until
  it commits (a row the database refuses outright, e.g. an integrity error, is logged and
  skipped after being retried on its own);
* readers wait for what they must see (:meth:`Writer.wait`, :meth:`Writer.flush`): the next
  request of a session waits for that session's previous turn to commit, and the conversation
  endpoints wait for every write queued before them. The writer gathers writes for up to
  ``gather_s`` (``server.write_behind_s``, default 0.5 s) before it commits, except when a
  reader is waiting: then at once;
* the queue is drained when the server shuts down (the ASGI lifespan's shutdown, see
  :mod:`hybridai.server.asgi`) or the process exits (``atexit``). A process killed with SIGKILL
  loses what was queued and not yet committed: at most about ``gather_s`` worth.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
    transaction,
)
from django.db.models import Model

from hybridai.errors import StoreError
from hybridai.memory.base import StoredMessage

logger = logging.getLogger("hybridai.server")
T = TypeVar("T")

# Enough threads for the conversation endpoints and key lookups; each holds one connection.
_READERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hybridai-db")


def _fresh(fn: Callable[..., T], *args: Any) -> T:
    close_old_connections()  # drop a connection that broke or outlived CONN_MAX_AGE, as Django does per request
    return fn(*args)


async def run(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on a database thread; its connection persists for the next call."""
    return await asyncio.get_running_loop().run_in_executor(_READERS, functools.partial(_fresh, fn, *args))


# -- write-behind -------------------------------------------------------------------------------
@dataclass
class _Op:
    seq: int = field(init=False, default=0)  # queue order, set by Writer._put


@dataclass
class _Audit(_Op):
    row: tuple[Any, ...]  # query parameters of the event's INSERT (see Rows)


@dataclass
class _Append(_Op):
    tenant: str
    session_id: str
    message_rows: list[tuple[Any, ...]]  # each message's INSERT parameters after its conversation id
    state: dict[str, Any] | None


_STOP = object()
_CHUNK_WRITES = 32  # writes per chunk of a batch (see Writer._write): about 1 ms of work
_CHUNK_PAUSE_S = 0.001
_TRANSIENT = (OperationalError, InterfaceError)


class Writer:
    """One thread committing queued audit events and conversation turns in batches.

    Every write gets a sequence number; batches commit in queue order, so "write n is in the
    database" is ``committed >= n``. Readers wait for a number (:meth:`wait`); only they cost a
    wake-up of their event loop, a write nobody waits for costs none."""

    def __init__(self, *, max_batch: int = 256, gather_s: float = 0.05, max_backoff_s: float = 5.0) -> None:
        self.max_batch = max_batch
        self.gather_s = gather_s
        self.max_backoff_s = max_backoff_s
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._hurry = threading.Event()  # someone waits for a commit: stop gathering
        self._lock = threading.Lock()  # guards _queued, _committed, _waiters, _refused
        self._queued = 0
        self._committed = 0
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._refused: dict[int, StoreError] = {}  # writes the database refused, until asked for
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="hybridai-writer", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    # -- called from the event loop ----------------------------------------------------------
    # Values are turned into query parameters here, when queued, rather than in the writer: the
    # work is the same, but spread evenly over the requests instead of stalling the event loop for
    # a whole batch at once (the writer thread shares the worker's core and the GIL).
    def audit(self, **fields: Any) -> int:
        fields.setdefault("created_at", datetime.now(UTC))
        return self._put(_Audit(_audit_rows().prepare(fields)))

    def append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
               state: dict[str, Any] | None) -> int:
        """Queue one turn; returns its sequence number (see :meth:`wait`)."""
        now = time.time()  # the time of the request, not of the commit
        rows = _message_rows()
        prepared = [rows.prepare(
            {"role": m.role, "content": m.content, "route": m.route, "backend": m.backend,
             "prompt_tokens": m.prompt_tokens, "completion_tokens": m.completion_tokens,
             "interrupted": m.interrupted, "created_at": datetime.fromtimestamp(m.created_at or now, UTC)})
            for m in messages]
        return self._put(_Append(tenant, session_id, prepared, state))

    def committed(self, seq: int) -> bool:
        return self._committed >= seq

    async def wait(self, seq: int) -> None:
        """Return once write ``seq`` (and every write before it) is committed or refused."""
        if self._committed >= seq:
            return
        future = asyncio.get_running_loop().create_future()
        with self._lock:
            if self._committed >= seq:
                return
            self._waiters.append((seq, future))
        self._hurry.set()  # commit now rather than after gathering more
        await asyncio.shield(future)

    def refused(self, seq: int) -> StoreError | None:
        """Why the database refused turn ``seq``, once (None if it was committed)."""
        with self._lock:
            return self._refused.pop(seq, None)

    async def flush(self) -> None:
        """Return once everything queued before this call is committed (or refused)."""
        await self.wait(self._queued)

    def _put(self, op: _Op) -> int:
        if self._closed:
            raise StoreError("the server is shutting down: the database writer is closed")
        with self._lock:  # numbered and queued together, so the queue is in number order
            self._queued += 1
            op.seq = self._queued
            self._queue.put(op)
        return op.seq

    def close(self, timeout_s: float = 30.0) -> None:
        """Commit what is queued and stop the thread (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            logger.error("database writer: %d queued writes not committed after %.0f s at shutdown",
                         self._queue.qsize(), timeout_s)

    # -- the writer thread -------------------------------------------------------------------
    def _loop(self) -> None:
        # A lower CPU priority for this thread alone (Linux: nice is per thread). It shares the worker's core, and
        # at the same priority each batch's chunks held up the requests arriving meanwhile: at concurrency 1 most
        # of the p99 was requests landing in a commit every write_behind_s (measured with 4,000 requests: p99
        # 5.2–7.4 ms at nice 0, 4.4–4.7 ms at nice 10 or 19). Nice 10, not 19: under saturation the writer still
        # gets ~10 % of the core, twice what its share of the work needs, so its queue cannot grow without bound.
        with contextlib.suppress(OSError, AttributeError):  # elsewhere: no per-thread priority, left as it is
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            # let writes pile up a moment (fewer, larger transactions), unless a reader is waiting
            if self.gather_s and self._hurry.wait(self.gather_s):
                self._hurry.clear()
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stopping = any(op is _STOP for op in batch)
            ops = [op for op in batch if op is not _STOP]
            if ops:
                self._commit(ops)
                self._done(ops[-1].seq)
        close_old_connections()

    def _done(self, seq: int) -> None:
        with self._lock:
            self._committed = seq
            ready = [future for waited, future in self._waiters if waited <= seq]
            if ready:
                self._waiters = [(waited, future) for waited, future in self._waiters if waited > seq]
        by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
        for future in ready:
            by_loop.setdefault(future.get_loop(), []).append(future)
        for loop, futures in by_loop.items():  # one wake-up per loop and batch
            with contextlib.suppress(RuntimeError):  # that loop has closed: nobody waits any more
                loop.call_soon_threadsafe(_set_all, futures)

    def _commit(self, ops: list[_Op]) -> None:
        backoff = 0.05
        while True:
            try:
                self._write(ops)
            except _TRANSIENT as exc:
                # database unreachable or locked: keep every row and try again
                logger.warning("database writer: %d writes not committed yet (%s); retrying in %.2f s",
                               len(ops), exc, backoff)
                time.sleep(backoff)
                backoff = min(2 * backoff, self.max_backoff_s)
                continue
            except DatabaseError:
                self._commit_one_by_one(ops)
            return

    def _commit_one_by_one(self, ops: list[_Op]) -> None:
        """A batch the database refused: find the refused row(s), commit all the others."""
        for op in ops:
            for attempt in range(3):
                try:
                    self._write([op])
                except IntegrityError as exc:  # e.g. another process created the same conversation meanwhile
                    if attempt == 2:
                        self._refuse(op, exc)
                    continue
                except _TRANSIENT as exc:
                    logger.warning("database writer: retrying after %s", exc)
                    time.sleep(0.1)
                    continue
                except DatabaseError as exc:
                    self._refuse(op, exc)
                break

    def _refuse(self, op: _Op, exc: Exception) -> None:
        logger.error("database writer: the database refused a write (%s: %s): %r", type(exc).__name__, exc, op)
        if isinstance(op, _Append):  # a session's next request must not go on without this turn
            with self._lock:
                self._refused[op.seq] = StoreError(f"conversation database error: {exc}")

    @staticmethod
    def _write(ops: list[_Op]) -> None:
        """One transaction, written a chunk of writes at a time with a pause between chunks: the
        writer thread shares the worker's core, and a batch written in one go would hold up the
        requests being answered meanwhile by its whole duration (a tail-latency spike every batch)
        rather than by a chunk's. Chunks go in queue order, so a session's turns stay ordered."""
        close_old_connections()
        with transaction.atomic():
            for start in range(0, len(ops), _CHUNK_WRITES):
                if start:
                    time.sleep(_CHUNK_PAUSE_S)
                chunk = ops[start:start + _CHUNK_WRITES]
                appends = [op for op in chunk if isinstance(op, _Append)]
                if appends:
                    _write_turns(appends)
                _audit_rows().insert([op.row for op in chunk if isinstance(op, _Audit)])


def _write_turns(appends: list[_Append]) -> None:
    """Every turn of the batch in a few statements: conversations found or created, states
    updated, messages inserted in queue order."""
    from hybridai.server.models import Conversation

    keys = {(op.tenant, op.session_id) for op in appends}
    states: dict[tuple[str, str], dict[str, Any]] = {}
    for op in appends:
        if op.state is not None:
            states[(op.tenant, op.session_id)] = op.state  # the newest state wins, as appends are ordered

    def ids_of(sessions: set[str]) -> dict[tuple[str, str], int]:
        rows = Conversation.objects.select_for_update().filter(session_id__in=sessions)
        return {(tenant, session): pk for pk, tenant, session in rows.values_list("id", "tenant", "session_id")
                if (tenant, session) in keys}

    ids = ids_of({session for _, session in keys})
    now = datetime.now(UTC)
    existing = [Conversation(id=ids[key], state=states[key], updated_at=now) for key in ids if key in states]
    if existing:
        Conversation.objects.bulk_update(existing, ["state", "updated_at"])
    Conversation.objects.filter(id__in=[ids[key] for key in ids if key not in states]).update(updated_at=now)
    missing = keys - ids.keys()
    if missing:  # an IntegrityError here: another process created one of them meanwhile (retried one by one)
        conversations = Rows(Conversation)
        conversations.insert([conversations.prepare({"tenant": tenant, "session_id": session,
                                                     "state": states.get((tenant, session), {}),
                                                     "created_at": now, "updated_at": now})
                              for tenant, session in missing])
        ids.update(ids_of({session for _, session in missing}))
    _message_rows().insert([(ids[(op.tenant, op.session_id)], *row) for op in appends for row in op.message_rows])


# Field types whose value goes to the database as it is when it already has the database's type:
# the ORM's adaptation would only call through several layers to return the same object.
_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("CharField", "TextField"), (str,)),
    **dict.fromkeys(("IntegerField", "BigIntegerField", "SmallIntegerField", "PositiveIntegerField",
                     "PositiveSmallIntegerField", "PositiveBigIntegerField", "ForeignKey"), (int,)),
    "BooleanField": (bool,),
    "FloatField": (float, int),
}


class Rows:
    """``executemany`` INSERTs of one model, by field attname (a missing field gets its default),
    each value adapted for the database as the ORM would adapt it. Several times cheaper per row
    than ``bulk_create``, which builds and updates a model instance per row; ids are not returned.

    ``filled_later`` names leading columns whose values are known only when the rows are written
    (a message's conversation id): :meth:`prepare` leaves them out, :meth:`insert` expects them
    first in each row."""

    def __init__(self, model: type[Model], filled_later: Sequence[str] = ()) -> None:
        fields = {f.attname: f for f in model._meta.concrete_fields if not f.primary_key}
        self.fields = [fields.pop(name) for name in filled_later] + list(fields.values())
        # (attname, field, the value types passed as they are, whether it is a datetime column)
        self.plan = [(f.attname, f, _PLAIN_TYPES.get(f.get_internal_type(), ()),
                      f.get_internal_type() == "DateTimeField") for f in self.fields[len(filled_later):]]
        # A wrapper of our own, never connected, for its adapters: ``connections[...]`` on the
        # event loop would build a new wrapper for every request (asgiref keeps one per task).
        self._adapting = connections.create_connection(DEFAULT_DB_ALIAS)
        quote = self._adapting.ops.quote_name
        self.sql = (f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in self.fields)}) "
                    f"VALUES ({', '.join(['%s'] * len(self.fields))})")

    def prepare(self, row: dict[str, Any]) -> tuple[Any, ...]:
        """The query parameters of ``row`` (without the ``filled_later`` columns). A tuple: one of
        plain values is not tracked by the garbage collector, and queued rows live long enough to
        reach its older generations, whose collections would otherwise rescan them."""
        conn = self._adapting  # adapters read the backend's conventions, never its connection
        params = []
        for name, model_field, plain, is_datetime in self.plan:
            value = row[name] if name in row else model_field.get_default()
            if value is None and model_field.null or type(value) in plain:
                pass
            elif is_datetime and type(value) is datetime and value.tzinfo is not None:
                value = conn.ops.adapt_datetimefield_value(value)  # what get_db_prep_save ends in, minus its checks
            else:
                value = model_field.get_db_prep_save(value, conn)
            params.append(value)
        return tuple(params)

    def insert(self, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
                cursor.executemany(self.sql, rows)


@functools.cache
def _audit_rows() -> Rows:
    from hybridai.server.models import AuditEvent

    return Rows(AuditEvent)


@functools.cache
def _message_rows() -> Rows:
    from hybridai.server.models import ChatMessage

    return Rows(ChatMessage, filled_later=("conversation_id",))


def _set_all(futures: list[asyncio.Future[None]]) -> None:
    for future in futures:
        if not future.done():
            future.set_result(None)
