"""``hybridai bench server``: the REST server's added latency and throughput, side by side with
the LiteLLM proxy, against one local upstream that answers instantly.

What runs, each in its own process:

* the upstream (:mod:`hybridai.bench.upstream`): a fixed chat completion, near-zero latency;
* ``hybridai serve`` on a temporary data dir (SQLite, default memory and server settings), its
  cloud backend pointed at the upstream, a throw-away API key with limits far above the load;
* the LiteLLM proxy (``litellm[proxy]`` in its own virtual environment), one ``openai/...`` model
  pointed at the same upstream, the same number of workers;
* the load generator (:mod:`hybridai.bench.loadgen`) in this process.

Both proxies run side by side (the idle one uses no CPU); each concurrency level is measured
directly against the upstream first, then through each proxy in turn, with the same request
bytes (a general prompt, no personal data, so hybridai routes it to the cloud), so other load on
the machine weighs on all of a level alike. *Added latency* is a proxy's percentile minus the
direct percentile at the same concurrency. Where the machine has a core to spare, the proxies
are pinned to their own cores and the upstream and load generator to the rest, so they do not
compete for CPU.

Writes ``metrics.json``, ``server_bench.png`` and the proxies' logs under ``--out``. Exit status:
0 when every target was measured (request errors are counted and reported, not fatal), 1 when a
target could not be started or answered wrongly, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import importlib.util
import itertools
import json
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from hybridai import reports
from hybridai.bench import concurrency_levels, upstream
from hybridai.bench.loadgen import Endpoint, LevelRun, Probe, process_tree_cpu_s, run_level

HOST = "127.0.0.1"
MODEL_NAME = "hybridai"  # the model id clients send; both proxies serve it under this name
PROMPT = "What is the capital of France? Answer in one word."
MAX_TOKENS = 16
CLOUD_KEY_ENV = "HYBRIDAI_BENCH_CLOUD_KEY"
DEFAULT_MODEL_DIR = Path(".cache/bench/models/demo-bench")
DEFAULT_LITELLM_VENV = Path(".cache/litellm-venv")
# The goal from the issue: at most a third of LiteLLM's added latency, at least 3x its requests/s.
MAX_ADDED_LATENCY_RATIO = 1 / 3
MIN_RPS_RATIO = 3.0
# Direct-to-upstream throughput must exceed every proxy's by this much, or the load generator
# (not the proxy) may be what limits the numbers.
MIN_LOADGEN_HEADROOM = 5.0
# A server under concurrent load should use (nearly) all of its one core per worker.
MIN_BUSY_SERVER_UTILIZATION = 0.8
START_TIMEOUT_S = 120.0
PERCENTILES = (50, 90, 99)


class BenchError(Exception):
    """A target could not be started or did not answer as expected."""


# -- processes ------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Managed:
    """A child process in its own session, so that stopping it also stops its uvicorn workers."""

    name: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def signal(self, signum: int) -> None:
        """Send ``signum`` to the whole process group (every worker and helper process)."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signum)

    def stop(self, timeout_s: float = 15.0) -> None:
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)


def spawn(name: str, command: list[str], *, env: dict[str, str], log_dir: Path,
          cpus: set[int] | None = None, cwd: Path | None = None) -> Managed:
    log_path = log_dir / f"{name}.log"
    log = log_path.open("wb")

    def pin() -> None:  # runs in the child before exec: every thread and worker it starts inherits it
        if cpus:
            os.sched_setaffinity(0, cpus)

    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                               start_new_session=True, preexec_fn=pin if cpus else None)
    log.close()
    return Managed(name, process, log_path)


