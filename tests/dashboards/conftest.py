"""The main job (`hybridai up`) started for real on free 127.0.0.1 ports, on the cached test demo model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from tests.helpers import free_port

START_TIMEOUT_S = 240.0


class Launched:
    def __init__(self, process: subprocess.Popen[bytes], log: Path, config: Path, state: dict[str, Any]) -> None:
        self.process, self.log, self.config, self.state = process, log, config, state

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def tree(self) -> list[psutil.Process]:
        """The launcher's descendants: the REST server, Voila, Voila's kernels."""
        return psutil.Process(self.process.pid).children(recursive=True)


@pytest.fixture(scope="module")
def launched(tmp_path_factory: pytest.TempPathFactory, demo_model_dir: Path) -> Iterator[Launched]:
    folder = tmp_path_factory.mktemp("up")
    config = folder / "hybridai.toml"
    # the test model is barely trained: sampling hotter gives it words to stream
    config.write_text(f'data_dir = "{folder / "data"}"\n\n[private]\nmodel = "{demo_model_dir}"\n\n'
                      "[generation]\nmax_tokens = 24\ntemperature = 1.0\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("HYBRIDAI_CONFIG", "DEEPSEEK_API_KEY", "DATABASE_URL",
                                                             "REDIS_URL", "PROMETHEUS_MULTIPROC_DIR")}
    env["PYTHONUNBUFFERED"] = "1"
    log = folder / "up.log"
    with open(log, "wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "hybridai.cli", "--config", str(config), "up",
                                    "--server-port", str(free_port()), "--dashboards-port", str(free_port())],
                                   stdout=handle, stderr=subprocess.STDOUT, env=env)
    state_file = folder / "data" / "run" / "launch.json"
    deadline = time.monotonic() + START_TIMEOUT_S
    while "Press Ctrl-C to stop." not in log.read_text(errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"hybridai up did not start (status {process.poll()}):\n{log.read_text(errors='replace')}")
        time.sleep(0.25)
    launched = Launched(process, log, config, json.loads(state_file.read_text(encoding="utf-8")))
    yield launched
    if process.poll() is None:  # a test failed before stopping it
        children = launched.tree()
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        finally:
            for child in children:
                if child.is_running():
                    child.kill()
