"""End-to-end fixtures for the REST server: a real database (SQLite file, or a PostgreSQL server
started in a temp dir), API keys made with ``hybridai keys create``, and ``hybridai serve`` run as
a subprocess on 127.0.0.1. One server per database backend is shared by the whole session."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from hybridai.testing.openai_server import OpenAIStubServer, StubState
from tests.conftest import CLOUD_KEY, CLOUD_KEY_ENV
from tests.helpers import free_port

HYBRIDAI = str(Path(sys.executable).with_name("hybridai"))
SECRET_KEY = "e2e-master-secret-0123456789abcdef-0123456789"  # >= 32 bytes, fixed for the whole session
HOST = "127.0.0.1"
MAX_BODY_BYTES = 20_000
MAX_MESSAGES = 8
MAX_MESSAGE_CHARS = 4_000
MAX_TOTAL_CHARS = 8_000
KEY_CACHE_S = 1.0  # how long a revoked key may still be accepted
SERVER_START_TIMEOUT_S = 60.0

PRC_ID = "440305198806122717"
EMAIL = "li.na@hengyuan-tech.cn"


# -- helpers --------------------------------------------------------------------------------------
def port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.05, what: str = "") -> Any:
    """Poll until ``predicate()`` is truthy; return its value, or fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what or predicate}")
        time.sleep(interval)


def assert_openai_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is ``status`` with OpenAI's error body ``{"error": {message, type, param, code}}``."""
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}, error
    assert isinstance(error["message"], str) and error["message"], error
    assert isinstance(error["type"], str) and error["type"], error
    assert error["param"] is None or isinstance(error["param"], str), error
    assert error["code"] is None or isinstance(error["code"], str), error
    if code is not None:
        assert error["code"] == code, error
    return error


# -- databases ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Database:
    kind: str  # "sqlite" or "postgres"
    url: str | None  # DATABASE_URL; None for SQLite (a file in the data dir)


def _postgres_bin_dir() -> Path:
    found = shutil.which("initdb")
    if found and Path(found).with_name("pg_ctl").exists():
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if candidates and Path(candidates[-1]).with_name("pg_ctl").exists():
        return Path(candidates[-1]).parent
    pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package `postgresql` "
                "(apt-get install postgresql), or run `make system-deps`")


