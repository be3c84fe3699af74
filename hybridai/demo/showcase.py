"""The main job on the embedded default: build the demo model if needed, then run example chats
that show both routes and the masking.

With no cloud API key configured, a stand-in "cloud" runs on 127.0.0.1: the project's own
OpenAI-compatible server, answering with what it received, so you can see that it only ever got
placeholders. With a key configured (see the README), the real provider is used instead.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from hybridai.backends.openai_compat import OpenAICompatibleBackend
from hybridai.config import load_settings
from hybridai.demo.build import build_demo_model
from hybridai.engine import HybridEngine
from hybridai.testing.openai_server import OpenAIStubServer, StubState
from hybridai.types import ChatResult

EXAMPLES: list[tuple[str, str]] = [
    ("general", "Explain in two sentences what a hybrid AI engine does."),
    ("general, contact data masked",
     "Draft a short reply to li.na@hengyuan-tech.cn: the design review moves to Friday; call me on 138 1234 5678."),
    ("follow-up in the same session", "Now make it more formal."),
    ("sensitive: PRC resident ID", "请帮我核对客户身份证号 440305198806122717 的出生日期是否与档案一致。"),
    ("sensitive: bank card", "Customer says card 6228 4800 4612 3456 785 was charged twice; draft the refund note."),
    ("sensitive: confidential content", "这是内部资料：明年的薪资调整方案初稿，请帮我概括要点。"),
]


def stand_in_cloud_answer(request: dict[str, Any]) -> list[str]:
    """The stand-in cloud repeats the last message it received, so the demo shows the masking."""
    last = next(m for m in reversed(request["messages"]) if m["role"] == "user")["content"]
    text = f"[stand-in cloud] I received: {last}"
    return [text[i:i + 6] for i in range(0, len(text), 6)]


def _print_result(title: str, prompt: str, result: ChatResult) -> None:
    print(f"\n=== {title} ===")
    print(f"you     : {prompt}")
    print(f"route   : {result.route} via {result.backend}")
    for reason in result.decision.reasons:
        print(f"          - {reason}")
    if result.masked_messages is not None:
        print(f"cloud got: {result.masked_messages[-1].content}")
    answer = textwrap.shorten(result.answer.replace("\n", " "), width=300, placeholder=" …")
    print(f"answer  : {answer}")
    print(f"usage   : {json.dumps(result.usage.to_dict())}  latency {result.latency_ms:.0f} ms  "
          f"ttft {result.ttft_ms or 0:.0f} ms")


def run_showcase(config: str | None = None) -> int:
    settings = load_settings(config)
    report = build_demo_model(settings.demo_model_dir)
    print(f"demo private model: {report.path} ({'reused' if report.reused else f'built in {report.seconds:.0f} s'}, "
          f"held-out perplexity {report.held_out_perplexity:.1f})")
    stand_in = None
    cloud = None
    if not settings.cloud.configured:
        stand_in = OpenAIStubServer(StubState(model="stand-in-cloud", responder=stand_in_cloud_answer))
        stand_in.start()
        cloud = OpenAICompatibleBackend(base_url=stand_in.base_url, model="stand-in-cloud", api_key=None,
                                        name="cloud:stand-in")
        print(f"no cloud API key configured: using the stand-in cloud at {stand_in.base_url}")
    try:
        with HybridEngine.from_config(settings, cloud_backend=cloud) as engine:
            session = None
            for title, prompt in EXAMPLES:
                result = engine.chat(prompt, session_id=session if title.startswith("follow-up") else None,
                                     max_tokens=60, temperature=0.8, seed=7)
                session = result.session_id
                _print_result(title, prompt, result)
    finally:
        if stand_in is not None:
            stand_in.stop()
    return 0
