"""The write-behind writer fits its work into the gaps between requests (hybridai.server.db.Activity):
while a request is being answered it holds back, up to ``max_defer_s`` per batch; a reader waiting
for the commit is never held back. Runs in a subprocess: Django is configured once per process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import Database

SCRIPT = textwrap.dedent('''
    import asyncio, os, time
    from hybridai.config import load_settings
    from hybridai.server.django_setup import configure, migrate
    configure(load_settings({"data_dir": os.environ["HYBRIDAI_DATA_DIR"]}))
    migrate()
    from hybridai.server.db import Activity, Writer
    from hybridai.server.models import AuditEvent

    def event(outcome):
        return {"endpoint": "/v1/chat/completions", "status_code": 200, "outcome": outcome, "latency_ms": 1}

    def stored(outcome):
        return AuditEvent.objects.filter(outcome=outcome).count()

    def wait_for(outcome, timeout_s=20.0):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if stored(outcome):
                return True
            time.sleep(0.01)
        return False

    activity = Activity()
    patient = Writer(gather_s=0.001, activity=activity, max_defer_s=60)
    activity.started()
    patient.audit(**event("held"))
    time.sleep(0.5)
    assert stored("held") == 0, "written while a request was being answered"
    activity.finished()
    assert wait_for("held"), "not written once the worker was idle"

    # a reader waiting for the commit is not held back by requests in flight
    activity.started()
    seq = patient.audit(**event("awaited"))
    asyncio.run(asyncio.wait_for(patient.wait(seq), timeout=20))
    assert stored("awaited") == 1
    activity.finished()
    patient.close()

    # a worker that is never idle still gets its writes committed, after max_defer_s
    busy = Activity()
    busy.started()
    impatient = Writer(gather_s=0.001, activity=busy, max_defer_s=0.3)
    for index in range(40):  # more than one chunk
        impatient.audit(**event(f"busy-{index}"))
    assert wait_for("busy-39"), "a never-idle worker's writes were never committed"
    assert AuditEvent.objects.filter(outcome__startswith="busy-").count() == 40
    impatient.close()
    print("GAPS-OK")
''')


def test_writer_waits_for_gaps_between_requests(database: Database, tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "HYBRIDAI_CONFIG"}}
    env["HYBRIDAI_DATA_DIR"] = str(tmp_path)
    if database.url:
        env["DATABASE_URL"] = database.url
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and "GAPS-OK" in result.stdout, result.stdout + result.stderr
