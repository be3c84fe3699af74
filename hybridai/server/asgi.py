"""ASGI entry point: ``uvicorn hybridai.server.asgi:application``. Configures Django from the
hybridai settings ($HYBRIDAI_CONFIG), applies migrations and loads the engine at worker start."""

from __future__ import annotations

from hybridai.server.django_setup import configure

configure()

from django.core.asgi import get_asgi_application  # noqa: E402  (Django must be configured first)

from hybridai.server.runtime import get_runtime  # noqa: E402

application = get_asgi_application()
_ = get_runtime().engine  # load the private model now, not on the first request
