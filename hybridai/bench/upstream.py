"""An OpenAI-compatible upstream that answers instantly, for latency benchmarks.

Raw asyncio HTTP/1.1 with keep-alive and pre-rendered answers, so that it costs as little CPU per
request as possible and whatever latency a proxy adds is the proxy's own. It answers every POST
with one fixed chat completion (or the same completion as SSE when the body asks for
``"stream": true``), ``GET /bench/stats`` with its connection and request counts, and every other
GET with a model list. Run it in its own process::

    python -m hybridai.bench.upstream --port 0 --port-file /tmp/port

Only 127.0.0.1 is ever bound.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import time
from pathlib import Path

from hybridai.bench.http1 import read_chunked

HOST = "127.0.0.1"
MODEL = "bench-upstream"
ANSWER = "Sure, here is a short answer."
PROMPT_TOKENS, COMPLETION_TOKENS = 12, 8
MAX_HEADER_BYTES = 64 * 1024


def _completion() -> bytes:
    body = {
        "id": "chatcmpl-bench", "object": "chat.completion", "created": int(time.time()), "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "logprobs": None,
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": COMPLETION_TOKENS,
                  "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS},
    }
    return json.dumps(body, separators=(",", ":")).encode()


def _stream() -> bytes:
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": int(time.time()), "model": MODEL}

    def event(delta: dict[str, str], finish_reason: str | None = None, usage: dict[str, int] | None = None,
              ) -> str:
        choices = [] if usage else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
        return "data: " + json.dumps({**base, "choices": choices, "usage": usage}, separators=(",", ":")) + "\n\n"

    words = ANSWER.split(" ")
    parts = [event({"role": "assistant", "content": ""})]
    parts += [event({"content": word if i == 0 else " " + word}) for i, word in enumerate(words)]
    parts.append(event({}, "stop"))
    parts.append(event({}, usage={"prompt_tokens": PROMPT_TOKENS, "completion_tokens": COMPLETION_TOKENS,
                                  "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS}))
    parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def _response(content_type: str, body: bytes) -> bytes:
    head = (f"HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n"
            "connection: keep-alive\r\n\r\n")
    return head.encode() + body


# Rendered once: the upstream does no per-request work beyond reading the request.
JSON_RESPONSE = _response("application/json", _completion())
SSE_RESPONSE = _response("text/event-stream", _stream())
MODELS_RESPONSE = _response("application/json", json.dumps(
    {"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "bench"}]}).encode())
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


class Counts:
    """Connections that carried chat requests, and requests answered; served at GET /bench/stats.
    A proxy that opens a new upstream connection per request (no keep-alive reuse) shows up here."""

    connections = 0
    requests = 0


def _stats_response() -> bytes:
    body = json.dumps({"connections": Counts.connections, "requests": Counts.requests}).encode()
    return _response("application/json", body)


def _wants_stream(body: bytes) -> bool:
    # Cheaper than parsing the JSON, and the body is ours or a proxy's: both write one of these two.
    return b'"stream":true' in body or b'"stream": true' in body


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    counted = False  # count connections that carry chat requests, not the stats reads themselves
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            except asyncio.LimitOverrunError:
                writer.write(BAD_REQUEST)
                return
            length = 0
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip())
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            body = await read_chunked(reader) if chunked else (await reader.readexactly(length) if length else b"")
            if head.startswith(b"POST"):
                Counts.requests += 1
                if not counted:
                    Counts.connections, counted = Counts.connections + 1, True
                writer.write(SSE_RESPONSE if _wants_stream(body) else JSON_RESPONSE)
            elif head.startswith(b"GET /bench/stats "):
                writer.write(_stats_response())
            else:
                writer.write(MODELS_RESPONSE)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, ValueError):  # ValueError: a malformed length
        return
    finally:
        writer.close()


async def serve(port: int, port_file: Path | None = None) -> None:
    server = await asyncio.start_server(_serve_connection, HOST, port, limit=MAX_HEADER_BYTES, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    if port_file is not None:
        # written atomically: the parent polls for it to learn the port
        tmp = port_file.with_suffix(".tmp")
        tmp.write_text(str(bound))
        os.replace(tmp, port_file)
    print(f"bench upstream on http://{HOST}:{bound}/v1", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="instant OpenAI-compatible upstream for benchmarks")
    parser.add_argument("--port", type=int, default=0, help="0 = any free port")
    parser.add_argument("--port-file", type=Path, help="write the bound port here once listening")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.port_file))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