def wait_http_ok(managed: Managed, url: str, timeout_s: float = START_TIMEOUT_S) -> float:
    """Poll ``url`` until it answers 200; returns the seconds it took."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if managed.process.poll() is not None:
            raise BenchError(f"{managed.name} exited with status {managed.process.returncode} while starting:\n"
                             f"{managed.log_tail()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2.0).status_code == 200:
                return time.perf_counter() - started
        time.sleep(0.2)
    raise BenchError(f"{managed.name} did not answer {url} within {timeout_s:.0f} s:\n{managed.log_tail()}")


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    # the bench measures the default stack: its own SQLite, in-process limits, a fresh secret
    for variable in ("DATABASE_URL", "REDIS_URL", "HYBRIDAI_SECRET_KEY", "HYBRIDAI_CONFIG", "HYBRIDAI_DATA_DIR",
                     "PROMETHEUS_MULTIPROC_DIR"):
        env.pop(variable, None)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
                "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    return env


# -- CPU placement ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Placement:
    server_cpus: set[int] | None
    client_cpus: set[int] | None

    def to_dict(self) -> dict[str, Any]:
        return {"pinned": self.server_cpus is not None,
                "server_cpus": sorted(self.server_cpus) if self.server_cpus else None,
                "upstream_and_loadgen_cpus": sorted(self.client_cpus) if self.client_cpus else None}


def plan_placement(workers: int, pin: str) -> Placement:
    """One core per proxy worker, the rest for the upstream and the load generator."""
    if pin == "off" or not hasattr(os, "sched_getaffinity"):
        return Placement(None, None)
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < workers + 1:
        if pin == "on":
            raise BenchError(f"--pin on needs at least {workers + 1} CPUs, this process may use {len(cpus)}")
        return Placement(None, None)
    return Placement(set(cpus[:workers]), set(cpus[workers:]))


@contextlib.contextmanager
def pinned(cpus: set[int] | None) -> Iterator[None]:
    if not cpus:
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


# -- targets --------------------------------------------------------------------------------------
def request_body(number: int = 0) -> bytes:
    """The n-th request's body: the same question, numbered, so no two requests carry the same text
    (hybridai caches what it found in a message by its text, as for a system prompt sent every turn;
    a benchmark repeating one text would measure that cache rather than the routing)."""
    return json.dumps({"model": MODEL_NAME, "messages": [{"role": "user", "content": f"{PROMPT} (#{number})"}],
                       "max_tokens": MAX_TOKENS, "stream": False}, separators=(",", ":")).encode()


@dataclass
class Target:
    name: str
    port: int
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    managed: Managed | None = None
    startup_s: float | None = None
    info: dict[str, Any] = field(default_factory=dict)
    sent: Iterator[int] = field(default_factory=itertools.count)  # numbers requests across all levels

    def endpoint(self) -> Endpoint:
        return Endpoint(HOST, self.port, self.path, request_body, self.headers, self.sent)

    def stop(self) -> None:
        if self.managed is not None:
            self.managed.stop()

    def cpu_s(self) -> float | None:
        return process_tree_cpu_s(self.managed.process.pid) if self.managed else None


@contextlib.contextmanager
def only_one_proxy_running(measured: Target, proxies: list[Target]) -> Iterator[None]:
    """Pause (SIGSTOP) every proxy but the measured one: both share the pinned core, and an idle
    proxy's background tasks (timers, flush loops) would otherwise land in the other's tail latency."""
    paused = [proxy.managed for proxy in proxies if proxy is not measured and proxy.managed is not None]
    for managed in paused:
        managed.signal(signal.SIGSTOP)
    try:
        yield
    finally:
        for managed in paused:
            managed.signal(signal.SIGCONT)


def verify(target: Target, *, expect_route: str | None = None) -> dict[str, Any]:
    """One request through the target before measuring: it must be answered by the upstream."""
    url = f"http://{HOST}:{target.port}{target.path}"
    response = httpx.post(url, content=request_body(), timeout=30.0,
                          headers={"content-type": "application/json", **target.headers})
    if response.status_code != 200:
        raise BenchError(f"{target.name}: verification request got HTTP {response.status_code}: {response.text[:500]}")
    data = response.json()
    content = data["choices"][0]["message"]["content"]
    if content != upstream.ANSWER:
        raise BenchError(f"{target.name}: the answer did not come from the bench upstream: {content!r}")
    if expect_route is not None:
        route = (data.get("hybridai") or {}).get("route")
        if route != expect_route:
            raise BenchError(f"{target.name}: request was routed {route!r}, expected {expect_route!r}: {data}")
    return data


def start_upstream(log_dir: Path, work_dir: Path) -> tuple[Target, Managed]:
    port_file = work_dir / "upstream.port"
    managed = spawn("upstream", [sys.executable, "-m", "hybridai.bench.upstream", "--port", "0",
                                 "--port-file", str(port_file)], env=base_env(), log_dir=log_dir)
    deadline = time.perf_counter() + 30
    while not port_file.exists():
        if managed.process.poll() is not None or time.perf_counter() > deadline:
            managed.stop()
            raise BenchError(f"the bench upstream did not start:\n{managed.log_tail()}")
        time.sleep(0.05)
    target = Target("direct", int(port_file.read_text()), "/v1/chat/completions", managed=None)
    verify(target)
    return target, managed


def ensure_demo_model(model_dir: Path, log_dir: Path) -> None:
    """Build (or reuse) a small demo model: the server loads a private model at start, though the
    benchmark's requests all go to the cloud upstream. In a child process, to keep torch out of
    the load generator's process."""
    code = ("import sys; from hybridai.demo.build import DemoRecipe, build_demo_model; "
            "build_demo_model(sys.argv[1], recipe=DemoRecipe(steps=40), progress=False)")
    with (log_dir / "demo-model.log").open("wb") as log:
        result = subprocess.run([sys.executable, "-c", code, str(model_dir)], stdout=log, stderr=subprocess.STDOUT,
                                env=base_env())
    if result.returncode != 0:
        raise BenchError(f"building the demo model failed; see {log_dir / 'demo-model.log'}")


