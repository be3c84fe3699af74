"""Closed-loop load generator: ``concurrency`` keep-alive connections, each sending its next
request as soon as its previous answer is in, until ``requests`` answers are counted. Every request
has a body of its own (numbered), so a target that caches by content is measured on new content.

Every request is timed from the first byte written to the last byte read. A non-200 answer, a
200 without a chat completion in it, a timeout or a dropped connection is an error: counted by
kind, never silently retried, and its latency left out of the percentiles.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hybridai.bench.http1 import build_request, read_response

BodyCheck = Callable[[bytes], bool]


def is_chat_completion(body: bytes) -> bool:
    # cheap enough to run on every answer; the full answer is checked once per target beforehand
    return b'"chat.completion"' in body and b'"choices"' in body


@dataclass
class LevelRun:
    concurrency: int
    latencies_s: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    elapsed_s: float = 0.0
    loadgen_cpu_s: float = 0.0
    # before/after differences of the probes passed to run_level (target CPU, upstream counters)
    deltas: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    path: str
    body: Callable[[int], bytes]  # the body of the n-th request sent to this endpoint
    headers: dict[str, str]
    sent: Iterator[int] = field(default_factory=itertools.count, compare=False)

    def request(self) -> bytes:
        return build_request("POST", self.host, self.port, self.path, body=self.body(next(self.sent)),
                             headers={"content-type": "application/json", **self.headers})


class _Connection:
    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def ensure_open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.endpoint.host, self.endpoint.port,
                                                                     limit=1 << 20)
        return self.reader, self.writer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _drive(endpoint: Endpoint, concurrency: int, total: int, run: LevelRun, check: BodyCheck,
                 timeout_s: float, connections: list[_Connection]) -> None:
    remaining = total

    async def worker(connection: _Connection) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1  # one event loop: no lock needed
            # connecting is outside the timed span: a keep-alive client pays it once, not per request
            try:
                reader, writer = await connection.ensure_open()
            except OSError as exc:
                run.errors[f"connect:{type(exc).__name__}"] += 1
                await asyncio.sleep(0.05)
                continue
            request = endpoint.request()  # rendered before the timed span
            started = time.perf_counter()
            try:
                async with asyncio.timeout(timeout_s):
                    writer.write(request)
                    response = await read_response(reader)
            except TimeoutError:
                run.errors["timeout"] += 1
                connection.close()
                continue
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
                run.errors[f"connection:{type(exc).__name__}"] += 1
                connection.close()
                continue
            latency = time.perf_counter() - started
            if response.status != 200:
                run.errors[f"http_{response.status}"] += 1
            elif not check(response.body):
                run.errors["not_a_completion"] += 1
            else:
                run.latencies_s.append(latency)
            if not response.keep_alive:
                connection.close()

    await asyncio.gather(*(worker(connection) for connection in connections[:concurrency]))


Probe = Callable[[], float | None]


async def run_level(endpoint: Endpoint, *, concurrency: int, requests: int, warmup: int,
                    probes: dict[str, Probe] | None = None, check: BodyCheck = is_chat_completion,
                    timeout_s: float = 30.0) -> LevelRun:
    """Warm up (connections, caches, lazy imports in the target), then measure ``requests`` answers.
    Each probe is read just before and just after the measured part; the run keeps the differences."""
    probes = probes or {}
    connections = [_Connection(endpoint) for _ in range(concurrency)]
    try:
        if warmup:
            await _drive(endpoint, concurrency, warmup, LevelRun(concurrency), check, timeout_s, connections)
        run = LevelRun(concurrency)
        before = {name: probe() for name, probe in probes.items()}
        loadgen_before = time.process_time()
        started = time.perf_counter()
        await _drive(endpoint, concurrency, requests, run, check, timeout_s, connections)
        run.elapsed_s = time.perf_counter() - started
        run.loadgen_cpu_s = time.process_time() - loadgen_before
        for name, probe in probes.items():
            after, start = probe(), before[name]
            if after is not None and start is not None:
                run.deltas[name] = after - start
        return run
    finally:
        for connection in connections:
            connection.close()
        await asyncio.sleep(0)  # let the transports close before the loop moves on


# -- CPU time of a process tree (Linux /proc; None elsewhere) --------------------------------------
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat_fields(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name is in parentheses and may hold spaces: split after its closing one
    return text[text.rindex(")") + 2:].split()


def process_tree_cpu_s(root: int) -> float | None:
    """User + system CPU seconds of ``root`` and all its live descendants (uvicorn's workers)."""
    if not Path("/proc").is_dir():
        return None
    children: dict[int, list[int]] = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                fields = _stat_fields(int(entry.name))
                if fields:
                    children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        fields = _stat_fields(pid)
        if fields is None:
            continue
        total += (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime
        stack.extend(children.get(pid, ()))
    return total
