"""The write-behind writer builds its INSERT parameters itself (hybridai.server.db.Rows) instead
of going through model instances: what it stores must read back exactly as what the ORM stores
from the same values, on SQLite and PostgreSQL. Runs in a subprocess: Django is configured once
per process, and the server tests' processes each have their own database."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import Database

SCRIPT = textwrap.dedent('''
    import datetime as dt, json, os, sys
    from hybridai.config import load_settings
    from hybridai.server.django_setup import configure, migrate
    configure(load_settings({"data_dir": os.environ["HYBRIDAI_DATA_DIR"]}))
    migrate()
    from django.db import transaction
    from hybridai.server.db import Rows
    from hybridai.server.models import AuditEvent, ChatMessage, Conversation

    tz8 = dt.timezone(dt.timedelta(hours=8))
    when = dt.datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=tz8)
    conversation = Conversation.objects.create(tenant="t", session_id="orm", state={"k": [1, 2]})
    samples = {
        AuditEvent: [
            {"created_at": when, "key_id": "k1", "tenant": "acme", "endpoint": "/v1/chat/completions",
             "status_code": 200, "outcome": "ok", "session_id": "s", "route": "cloud", "backend": "cloud:x",
             "latency_ms": 2, "ttft_ms": None, "prompt_tokens": 12, "completion_tokens": 7,
             "reasons": ["masked EMAIL", "中文理由"], "cloud_payload": [{"role": "user", "content": "<EMAIL_1> hi"}]},
            {"created_at": when, "endpoint": "/v1/models", "status_code": 401, "outcome": "authentication_error",
             "latency_ms": 0.25, "ttft_ms": 1.5, "error": "bad key", "cloud_payload": None},  # the rest: defaults
        ],
        ChatMessage: [
            {"conversation_id": conversation.id, "role": "user", "content": "第一句 \\u2028 'quoted' \\"x\\"",
             "route": None, "backend": None, "created_at": when},
            {"conversation_id": conversation.id, "role": "assistant", "content": "answer", "route": "private",
             "backend": "private:demo", "prompt_tokens": 3, "completion_tokens": 5, "interrupted": True,
             "created_at": dt.datetime(2001, 1, 1, tzinfo=dt.UTC)},
        ],
        Conversation: [
            {"tenant": "t", "session_id": "rows-1", "state": {"summary": "x", "n": 1.5}, "created_at": when,
             "updated_at": when},
            {"tenant": "t", "session_id": "rows-2", "created_at": when, "updated_at": when},
        ],
    }
    def read(model, pk):
        return {k: v for k, v in model.objects.filter(pk=pk).values().get().items() if k not in ("id", "session_id")}
    for model, rows in samples.items():
        for index, row in enumerate(rows):
            if model is Conversation:
                orm = model.objects.create(**{**row, "session_id": row["session_id"] + "-orm"})
            else:
                orm = model.objects.create(**row)
            before = set(model.objects.values_list("pk", flat=True))
            with transaction.atomic():
                Rows(model).insert([Rows(model).prepare(row)])
            (pk,) = set(model.objects.values_list("pk", flat=True)) - before
            if model is not Conversation:  # auto_now fields: the ORM sets its own time, compare the rest
                ours, theirs = read(model, pk), read(model, orm.pk)
                assert ours == theirs, (model.__name__, index, ours, theirs)
            else:
                ours, theirs = read(model, pk), read(model, orm.pk)
                assert ours["state"] == theirs["state"] and ours["tenant"] == theirs["tenant"], (ours, theirs)
                assert ours["created_at"] == when and ours["updated_at"] == when, ours
    # a message row whose conversation id is filled in when written
    later = Rows(ChatMessage, filled_later=("conversation_id",))
    prepared = later.prepare({"role": "user", "content": "later", "created_at": when})
    with transaction.atomic():
        later.insert([(conversation.id, *prepared)])
    stored = ChatMessage.objects.get(content="later")
    assert stored.conversation_id == conversation.id and stored.created_at == when and stored.prompt_tokens == 0
    print("ROWS-OK")
''')


def test_rows_store_what_the_orm_stores(database: Database, tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "HYBRIDAI_CONFIG"}}
    env["HYBRIDAI_DATA_DIR"] = str(tmp_path)
    if database.url:
        env["DATABASE_URL"] = database.url
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "ROWS-OK" in result.stdout, result.stdout + result.stderr
