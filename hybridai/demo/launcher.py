"""The main job (``hybridai up``, what ``make run`` runs): everything a stakeholder needs, on 127.0.0.1.

1. the private model: the demo model is built on first use (a model folder in the config is used as is);
2. the cloud: with a real provider configured, that one; otherwise the stand-in cloud, a second local
   model behind the project's OpenAI-compatible server (``hybridai.demo.stand_in``);
3. a config file for the children (``<data_dir>/run/hybridai.toml``): the user's config plus the cloud;
4. the REST server (``hybridai serve``) and the Voila dashboards (``dashboards/``), each a child process;
5. ``<data_dir>/run/launch.json`` says where they listen (the monitoring dashboard reads it); the URLs
   are printed. Ctrl-C (or SIGTERM) stops the children, their kernels, and the stand-in.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from hybridai import reports
from hybridai.config import DEMO_MODEL, Settings, load_settings
from hybridai.errors import ConfigError, HybridAIError

HOST = "127.0.0.1"
DASHBOARDS_DIR = Path(__file__).resolve().parent.parent.parent / "dashboards"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 15.0


class LaunchError(HybridAIError):
    """A part of the main job failed to start or died; the message names it and its log."""


def run_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "run"


def read_launch_state(data_dir: Path) -> dict[str, Any]:
    """What the running main job wrote about itself; empty when none ran in this data dir."""
    path = run_dir(data_dir) / "launch.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path} is unreadable: {exc}") from exc


def to_toml(data: Mapping[str, Any]) -> str:
    """TOML for a config mapping: scalars and lists at each level, then sub-tables. JSON's string,
    number, boolean and array syntax is valid TOML for the values configs hold."""

    def table(prefix: str, values: Mapping[str, Any]) -> list[str]:
        lines = [f"[{prefix}]"] if prefix else []
        lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()
                  if not isinstance(value, Mapping) and value is not None]
        for key, value in values.items():
            if isinstance(value, Mapping):
                lines += ["", *table(f"{prefix}.{key}" if prefix else key, value)]
        return lines

    return "\n".join(table("", data)) + "\n"


def child_config(source: str | os.PathLike[str] | None, settings: Settings,
                 cloud: Mapping[str, Any] | None) -> dict[str, Any]:
    """The user's config (file as written, so secrets stay in the environment) plus the data dir and,
    for the stand-in, the ``[cloud]`` table."""
    raw: dict[str, Any] = {}
    if source is not None:
        raw = tomllib.loads(Path(source).expanduser().read_text(encoding="utf-8"))
    raw["data_dir"] = str(settings.data_dir.resolve())
    if settings.private.model == DEMO_MODEL:
        raw.setdefault("private", {})["model"] = str(settings.demo_model_dir.resolve())
    if cloud is not None:
        raw["cloud"] = {**raw.get("cloud", {}), **cloud}
    return raw


@dataclass
class Child:
    name: str
    process: subprocess.Popen[bytes]
    log: Path


def spawn(name: str, command: list[str], *, env: Mapping[str, str], log_dir: Path, cwd: Path | None = None) -> Child:
    log = log_dir / f"{name}.log"
    with open(log, "wb") as handle:
        # its own session: Ctrl-C reaches only the launcher, which stops the children in order
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, env=dict(env), cwd=cwd,
                                   start_new_session=True)
    return Child(name, process, log)


def wait_ready(child: Child, url: str, stopping: threading.Event, timeout_s: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline and not stopping.is_set():
            if child.process.poll() is not None:
                raise LaunchError(f"{child.name} exited with status {child.process.returncode}; see {child.log}")
            with contextlib.suppress(httpx.HTTPError):
                if client.get(url).status_code == 200:
                    return
            time.sleep(0.2)
    if stopping.is_set():
        return
    raise LaunchError(f"{child.name} did not answer {url} within {timeout_s:.0f} s; see {child.log}")


def stop(children: list[Child]) -> None:
    """SIGTERM each child (Voila then shuts its kernels down), then SIGKILL what is left of its group."""
    for child in children:
        if child.process.poll() is None:
            child.process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    for child in children:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.process.pid, signal.SIGKILL)
        child.process.wait()


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    stopping = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stopping.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stopping
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def launch(config: str | os.PathLike[str] | None = None, *, server_port: int = 8000, dashboards_port: int = 8866,
           out: Callable[[str], None] = print) -> int:
    """Start everything, print the URLs, run until Ctrl-C; 0 after a clean stop."""
    # the children get this environment; the config file comes from it as load_settings would take it
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    config = config or env.get("HYBRIDAI_CONFIG") or None
    settings = load_settings(config)
    _ensure_private_model(settings, out)
    folder = run_dir(settings.data_dir)
    logs = folder / "logs"
    metrics_dir = folder / "dashboard-metrics"
    shutil.rmtree(metrics_dir, ignore_errors=True)  # a previous run's counts would mislead
    for path in (logs, metrics_dir):
        path.mkdir(parents=True, exist_ok=True)
    (folder / "launch.json").unlink(missing_ok=True)

    stand_in = None
    children: list[Child] = []
    with _stop_on_signals() as stopping:
        try:
            cloud_table = None
            if not settings.cloud.configured:
                from hybridai.demo.stand_in import KEY_ENV, StandInCloud

                out("no cloud API key configured: starting the stand-in cloud (a second local model) ...")
                stand_in = StandInCloud(settings.private_model_dir).start()
                cloud_table, env[KEY_ENV] = stand_in.config(), stand_in.api_key
            config_path = folder / "hybridai.toml"
            config_path.write_text(to_toml(child_config(config, settings, cloud_table)), encoding="utf-8")
            env["HYBRIDAI_CONFIG"] = str(config_path)

            server_port = server_port or _free_port()
            dashboards_port = dashboards_port or _free_port()
            server = spawn("server", [sys.executable, "-m", "hybridai.cli", "serve", "--host", HOST,
                                      "--port", str(server_port)], env=env, log_dir=logs)
            children.append(server)
            voila = spawn("dashboards", [sys.executable, "-m", "voila", "--no-browser", f"--port={dashboards_port}",
                                         f"--Voila.ip={HOST}", str(DASHBOARDS_DIR)],
                          env={**env, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}, log_dir=logs, cwd=DASHBOARDS_DIR)
            children.append(voila)
            server_url = f"http://{HOST}:{server_port}"
            dashboards_url = f"http://{HOST}:{dashboards_port}"
            wait_ready(server, f"{server_url}/healthz", stopping)
            wait_ready(voila, f"{dashboards_url}/", stopping)
            if not stopping.is_set():  # else: Ctrl-C while starting
                state = {"server_url": server_url, "dashboards_url": dashboards_url,
                         "chat_url": f"{dashboards_url}/voila/render/chat.ipynb",
                         "monitoring_url": f"{dashboards_url}/voila/render/monitoring.ipynb",
                         "cloud": "stand-in" if stand_in else settings.cloud.base_url, "pid": os.getpid(),
                         "logs": str(logs)}
                (folder / "launch.json").write_text(json.dumps(state, indent=2), encoding="utf-8")
                index = reports.write_index()
                out(_banner(state, stand_in is not None, index))
                _watch(children, stopping)
                out("stopping ...")
        finally:
            stop(children)
            if stand_in is not None:
                stand_in.stop()
            (folder / "launch.json").unlink(missing_ok=True)
    out("stopped.")
    return 0


def _watch(children: list[Child], stopping: threading.Event) -> None:
    """Until Ctrl-C; a child that dies ends the job, naming its log."""
    while not stopping.wait(0.5):
        for child in children:
            if child.process.poll() is not None:
                raise LaunchError(f"{child.name} stopped unexpectedly (status {child.process.returncode}); "
                                  f"see {child.log}")


def _ensure_private_model(settings: Settings, out: Callable[[str], None]) -> None:
    if settings.private.model != DEMO_MODEL:
        return  # the configured model folder; the engines fail clearly at start if it is missing
    from hybridai.demo.build import build_demo_model

    report = build_demo_model(settings.demo_model_dir)
    out(f"demo private model: {report.path} ({'reused' if report.reused else f'built in {report.seconds:.0f} s'})")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _banner(state: Mapping[str, Any], stand_in: bool, index: Path) -> str:
    cloud = ("stand-in cloud: a second local model on 127.0.0.1 (set a provider key for a real cloud, see README)"
             if stand_in else f"cloud: {state['cloud']}")
    return "\n".join([
        "",
        "hybridai is up:",
        f"  chat dashboard        {state['chat_url']}",
        f"  monitoring dashboard  {state['monitoring_url']}",
        f"  REST API              {state['server_url']}/v1   (docs {state['server_url']}/docs; "
        "create a key with `hybridai keys create --tenant NAME`)",
        f"  {cloud}",
        f"  reports               {index.resolve()}",
        f"  logs                  {state['logs']}",
        "Press Ctrl-C to stop.",
    ])
