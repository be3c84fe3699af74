"""Configure Django from hybridai's settings, without a settings module on disk: the database,
secret and limits all come from :class:`~hybridai.config.Settings` (TOML + environment)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from hybridai.config import Settings, load_settings
from hybridai.errors import ConfigError

_configured: Settings | None = None


def server_secret(settings: Settings) -> str:
    """$HYBRIDAI_SECRET_KEY, or a secret generated once into the data dir (mode 0600)."""
    if settings.server.secret_key is not None:
        return settings.server.secret_key.get_secret_value()
    path = settings.data_dir / "server-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def database_config(settings: Settings) -> dict[str, Any]:
    """Persistent connections: the server's few database threads (hybridai.server.db) keep one
    each, checked before every use, instead of a new connection per request."""
    import dj_database_url

    if settings.server.database_url:
        try:
            return dj_database_url.parse(settings.server.database_url, conn_max_age=None, conn_health_checks=True)
        except ValueError as exc:
            raise ConfigError(f"server.database_url (DATABASE_URL): {exc}") from exc
    path: Path = settings.data_dir / "server.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a transaction takes the write lock when it begins, waiting up to `timeout` for it. A
    # deferred one (the default) that reads and then writes fails at once with "database is locked"
    # when another connection writes meanwhile: concurrent chat requests would get 500s.
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path), "CONN_MAX_AGE": None,
            # WAL: readers never wait for the writer; NORMAL: fsync at checkpoints, not every commit
            # (a power cut may lose the last commits, never corrupt the file)
            "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE",
                        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}}


def django_settings(settings: Settings) -> dict[str, Any]:
    return {
        "SECRET_KEY": server_secret(settings),
        "DEBUG": False,
        "ALLOWED_HOSTS": ["127.0.0.1", "localhost", "[::1]", "testserver"],
        # ninja + staticfiles + templates: the /docs page, served with its own assets (no CDN)
        "INSTALLED_APPS": ["ninja", "django.contrib.staticfiles", "hybridai.server.apps.HybridAIServerConfig"],
        "TEMPLATES": [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}],
        "STATIC_URL": "/static/",
        "MIDDLEWARE": ["hybridai.server.middleware.ApiMiddleware"],
        "ROOT_URLCONF": "hybridai.server.urls",
        "DATABASES": {"default": database_config(settings)},
        "USE_TZ": True,
        "TIME_ZONE": "UTC",
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        # Bodies are JSON, checked against server.max_body_bytes by the middleware (413).
        "DATA_UPLOAD_MAX_MEMORY_SIZE": None,
        "LOGGING": {"version": 1, "disable_existing_loggers": False,
                    "handlers": {"console": {"class": "logging.StreamHandler"}},
                    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"},
                                "hybridai": {"handlers": ["console"], "level": "WARNING"}}},
        "HYBRIDAI": settings,
    }


def configure(settings: Settings | None = None) -> Settings:
    """Configure Django once per process (idempotent) and return the hybridai settings in force."""
    global _configured
    if _configured is not None:
        return _configured
    import django
    from django.conf import settings as django_conf

    settings = settings or load_settings()
    if not django_conf.configured:
        django_conf.configure(**django_settings(settings))
        django.setup()
    _configured = django_conf.HYBRIDAI
    return _configured


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
