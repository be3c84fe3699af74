"""The REST server: the engine over an OpenAI-compatible API (Django + django-ninja, served by
uvicorn). Optional: install with ``pip install 'hybridai[server]'`` and run ``hybridai serve``.

Views only validate and call :mod:`hybridai.server.services`; reads live in
:mod:`hybridai.server.selectors`. Django is configured programmatically from the same
:class:`~hybridai.config.Settings` as everything else (:mod:`hybridai.server.django_setup`).
"""
