from pathlib import Path

import ninja
from django.urls import path, re_path
from django.views.static import serve

from hybridai.server.api import api

# The docs page's own assets (Swagger UI ships inside django-ninja); nothing is loaded from a CDN.
NINJA_STATIC = Path(ninja.__file__).resolve().parent / "static"

urlpatterns = [
    path("", api.urls),
    re_path(r"^static/(?P<path>ninja/.*)$", serve, {"document_root": str(NINJA_STATIC)}),
]