def _toml_str(value: str | Path) -> str:
    return json.dumps(str(value))  # a JSON string is a valid TOML basic string


def start_hybridai(*, upstream_url: str, model_dir: Path, work_dir: Path, log_dir: Path, workers: int,
                   cpus: set[int] | None, database_url: str | None = None) -> Target:
    config = work_dir / "hybridai-bench.toml"
    config.write_text(
        f"data_dir = {_toml_str(work_dir / 'data')}\n\n"
        f"[private]\nmodel = {_toml_str(model_dir)}\n\n"
        f"[cloud]\nbase_url = {_toml_str(upstream_url)}\nmodel = {_toml_str(upstream.MODEL)}\n"
        f"api_key_env = {_toml_str(CLOUD_KEY_ENV)}\n\n"
        f"[server]\nmodel_name = {_toml_str(MODEL_NAME)}\n", encoding="utf-8")
    env = {**base_env(), "HYBRIDAI_CONFIG": str(config), CLOUD_KEY_ENV: "bench-upstream-key"}
    if database_url:
        env["DATABASE_URL"] = database_url
    # limits far above anything the load reaches, so they are checked on every request but never hit
    created = subprocess.run([sys.executable, "-m", "hybridai.cli", "keys", "create", "--tenant", "bench",
                              "--name", "bench", "--rpm", "100000000", "--tpd", "2000000000", "--json"],
                             env=env, capture_output=True, text=True)
    if created.returncode != 0:
        raise BenchError(f"hybridai keys create failed:\n{created.stderr[-2000:]}")
    api_key = json.loads(created.stdout)["api_key"]
    port = free_port()
    managed = spawn("hybridai", [sys.executable, "-m", "hybridai.cli", "serve", "--host", HOST, "--port", str(port),
                                 "--workers", str(workers)], env=env, log_dir=log_dir, cpus=cpus)
    target = Target("hybridai", port, "/v1/chat/completions", {"authorization": f"Bearer {api_key}"}, managed)
    try:
        target.startup_s = wait_http_ok(managed, f"http://{HOST}:{port}/readyz")
        verify(target, expect_route="cloud")
    except BaseException:
        managed.stop()
        raise
    target.info = {"http_stack": _stack_of(sys.executable),
                   "database": database_url.split("://", 1)[0] if database_url else "sqlite in a temporary data dir",
                   "rate_limit_storage": "memory (default)"}
    return target


def ensure_litellm(venv: Path) -> Path:
    venv = venv.resolve()  # LiteLLM runs in its own working directory
    executable = venv / "bin" / "litellm"
    if executable.exists():
        return executable
    print(f"LiteLLM is not installed in {venv}: creating that virtual environment and installing "
          "'litellm[proxy]' into it (about 740 MB, a few minutes). Pass --no-litellm to skip LiteLLM.", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "litellm[proxy]"], check=True)
    if not executable.exists():
        raise BenchError(f"pip finished but {executable} is missing")
    return executable


