"""The embedded default's stand-in "cloud": a second local model behind the project's own
OpenAI-compatible server (``hybridai.testing.openai_server``), on 127.0.0.1.

It lets the hybrid behaviour and the masking show without any cloud key: general requests really
leave the engine over HTTP, masked, and are answered by a different process-level backend than the
private one. Its answers start with ``[stand-in cloud]`` and its model id is
:data:`hybridai.widgets.render.STAND_IN_MODEL`, so every UI labels it as what it is.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from hybridai._sync import LoopThread
from hybridai.types import GenerationParams, Message

# Module-level imports stay light: the widgets import STAND_IN_MODEL to label the stand-in.
STAND_IN_MODEL = "stand-in-cloud"
KEY_ENV = "HYBRIDAI_STAND_IN_KEY"  # the variable the children read the stand-in's key from
PREFIX = "[stand-in cloud] "
MAX_TOKENS = 48  # the demo model is tiny: short answers read best


class LocalModelResponder:
    """Answers the stand-in's requests with a local causal LM (the project's own private backend,
    a second instance). Called by the server for each request; generation runs on its own loop."""

    def __init__(self, model_dir: str | Path, *, max_tokens: int = MAX_TOKENS) -> None:
        from hybridai.backends.transformers_local import TransformersBackend

        self.backend = TransformersBackend(model_dir, name="stand-in-cloud")
        self.max_tokens = max_tokens
        self._loop = LoopThread("hybridai-stand-in")

    def __call__(self, request: dict[str, Any]) -> list[str]:
        # the engine's cloud backend always sends string contents
        messages = [Message(m["role"], str(m.get("content") or "")) for m in request["messages"]
                    if m.get("role") in ("system", "user", "assistant")]
        params = GenerationParams(max_tokens=min(int(request.get("max_tokens") or self.max_tokens), self.max_tokens),
                                  temperature=float(request.get("temperature", 0.8)),
                                  top_p=float(request.get("top_p", 1.0)), seed=request.get("seed"))
        text = PREFIX + self._loop.run(self._generate(messages, params)).strip()
        return [text[i:i + 4] for i in range(0, len(text), 4)]

    async def _generate(self, messages: list[Message], params: GenerationParams) -> str:
        return "".join([event.delta async for event in self.backend.astream(messages, params)])

    def close(self) -> None:
        self._loop.run(self.backend.aclose())
        self._loop.close()


class StandInCloud:
    """The stand-in server with its model; ``base_url`` and ``api_key`` go into the engines' config."""

    def __init__(self, model_dir: str | Path, *, chunk_delay_s: float = 0.02) -> None:
        from hybridai.testing.openai_server import OpenAIStubServer, StubState

        self.api_key = secrets.token_urlsafe(24)
        self.responder = LocalModelResponder(model_dir)
        self.server = OpenAIStubServer(StubState(model=STAND_IN_MODEL, api_key=self.api_key,
                                                 responder=self.responder, chunk_delay=chunk_delay_s))

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def start(self) -> StandInCloud:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()
        self.responder.close()

    def config(self) -> dict[str, Any]:
        """The ``[cloud]`` table pointing an engine at this stand-in (the key comes from KEY_ENV)."""
        return {"enabled": True, "backend": "openai", "base_url": self.base_url, "model": STAND_IN_MODEL,
                "api_key_env": KEY_ENV, "max_retries": 1}
