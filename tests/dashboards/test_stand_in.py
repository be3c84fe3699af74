"""The embedded default's stand-in cloud: a second local model behind the OpenAI-compatible server."""

from __future__ import annotations

from pathlib import Path

from hybridai import HybridEngine
from hybridai.config import load_settings
from hybridai.demo.stand_in import KEY_ENV, PREFIX, STAND_IN_MODEL, StandInCloud
from hybridai.widgets.render import cloud_label, route_badge


def test_engine_answers_general_requests_through_the_stand_in_model(demo_model_dir: Path, tmp_path: Path) -> None:
    stand_in = StandInCloud(demo_model_dir, chunk_delay_s=0.0).start()
    try:
        config = {"data_dir": str(tmp_path), "private": {"model": str(demo_model_dir)}, "cloud": stand_in.config(),
                  "generation": {"max_tokens": 12, "temperature": 1.0}}
        settings = load_settings(config, environ={KEY_ENV: stand_in.api_key})
        with HybridEngine.from_config(settings) as engine:
            deltas = [c.delta for c in engine.stream("Mail li.na@hengyuan-tech.cn a haiku about autumn.")
                      if c.result is None]
            result = engine.chat("Give me a haiku about autumn.", seed=3)
            assert cloud_label(engine).startswith("stand-in cloud")
        assert "".join(deltas).startswith(PREFIX) and len(deltas) > 2  # streamed in pieces
        assert result.route.value == "cloud" and result.answer.startswith(PREFIX)
        assert route_badge(result, cloud_label(engine)).label == "stand-in cloud"
        recorded = stand_in.server.requests
        assert recorded and all(r.json["model"] == STAND_IN_MODEL for r in recorded)
        assert recorded[0].headers["authorization"] == f"Bearer {stand_in.api_key}"
        assert b"li.na@hengyuan-tech.cn" not in stand_in.server.all_bodies() and b"<EMAIL_1>" in recorded[0].body
    finally:
        stand_in.stop()