def start_litellm(*, executable: Path, upstream_url: str, work_dir: Path, log_dir: Path, workers: int,
                  cpus: set[int] | None) -> Target:
    master_key = f"sk-bench-{secrets.token_hex(16)}"
    config = work_dir / "litellm-bench.yaml"
    # JSON is valid YAML
    config.write_text(json.dumps({
        "model_list": [{"model_name": MODEL_NAME, "litellm_params": {
            "model": f"openai/{upstream.MODEL}", "api_base": upstream_url, "api_key": "bench-upstream-key"}}],
        "general_settings": {"master_key": master_key},
    }, indent=2), encoding="utf-8")
    env = {**base_env(), "LITELLM_MASTER_KEY": master_key, "LITELLM_LOCAL_MODEL_COST_MAP": "True",
           "LITELLM_LOG": "ERROR",  # no access log, as hybridai serve's default log level has none
           "LITELLM_TELEMETRY": "False", "DISABLE_ADMIN_UI": "True"}
    port = free_port()
    managed = spawn("litellm", [str(executable), "--config", str(config), "--host", HOST, "--port", str(port),
                                "--num_workers", str(workers)], env=env, log_dir=log_dir, cpus=cpus, cwd=work_dir)
    target = Target("litellm", port, "/v1/chat/completions", {"authorization": f"Bearer {master_key}"}, managed)
    try:
        target.startup_s = wait_http_ok(managed, f"http://{HOST}:{port}/health/liveliness")
        verify(target)
    except BaseException:
        managed.stop()
        raise
    python = executable.parent / "python"
    target.info = {"version": _version_in(python, "litellm"), "http_stack": _stack_of(str(python))}
    return target


# -- measuring ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Plan:
    concurrency: list[int]
    requests: dict[int, int]
    warmup: dict[int, int]
    timeout_s: float


def upstream_counter(port: int, name: str) -> Probe:
    def read() -> float | None:
        try:
            return float(httpx.get(f"http://{HOST}:{port}/bench/stats", timeout=5.0).json()[name])
        except (httpx.HTTPError, ValueError, KeyError):
            return None

    return read


def measure(target: Target, plan: Plan, upstream_port: int, levels: list[int] | None = None) -> dict[int, LevelRun]:
    probes: dict[str, Probe] = {"upstream_connections": upstream_counter(upstream_port, "connections"),
                                "upstream_requests": upstream_counter(upstream_port, "requests")}
    if target.managed is not None:
        probes["target_cpu_s"] = target.cpu_s
    runs: dict[int, LevelRun] = {}
    for concurrency in plan.concurrency if levels is None else levels:
        run = asyncio.run(run_level(target.endpoint(), concurrency=concurrency, requests=plan.requests[concurrency],
                                    warmup=plan.warmup[concurrency], probes=probes, timeout_s=plan.timeout_s))
        runs[concurrency] = run
        summary = summarize(run)
        errors = f", {summary['errors']} errors {summary['error_kinds']}" if summary["errors"] else ""
        print(f"  {target.name:<9} c={concurrency:<3} {summary['rps']:>9.1f} req/s  "
              f"p50 {_fmt(summary['latency_ms']['p50'], 3):>8} ms  p99 {_fmt(summary['latency_ms']['p99'], 3):>8} ms"
              f"{errors}",
              flush=True)
    return runs


def summarize(run: LevelRun) -> dict[str, Any]:
    ok = len(run.latencies_s)
    errors = sum(run.errors.values())
    latencies = np.asarray(run.latencies_s) * 1000.0
    stats: dict[str, float | None]
    if ok:
        stats = {f"p{p}": float(np.percentile(latencies, p)) for p in PERCENTILES}
        stats.update(mean=float(latencies.mean()), min=float(latencies.min()), max=float(latencies.max()))
    else:
        stats = {f"p{p}": None for p in PERCENTILES} | {"mean": None, "min": None, "max": None}
    summary: dict[str, Any] = {
        "concurrency": run.concurrency, "requests": ok + errors, "ok": ok, "errors": errors,
        "error_kinds": dict(run.errors), "elapsed_s": run.elapsed_s,
        "rps": ok / run.elapsed_s if run.elapsed_s > 0 else 0.0, "latency_ms": stats,
        "loadgen_cpu_utilization": run.loadgen_cpu_s / run.elapsed_s if run.elapsed_s > 0 else None,
    }
    cpu_s = run.deltas.get("target_cpu_s")
    if cpu_s is not None and run.elapsed_s > 0:
        # the target's whole process tree, all threads: > 1.0 means more than one core busy
        summary["target_cpu"] = {"cpu_s": cpu_s, "utilization": cpu_s / run.elapsed_s,
                                 "cpu_ms_per_request": cpu_s * 1000 / max(1, ok + errors)}
    if "upstream_requests" in run.deltas:
        connections, forwarded = run.deltas.get("upstream_connections"), run.deltas["upstream_requests"]
        summary["upstream"] = {"requests": forwarded, "connections_opened": connections,
                               # ~0 when the proxy keeps its upstream connections alive; ~1 when it does not
                               "connections_per_request": None if connections is None or not forwarded
                               else connections / forwarded}
    return summary