@dataclass
class PostgresCluster:
    bin_dir: Path
    root: Path
    port: int
    as_postgres: bool

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:  # initdb and the server refuse to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                env={**os.environ, "LC_ALL": "C", "LANG": "C"})
        if result.returncode != 0:
            log = self.root / "postgres.log"
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            pytest.fail(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n{tail}")
        return result

    def superuser_connection(self) -> Any:
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=self.port, user="postgres", dbname="postgres",
                               autocommit=True, connect_timeout=10)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A real PostgreSQL server on 127.0.0.1 (fsync off: test data only), stopped and removed at the end."""
    bin_dir = _postgres_bin_dir()
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="hybridai-pg-"))
    cluster = PostgresCluster(bin_dir, root, free_port(), as_postgres)
    cluster.socket_dir.mkdir()
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(cluster.socket_dir, "postgres", "postgres")
    started = False
    try:
        cluster.run("initdb", "-D", str(cluster.data_dir), "-U", "postgres", "-E", "UTF8", "--no-locale",
                    "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        options = (f"-c listen_addresses={HOST} -p {cluster.port} -k {cluster.socket_dir} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        cluster.run("pg_ctl", "-D", str(cluster.data_dir), "-l", str(root / "postgres.log"), "-o", options,
                    "-w", "-t", "60", "start")
        started = True
        yield cluster
    finally:
        if started:
            cluster.run("pg_ctl", "-D", str(cluster.data_dir), "-m", "fast", "-w", "-t", "60", "stop")
        shutil.rmtree(root, ignore_errors=True)


def _create_postgres_database(cluster: PostgresCluster, name: str) -> str:
    user, password = f"{name}_user", secrets.token_hex(12)
    with cluster.superuser_connection() as conn:
        conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {name} OWNER {user}")
    return f"postgres://{user}:{password}@{HOST}:{cluster.port}/{name}"


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> Database:
    if request.param == "sqlite":
        return Database("sqlite", None)
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return Database("postgres", _create_postgres_database(cluster, f"hybridai_e2e_{secrets.token_hex(4)}"))


# -- the server -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Key:
    key_id: str
    api_key: str = field(repr=False)
    signing_secret: str = field(repr=False)
    tenant: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


@dataclass
class Server:
    database: Database
    data_dir: Path
    config_path: Path
    env: dict[str, str]
    port: int = 0
    keys: dict[str, Key] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def v1(self) -> str:
        return f"{self.base_url}/v1"

    @property
    def database_url(self) -> str | None:
        return self.database.url

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "server.sqlite3"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:] if self.log_path and self.log_path.exists() else ""

    # the command line, against the same config and database as the server
    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([HYBRIDAI, *args], capture_output=True, text=True, timeout=timeout, env=self.env)
        assert result.returncode == 0, f"hybridai {' '.join(args)} failed: {result.stdout}\n{result.stderr}"
        return result

    def create_key(self, tenant: str, *options: str) -> Key:
        return _parse_key(self.cli("keys", "create", "--tenant", tenant, "--json", *options).stdout)

    def client(self, key: Key | None = None, **kwargs: Any) -> httpx.Client:
        headers = key.headers if key is not None else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=kwargs.pop("timeout", 30.0), **kwargs)

    # the audit table, read directly from the database
    def query(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        """Run ``sql`` (``%s`` placeholders) against the server's database; rows as dicts."""
        if self.database.kind == "sqlite":
            with contextlib.closing(sqlite3.connect(self.sqlite_path, timeout=30)) as conn:
                conn.row_factory = sqlite3.Row
                rows = [dict(row) for row in conn.execute(sql.replace("%s", "?"), params).fetchall()]
        else:
            import psycopg
            from psycopg.rows import dict_row

            assert self.database.url is not None
            with psycopg.connect(self.database.url, row_factory=dict_row, connect_timeout=10) as conn:
                rows = list(conn.execute(sql, params).fetchall())
        for row in rows:  # JSON columns: text in SQLite, decoded already from PostgreSQL's jsonb
            for name in ("cloud_payload", "reasons"):
                if isinstance(row.get(name), str):
                    row[name] = json.loads(row[name])
        return rows

    def audit_events(self, where: str = "1 = 1", *params: Any) -> list[dict[str, Any]]:
        return self.query(f"SELECT * FROM hybridai_server_auditevent WHERE {where} ORDER BY id", *params)


def _parse_key(stdout: str) -> Key:
    data = json.loads(stdout)
    return Key(data["key_id"], data["api_key"], data["signing_secret"], data["tenant"])


