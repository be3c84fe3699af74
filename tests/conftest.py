"""Shared fixtures: the demo model (built once, cached between runs), a real OpenAI-compatible
server on 127.0.0.1 standing in for the cloud, and engines wired to both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hybridai.demo.build import DemoModelReport, DemoRecipe, build_demo_model
from hybridai.testing.openai_server import OpenAIStubServer, StubState

REPO = Path(__file__).resolve().parent.parent
# Tests need a working model, not a good one: a short recipe keeps the suite fast. The full
# recipe is exercised by `hybridai demo-model` (and its own test).
TEST_RECIPE = DemoRecipe(steps=40)
CLOUD_KEY_ENV = "HYBRIDAI_TEST_CLOUD_KEY"
CLOUD_KEY = "test-cloud-key"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def demo_model() -> DemoModelReport:
    cache = Path(os.environ.get("HYBRIDAI_TEST_CACHE", REPO / ".cache" / "tests"))
    return build_demo_model(cache / "models" / "demo-test", recipe=TEST_RECIPE, progress=False)


@pytest.fixture(scope="session")
def demo_model_dir(demo_model: DemoModelReport) -> Path:
    return Path(demo_model.path)


@pytest.fixture(scope="session")
def _cloud_server() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer(StubState(api_key=CLOUD_KEY)) as server:
        yield server


@pytest.fixture
def cloud(_cloud_server: OpenAIStubServer) -> Iterator[OpenAIStubServer]:
    """The stand-in cloud, with default behaviour and an empty request log for each test."""
    defaults = StubState(api_key=CLOUD_KEY)
    for name in ("model", "api_key", "responder", "chunk_delay", "keepalive_comments", "always_fail"):
        setattr(_cloud_server.state, name, getattr(defaults, name))
    _cloud_server.reset()
    yield _cloud_server
    _cloud_server.reset()


@pytest.fixture
def engine_config(tmp_path: Path, demo_model_dir: Path, cloud: OpenAIStubServer,
                  monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A config mapping: demo model on the private side, the stand-in cloud on the other."""
    monkeypatch.setenv(CLOUD_KEY_ENV, CLOUD_KEY)
    return {
        "data_dir": str(tmp_path / "data"),
        "private": {"model": str(demo_model_dir)},
        "cloud": {"base_url": cloud.base_url, "model": "stub-model", "api_key_env": CLOUD_KEY_ENV,
                  "timeout_s": 5.0, "max_retries": 1, "retry_initial_s": 0.01, "retry_max_s": 0.05},
        "generation": {"max_tokens": 24, "temperature": 0.0},
    }


@pytest.fixture
def engine(engine_config: dict[str, Any]) -> Iterator[Any]:
    from hybridai import HybridEngine

    with HybridEngine.from_config(engine_config) as built:
        yield built