def with_added(levels: dict[int, dict[str, Any]], direct: dict[int, dict[str, Any]]) -> None:
    """Added latency: the proxy's percentile minus the direct one at the same concurrency."""
    for concurrency, level in levels.items():
        base = direct[concurrency]["latency_ms"]
        level["added_ms"] = {key: (None if level["latency_ms"][key] is None or base[key] is None
                                   else level["latency_ms"][key] - base[key])
                             for key in ("p50", "p90", "p99", "mean")}


def _ratio(ours: float | None, theirs: float | None) -> float | None:
    if ours is None or theirs is None or theirs <= 0:
        return None
    return ours / theirs


def compare(ours: dict[int, dict[str, Any]], litellm: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for concurrency in ours:
        mine, theirs = ours[concurrency], litellm[concurrency]
        p50 = _ratio(mine["added_ms"]["p50"], theirs["added_ms"]["p50"])
        p99 = _ratio(mine["added_ms"]["p99"], theirs["added_ms"]["p99"])
        rps = _ratio(mine["rps"], theirs["rps"])
        # server CPU per request, theirs over ours: what requests/s would be on cores of their own,
        # and far less sensitive than requests/s or latency to other load on a shared machine
        cpu = _ratio((theirs.get("target_cpu") or {}).get("cpu_ms_per_request"),
                     (mine.get("target_cpu") or {}).get("cpu_ms_per_request"))
        goals = {"added_p50": p50 is not None and p50 <= MAX_ADDED_LATENCY_RATIO,
                 "added_p99": p99 is not None and p99 <= MAX_ADDED_LATENCY_RATIO,
                 "rps": rps is not None and rps >= MIN_RPS_RATIO,
                 "no_errors": mine["errors"] == 0}
        rows.append({"concurrency": concurrency, "added_p50_ratio": p50, "added_p99_ratio": p99, "rps_ratio": rps,
                     "cpu_per_request_ratio_litellm_over_ours": cpu, "goals": goals, "met": all(goals.values())})
    return rows


# -- reporting ------------------------------------------------------------------------------------
def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _version_in(python: Path, package: str) -> str | None:
    result = subprocess.run([str(python), "-c", f"import importlib.metadata as m; print(m.version({package!r}))"],
                            capture_output=True, text=True)
    return result.stdout.strip() or None if result.returncode == 0 else None


def _stack_of(python: str) -> dict[str, bool]:
    """Whether uvicorn there can use uvloop and httptools (it falls back to asyncio and h11)."""
    if python == sys.executable:
        return {name: importlib.util.find_spec(name) is not None for name in ("uvloop", "httptools")}
    code = "import importlib.util as u, json; print(json.dumps({n: u.find_spec(n) is not None for n in " \
           "('uvloop', 'httptools')}))"
    result = subprocess.run([python, "-c", code], capture_output=True, text=True)
    return json.loads(result.stdout) if result.returncode == 0 else {}


def source_info() -> dict[str, Any]:
    """The hybridai source measured: its commit, and a hash of uncommitted changes to it, if any."""
    root = Path(__file__).resolve().parents[2]

    def git(*args: str) -> str | None:
        try:
            result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return result.stdout if result.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    if commit is None:
        return {"commit": None}
    diff = git("diff", "HEAD", "--", "hybridai") or ""
    return {"commit": commit.strip(), "dirty": bool(diff),
            "diff_sha256": hashlib.sha256(diff.encode()).hexdigest()[:16] if diff else None}


def machine_info() -> dict[str, Any]:
    cpu_model = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    memory_gib = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        memory_gib = round(int(Path("/proc/meminfo").read_text().split()[1]) / 1024**2, 1)
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu_model": cpu_model,
            "cpu_count": os.cpu_count(),
            "cpus_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "memory_gib": memory_gib}


def versions() -> dict[str, str | None]:
    from hybridai import __version__

    names = ("django", "django-ninja", "uvicorn", "uvloop", "httptools", "pydantic", "aiohttp", "limits")
    return {"hybridai": __version__, **{name: _version(name) for name in names}}


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_tables(targets: dict[str, dict[int, dict[str, Any]]], comparison: list[dict[str, Any]] | None) -> None:
    print()
    header = (f"{'target':<9} {'conc':>4} {'ok':>6} {'errors':>6} {'req/s':>9} {'p50 ms':>8} {'p90 ms':>8} "
              f"{'p99 ms':>8} {'+p50 ms':>8} {'+p99 ms':>8} {'cpu ms/req':>10} {'cpu util':>8} {'up conn/req':>11}")
    print(header)
    print("-" * len(header))
    for name, levels in targets.items():
        for concurrency, level in levels.items():
            lat, added, cpu = level["latency_ms"], level.get("added_ms", {}), level.get("target_cpu", {})
            per_request = level.get("upstream", {}).get("connections_per_request") if name != "direct" else None
            print(f"{name:<9} {concurrency:>4} {level['ok']:>6} {level['errors']:>6} {level['rps']:>9.1f} "
                  f"{_fmt(lat['p50'], 3):>8} {_fmt(lat['p90'], 3):>8} {_fmt(lat['p99'], 3):>8} "
                  f"{_fmt(added.get('p50'), 3):>8} {_fmt(added.get('p99'), 3):>8} "
                  f"{_fmt(cpu.get('cpu_ms_per_request'), 3):>10} {_fmt(cpu.get('utilization')):>8} "
                  f"{_fmt(per_request):>11}")
    if comparison:
        print()
        print(f"goal: added latency <= {MAX_ADDED_LATENCY_RATIO:.3f} x LiteLLM's (p50 and p99), "
              f"requests/s >= {MIN_RPS_RATIO:.0f} x LiteLLM's, no errors")
        print(f"{'conc':>4} {'+p50 ours/litellm':>18} {'+p99 ours/litellm':>18} {'rps ours/litellm':>17} "
              f"{'cpu/req litellm/ours':>21}  met")
        for row in comparison:
            goals = row["goals"]
            marks = " ".join(f"{name}={'yes' if ok else 'NO'}" for name, ok in goals.items())
            print(f"{row['concurrency']:>4} {_fmt(row['added_p50_ratio'], 3):>18} "
                  f"{_fmt(row['added_p99_ratio'], 3):>18} {_fmt(row['rps_ratio'], 3):>17} "
                  f"{_fmt(row['cpu_per_request_ratio_litellm_over_ours'], 3):>21}  "
                  f"{'YES' if row['met'] else 'NO'} ({marks})")


def _label(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def plot(path: Path, targets: dict[str, dict[int, dict[str, Any]]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = {"hybridai": "tab:blue", "litellm": "tab:orange", "direct": "tab:gray"}
    concurrency = sorted({c for levels in targets.values() for c in levels})
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.8), constrained_layout=True)
    panels = (("added_ms", "p50", "added latency p50 (ms)"), ("added_ms", "p99", "added latency p99 (ms)"),
              ("rps", None, "requests/s"))
    for ax, (metric, key, title) in zip(axes, panels, strict=True):
        plotted: list[float] = []

        def value(level: dict[str, Any], metric: str = metric, key: str | None = key) -> float | None:
            return level["rps"] if key is None else level[metric][key]

        for name, levels in targets.items():
            if metric == "added_ms" and name == "direct":
                continue
            xs = list(levels)
            ys = [value(levels[c]) for c in xs]
            ax.plot(xs, ys, marker="o", color=colours.get(name), label=name,
                    linestyle="--" if name == "direct" else "-")
            for x, y in zip(xs, ys, strict=True):
                if y is not None:
                    plotted.append(y)
                    ax.annotate(_label(y), (x, y), textcoords="offset points", xytext=(0, 6), ha="center",
                                fontsize=8)
        if "litellm" in targets:  # where hybridai has to be for the goal
            factor = MIN_RPS_RATIO if key is None else MAX_ADDED_LATENCY_RATIO
            xs = list(targets["litellm"])
            goal = [None if value(targets["litellm"][c]) is None else value(targets["litellm"][c]) * factor
                    for c in xs]
            ax.plot(xs, goal, color="tab:green", linestyle=":", marker="_",
                    label=f"goal: LiteLLM {'x 3' if key is None else '/ 3'}")
        ax.set_xscale("log", base=2)
        # added latency can come out at or below zero for a very light proxy: log scale would drop it
        ax.set_yscale("log" if plotted and min(plotted) > 0 else "symlog")
        ax.set_xticks(concurrency, [str(c) for c in concurrency])
        ax.set_xlabel("concurrency")
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("hybridai vs LiteLLM proxy, same instant local upstream and load "
                 "(added latency: lower is better; requests/s: higher is better)")
    fig.savefig(path, dpi=120)
    plt.close(fig)


# -- command ----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hybridai bench server", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=concurrency_levels, default=[1, 16, 64],
                        help="comma-separated concurrency levels (default: 1,16,64)")
    parser.add_argument("--requests", type=int, help="measured requests per level "
                        "(default: 2000: a p99 needs enough requests above it)")
    parser.add_argument("--warmup", type=int, help="unmeasured requests before each level (default: max(50, 4 x c))")
    parser.add_argument("--workers", type=int, default=1, help="server workers for both proxies (default: 1)")
    parser.add_argument("--litellm-venv", type=Path, default=DEFAULT_LITELLM_VENV,
                        help=f"virtual environment with litellm[proxy]; created if missing (default: "
                             f"{DEFAULT_LITELLM_VENV})")
    parser.add_argument("--no-litellm", action="store_true", help="measure only hybridai (and direct)")
    parser.add_argument("--private-model", type=Path, help="private model folder for hybridai serve "
                        f"(default: a small demo model built once into {DEFAULT_MODEL_DIR})")
    parser.add_argument("--database-url", help="hybridai's database (e.g. postgres://...; default: SQLite in a "
                        "temporary data dir). Its keys and conversations are left behind")
    parser.add_argument("--pin", choices=["auto", "on", "off"], default="auto",
                        help="pin the proxy to its own cores, upstream and load generator to the rest "
                             "(auto: when there are at least workers + 1 CPUs)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request timeout in seconds")
    parser.add_argument("--out", type=Path, help="output folder (default: reports/bench_server/<run-id>/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.workers < 1 or (args.requests is not None and args.requests < 1) or args.timeout <= 0 \
            or (args.warmup is not None and args.warmup < 0):
        print("hybridai bench server: error: --workers and --requests must be positive, --warmup not negative, "
              "--timeout positive", file=sys.stderr)
        return 2
    run_id = reports.new_run_id()
    out: Path = args.out or reports.run_dir("bench_server", run_id)
    try:
        return _run(args, run_id, out)
    except BenchError as exc:
        print(f"hybridai bench server: error: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, run_id: str, out: Path) -> int:
    if importlib.util.find_spec("matplotlib") is None:  # fail now, not after minutes of measuring
        raise BenchError("the plot needs matplotlib: pip install matplotlib")
    out.mkdir(parents=True, exist_ok=True)
    log_dir = out / "logs"
    log_dir.mkdir(exist_ok=True)
    levels: list[int] = args.concurrency
    plan = Plan(levels, {c: args.requests or 2000 for c in levels},
                {c: args.warmup if args.warmup is not None else max(50, 4 * c) for c in levels}, args.timeout)
    placement = plan_placement(args.workers, args.pin)
    litellm_executable = None if args.no_litellm else ensure_litellm(args.litellm_venv)
    model_dir = args.private_model
    if model_dir is None:
        model_dir = DEFAULT_MODEL_DIR.resolve()
        print(f"demo model for the private side: {model_dir}", flush=True)
        ensure_demo_model(model_dir, log_dir)
    print(f"run {run_id}: concurrency {levels}, workers {args.workers}, requests {plan.requests}, "
          f"placement {placement.to_dict()}", flush=True)

    results: dict[str, dict[int, dict[str, Any]]] = {}
    info: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="hybridai-bench-") as tmp, pinned(placement.client_cpus):
        work_dir = Path(tmp)
        direct, upstream_process = start_upstream(log_dir, work_dir)
        upstream_url = f"http://{HOST}:{direct.port}/v1"
        try:
            targets = [direct, start_hybridai(upstream_url=upstream_url, model_dir=model_dir, work_dir=work_dir,
                                              log_dir=log_dir, workers=args.workers, cpus=placement.server_cpus,
                                              database_url=args.database_url)]
            try:
                if litellm_executable is not None:
                    targets.append(start_litellm(executable=litellm_executable, upstream_url=upstream_url,
                                                 work_dir=work_dir, log_dir=log_dir, workers=args.workers,
                                                 cpus=placement.server_cpus))
                print("measuring:", flush=True)
                # level by level, each target in turn: other load on the machine, which drifts over the
                # minutes a run takes, then weighs on every target of a level alike
                for concurrency in levels:
                    for target in targets:
                        with only_one_proxy_running(target, targets[1:]):
                            run = measure(target, plan, direct.port, [concurrency])[concurrency]
                        results.setdefault(target.name, {})[concurrency] = summarize(run)
            finally:
                for target in targets[1:]:
                    target.stop()
            info["direct"] = {"what": "the load generator straight to the bench upstream"}
            for target in targets[1:]:
                info[target.name] = {"startup_s": target.startup_s, **target.info}
        finally:
            upstream_process.stop()

    for name in ("hybridai", "litellm"):
        if name in results:
            with_added(results[name], results["direct"])
    comparison = compare(results["hybridai"], results["litellm"]) if "litellm" in results else None
    headroom = {c: _ratio(results["direct"][c]["rps"], max(results[name][c]["rps"] for name in results
                                                          if name != "direct")) for c in levels}
    total_errors = sum(level["errors"] for levels_ in results.values() for level in levels_.values())
    metrics = {
        "benchmark": "server", "run_id": run_id, "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "config": {"concurrency": levels, "requests": {str(c): n for c, n in plan.requests.items()},
                   "warmup": {str(c): n for c, n in plan.warmup.items()}, "workers": args.workers,
                   "timeout_s": args.timeout, "placement": placement.to_dict(),
                   "request": {"path": "/v1/chat/completions", "body": json.loads(request_body()),
                               "upstream_answer": upstream.ANSWER}},
        "loadgen": {"kind": "raw asyncio HTTP/1.1 keep-alive, one connection per concurrent client, one process",
                    "headroom_direct_over_fastest_proxy": {str(c): h for c, h in headroom.items()},
                    "min_headroom_required": MIN_LOADGEN_HEADROOM,
                    "ok": all(h is not None and h >= MIN_LOADGEN_HEADROOM for h in headroom.values())},
        "machine": machine_info(), "versions": versions(), "source": source_info(),
        "goal": {"max_added_latency_ratio": MAX_ADDED_LATENCY_RATIO, "min_rps_ratio": MIN_RPS_RATIO},
        "targets": {name: {"levels": {str(c): level for c, level in levels_.items()}, **info.get(name, {})}
                    for name, levels_ in results.items()},
        "comparison": comparison,
        "goals_met": None if comparison is None else all(row["met"] for row in comparison),
        "total_errors": total_errors,
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    plot(out / "server_bench.png", results)
    print_tables(results, comparison)
    if total_errors:
        print(f"\nWARNING: {total_errors} requests failed; see error_kinds in metrics.json and the logs in {log_dir}")
    if metrics["loadgen"]["ok"] is False:
        print(f"\nWARNING: direct throughput is less than {MIN_LOADGEN_HEADROOM:.0f}x the fastest proxy's at some "
              f"level ({headroom}): the load generator may limit the numbers")
    starved = {f"{name} c={c}": round(level["target_cpu"]["utilization"], 2) for name, levels_ in results.items()
               for c, level in levels_.items() if c > 1 and "target_cpu" in level
               and level["target_cpu"]["utilization"] < MIN_BUSY_SERVER_UTILIZATION}
    if starved:
        print(f"\nWARNING: under load a server should keep its core busy, but got only {starved} of it: other "
              "work on the machine took the rest, so requests/s and latency understate it (cpu/req does not)")
    if comparison is not None:
        print(f"\ngoal met at every concurrency: {'YES' if metrics['goals_met'] else 'NO'}")
    print(f"\nwrote {out / 'metrics.json'} and {out / 'server_bench.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
