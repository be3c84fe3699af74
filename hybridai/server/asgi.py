"""ASGI entry point: ``uvicorn hybridai.server.asgi:application``. Configures Django from the
hybridai settings ($HYBRIDAI_CONFIG), applies migrations and loads the engine at worker start."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from typing import Any

from hybridai.server.django_setup import configure

configure()

from django.core import signals  # noqa: E402  (Django must be configured first)
from django.core.exceptions import RequestAborted  # noqa: E402
from django.core.handlers.asgi import ASGIHandler, get_script_prefix  # noqa: E402
from django.db import close_old_connections, reset_queries  # noqa: E402
from django.http.response import HttpResponseBase  # noqa: E402
from django.urls import set_script_prefix  # noqa: E402

from hybridai.server.runtime import get_runtime  # noqa: E402


class ServerHandler(ASGIHandler):
    """Django's ASGI handler without a thread of its own per request.

    Django runs each request in an asgiref ``ThreadSensitiveContext``: the first synchronous call
    of a request starts a new thread, joined when the request ends. The server makes no such
    calls in its views (every database access runs on :mod:`hybridai.server.db`'s threads, whose
    connections persist and are checked before each use), so requests skip that context, and
    Django's per-request connection checks (sync receivers, each a hop to a thread) are
    disconnected. At shutdown (ASGI lifespan) the queued database writes are committed."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self.lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        await self.handle(scope, receive, send)

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Django 5.2's ``ASGIHandler.handle``, except that ``response.close()`` is called here,
        not through ``sync_to_async`` (a hop to another thread per request): it only closes the
        response's iterator and sends ``request_finished``, whose receivers are all cheap and
        touch no database connection (see the disconnects below)."""
        try:
            body_file = await self.read_body(receive)
        except RequestAborted:
            return
        set_script_prefix(get_script_prefix(scope))
        await signals.request_started.asend(sender=self.__class__, scope=scope)
        request, error_response = self.create_request(scope, body_file)
        if request is None:
            body_file.close()
            await self.send_response(error_response, send)
            error_response.close()
            return

        async def process_request() -> HttpResponseBase:
            response = await self.run_get_response(request)
            with contextlib.suppress(asyncio.CancelledError):  # the client went away while it was sent
                await self.send_response(response, send)
            return response

        # as Django does: a client that disconnects cancels the view (a stream is kept as interrupted)
        tasks = [asyncio.create_task(self.listen_for_disconnect(receive)), asyncio.create_task(process_request())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            if task.done():
                # read the outcome without raising it here: a raise would add this frame to the
                # exception's traceback, a reference cycle (frame -> tasks -> exception -> frame)
                # left for the garbage collector's slow full passes, once per request
                error = None if task.cancelled() else task.exception()
                if isinstance(error, AssertionError):
                    body_file.close()
                    raise error
                if isinstance(error, RequestAborted):
                    error.__traceback__ = None
            else:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        try:
            response = tasks[1].result()
        except asyncio.CancelledError:
            await signals.request_finished.asend(sender=self.__class__)
        else:
            response.close()
        body_file.close()

    @staticmethod
    async def lifespan(receive: Any, send: Any) -> None:
        """At shutdown, commit the queued audit events and turns before the worker exits (uvicorn
        ends a worker stopped by SIGTERM with that signal, so ``atexit`` would not run)."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await asyncio.to_thread(get_runtime().writer.close)
                await send({"type": "lifespan.shutdown.complete"})
                return


signals.request_started.disconnect(reset_queries)  # only fills with DEBUG, which the server never sets
signals.request_started.disconnect(close_old_connections)
signals.request_finished.disconnect(close_old_connections)

application = ServerHandler()
get_runtime().engine.router.warm_up()  # load the private model and the routing models now, not on first use
# What is loaded by now (Django, the model, the routing tables) lives as long as the worker: keep
# it out of the garbage collector's full passes, which would otherwise stall requests to rescan it.
gc.freeze()