def _toml(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string


def _write_config(path: Path, data_dir: Path, model_dir: Path, cloud_base_url: str) -> None:
    path.write_text(f"""
data_dir = {_toml(str(data_dir))}

[private]
model = {_toml(str(model_dir))}

[cloud]
base_url = {_toml(cloud_base_url)}
model = "stub-model"
api_key_env = {_toml(CLOUD_KEY_ENV)}
timeout_s = 5.0
connect_timeout_s = 2.0
max_retries = 0
retry_initial_s = 0.01
retry_max_s = 0.05

[generation]
max_tokens = 16
temperature = 0.0

[limits]
max_messages = {MAX_MESSAGES}
max_message_chars = {MAX_MESSAGE_CHARS}
max_total_chars = {MAX_TOTAL_CHARS}

[server]
max_body_bytes = {MAX_BODY_BYTES}
# generous defaults: the fuzz and attack tests make many requests; limits are tested with per-key ones
default_rpm = 1000000
default_tpd = 1000000000
key_cache_s = {KEY_CACHE_S}
""", encoding="utf-8")


# the keys every server gets: name -> `hybridai keys create` options
KEY_SPECS: dict[str, tuple[str, ...]] = {
    "a": ("--tenant", "tenant-a", "--name", "normal"),
    "b": ("--tenant", "tenant-b", "--name", "other tenant"),
    "rpm3": ("--tenant", "tenant-a", "--rpm", "3"),
    "tpd50": ("--tenant", "tenant-a", "--tpd", "50"),
    "signed": ("--tenant", "tenant-a", "--require-signature"),
    "chat_only": ("--tenant", "tenant-a", "--scopes", "chat"),
}


def _start_server(server: Server) -> None:
    # the first command applies the migrations; the others may then run side by side
    names = list(KEY_SPECS)
    server.keys[names[0]] = _parse_key(server.cli("keys", "create", "--json", *KEY_SPECS[names[0]]).stdout)
    running = {name: subprocess.Popen([HYBRIDAI, "keys", "create", "--json", *KEY_SPECS[name]], env=server.env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in names[1:]}
    for name, process in running.items():
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, f"hybridai keys create {KEY_SPECS[name]} failed: {stdout}\n{stderr}"
        server.keys[name] = _parse_key(stdout)

    launch(server)


def launch(server: Server) -> None:
    """Start ``hybridai serve`` for ``server`` (its config, database and keys) on a free port."""
    server.port = free_port()
    server.log_path = server.data_dir.parent / f"serve-{server.port}.log"
    with server.log_path.open("wb") as log:
        server.process = subprocess.Popen([HYBRIDAI, "serve", "--host", HOST, "--port", str(server.port)],
                                          env=server.env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while True:
        if server.process.poll() is not None:
            pytest.fail(f"hybridai serve exited with {server.process.returncode}:\n{server.log()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{server.base_url}/healthz", timeout=2).status_code == 200:
                return
        if time.monotonic() > deadline:
            _stop_server(server)
            pytest.fail(f"hybridai serve not healthy after {SERVER_START_TIMEOUT_S:.0f} s:\n{server.log()}")
        time.sleep(0.1)


def _stop_server(server: Server) -> None:
    process = server.process
    if process is None:
        return
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    server.process = None
    assert not port_open(server.port), f"port {server.port} still open after the server stopped"


@pytest.fixture(scope="session")
def server(database: Database, demo_model_dir: Path, _cloud_server: OpenAIStubServer,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``hybridai serve`` on a free port of 127.0.0.1, for one database backend, with the keys of KEY_SPECS."""
    root = tmp_path_factory.mktemp(f"server-{database.kind}")
    data_dir, config_path = root / "data", root / "hybridai.toml"
    _write_config(config_path, data_dir, demo_model_dir, _cloud_server.base_url)
    env = {name: value for name, value in os.environ.items()
           if name not in {"DATABASE_URL", "REDIS_URL", "HYBRIDAI_DATA_DIR", "PROMETHEUS_MULTIPROC_DIR"}}
    env.update({"HYBRIDAI_CONFIG": str(config_path), "HYBRIDAI_SECRET_KEY": SECRET_KEY, CLOUD_KEY_ENV: CLOUD_KEY,
                "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"})
    if database.url:
        env["DATABASE_URL"] = database.url
    running = Server(database, data_dir, config_path, env)
    try:
        _start_server(running)
        yield running
    finally:
        _stop_server(running)


@pytest.fixture(autouse=True)
def _default_cloud(_cloud_server: OpenAIStubServer) -> Iterator[OpenAIStubServer]:
    """Every server test starts (and leaves) the stand-in cloud with default behaviour and no recordings."""

    def reset() -> None:
        defaults = StubState(api_key=CLOUD_KEY)
        for name in ("model", "api_key", "responder", "chunk_delay", "keepalive_comments", "always_fail"):
            setattr(_cloud_server.state, name, getattr(defaults, name))
        _cloud_server.reset()

    reset()
    yield _cloud_server
    reset()


@pytest.fixture
def stub(_default_cloud: OpenAIStubServer) -> OpenAIStubServer:
    return _default_cloud


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: run against the SQLite-backed server only")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``sqlite_only`` (long fuzz and attack runs) drop their PostgreSQL variant."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        if item.get_closest_marker("sqlite_only") and callspec and callspec.params.get("database") == "postgres":
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
