"""Just enough HTTP/1.1 for the benchmark's load generator and upstream: keep-alive, Content-Length
and chunked bodies. Deliberately minimal: a general-purpose client (httpx) spends more CPU per
request than the proxies under test do at concurrency 16 and 64, and would measure itself."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    keep_alive: bool


def build_request(method: str, host: str, port: int, path: str, *, body: bytes = b"",
                  headers: dict[str, str] | None = None) -> bytes:
    """Render a request once; the load generator sends the same bytes every time."""
    lines = [f"{method} {path} HTTP/1.1", f"host: {host}:{port}", "accept: */*"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"content-length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts = []
    while True:
        size = int((await reader.readline()).split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readline()


async def read_response(reader: asyncio.StreamReader) -> Response:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status_line = lines[0].split(b" ", 2)
    if len(status_line) < 2 or not status_line[0].startswith(b"HTTP/1."):
        raise ConnectionError(f"not an HTTP/1.x response: {lines[0][:80]!r}")
    status = int(status_line[1])
    length: int | None = None
    chunked = False
    keep_alive = status_line[0] == b"HTTP/1.1"
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            keep_alive = b"close" not in value.lower()
    if chunked:
        body = await read_chunked(reader)
    elif length is not None:
        body = await reader.readexactly(length)
    elif status in (204, 304) or 100 <= status < 200:
        body = b""
    else:  # no framing: the body ends with the connection
        body = await reader.read()
        keep_alive = False
    return Response(status, body, keep_alive)
