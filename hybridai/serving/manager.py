"""The version manager: which private model versions exist, which are loaded, which one answers
requests that name none — changed at runtime without dropping a request.

- Every request holds a *lease* on its version for as long as it streams; unloading a version
  refuses new leases at once and releases the model only when the last lease ends, so in-flight
  requests finish on the backend they started on.
- Transformers versions on the same base model folder share one copy of the base weights and one
  batcher: LoRA adapters are loaded into the base as named peft adapters, and a batch may mix
  rows of different adapters (peft's ``adapter_names``), so switching adapters reloads nothing.
- ``openai`` versions are OpenAI-compatible servers on the user's own hardware (vLLM, ...): they
  are private backends, so sensitive requests may go there.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hybridai.backends.base import ChatBackend
from hybridai.errors import (
    ConfigError,
    InvalidRequestError,
    ModelLoadError,
    ModelVersionUnavailable,
    UnknownModelVersion,
)
from hybridai.registry import BACKENDS
from hybridai.serving.versions import ModelVersionSpec, registered_versions
from hybridai.types import BackendEvent, GenerationParams, Message


@dataclass(frozen=True)
class VersionInfo:
    name: str
    kind: str
    loaded: bool
    default: bool
    unloading: bool
    in_flight: int
    backend: str | None
    shared_base: str | None = None  # loaded transformers versions: the model folder whose weights they share
    manifest: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "loaded": self.loaded, "default": self.default,
                "unloading": self.unloading, "in_flight": self.in_flight, "backend": self.backend,
                "shared_base": self.shared_base, "manifest": self.manifest}


class _SharedBase:
    """One transformers model folder loaded once, with its batcher and the adapters loaded into it."""

    def __init__(self, backend: Any, batcher: Any) -> None:
        self.backend = backend
        self.batcher = batcher
        self.users: set[str] = set()  # version names served by this base


class _AdapterView:
    """The backend a transformers version resolves to: its base's batcher, decoding with its adapter."""

    def __init__(self, base: _SharedBase, adapter: str | None, name: str) -> None:
        self.base, self.adapter, self.name = base, adapter, name

    @property
    def context_length(self) -> int:
        return self.base.backend.context_length

    def render_prompt(self, messages: Sequence[Message]) -> str:
        return self.base.backend.render_prompt(messages)

    def count_tokens(self, text: str) -> int:
        return self.base.backend.count_tokens(text)

    def astream(self, messages: Sequence[Message], params: GenerationParams) -> AsyncIterator[BackendEvent]:
        return self.base.batcher.astream(messages, params, adapter=self.adapter)

    async def aclose(self) -> None:
        """The manager releases the shared base when its last version is unloaded."""


@dataclass(eq=False)
class _Loaded:
    backend: Any
    base_key: str | None = None  # set for transformers versions (the shared base's folder)
    in_flight: int = 0
    unloading: bool = False
    drained: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class ServingOptions:
    device: str = "cpu"
    threads: int = 0
    max_batch_size: int = 16
    max_wait_ms: float = 0.0


class VersionManager:
    """Loads, switches and unloads named private model versions. Thread-safe; leases work from any
    event loop (the sync API's background loop and a notebook's own)."""

    def __init__(self, specs: Sequence[ModelVersionSpec], default: str, *, options: ServingOptions | None = None,
                 data_dir: Path | None = None, secret: Callable[[str], str | None] = lambda name: None,
                 custom: dict[str, Callable[[], ChatBackend]] | None = None, implicit: str | None = None) -> None:
        self.options = options or ServingOptions()
        self._configured = list(specs)
        self._data_dir = data_dir
        self._secret = secret
        self._custom = dict(custom or {})  # name → factory, for backends given as objects or by registry name
        self._implicit = implicit  # the version made from private.model: its backend keeps the plain name
        self._lock = threading.RLock()  # state only: held for microseconds, also from event loops
        self._load_lock = threading.Lock()
        self._loaded: dict[str, _Loaded] = {}
        self._bases: dict[str, _SharedBase] = {}
        self._specs: dict[str, ModelVersionSpec] = {}
        self.refresh()
        self._default = self._known(default)

    @classmethod
    def from_settings(cls, settings: Any, *, private_backend: ChatBackend | None = None,
                      secret: Callable[[str], str | None] = lambda name: None) -> VersionManager:
        """The versions of ``settings.private``: the one made from ``model`` / ``adapter`` (or the
        given ``private_backend``), ``versions``, and the data dir's registry."""
        private = settings.private
        implicit = private.implicit_version
        if any(spec.name == implicit for spec in private.versions):
            raise ConfigError(f"private.versions: {implicit!r} is the name of the version made from private.model")
        specs, custom = list(private.versions), {}
        if private_backend is not None:
            custom[implicit] = lambda: private_backend
        elif private.backend == "transformers":
            specs.insert(0, ModelVersionSpec(name=implicit, kind="transformers", path=str(settings.private_model_dir),
                                             adapter=private.adapter))
        else:
            custom[implicit] = lambda: BACKENDS.load(private.backend).from_settings(settings)
        options = ServingOptions(device=private.device, threads=private.threads,
                                 max_batch_size=private.max_batch_size, max_wait_ms=private.max_wait_ms)
        try:
            return cls(specs, private.default_version or implicit, options=options, data_dir=settings.data_dir,
                       secret=secret, custom=custom, implicit=implicit)
        except UnknownModelVersion as exc:
            raise ConfigError(f"private.default_version: {exc}") from None

    # -- what exists ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read ``<data_dir>/models/registry.json`` (training and quantization jobs add to it).
        Versions from the config win over registry entries of the same name."""
        registry = registered_versions(self._data_dir) if self._data_dir is not None else []
        specs = {spec.name: spec for spec in registry}
        specs.update({spec.name: spec for spec in self._configured})
        with self._lock:
            self._specs = specs

    def names(self) -> list[str]:
        with self._lock:
            return sorted({*self._specs, *self._custom})

    @property
    def default(self) -> str:
        return self._default

    def spec(self, name: str) -> ModelVersionSpec | None:
        return self._specs.get(self._known(name))

    def list(self) -> list[VersionInfo]:
        with self._lock:
            infos = []
            for name in self.names():
                spec, loaded = self._specs.get(name), self._loaded.get(name)
                infos.append(VersionInfo(
                    name=name, kind=spec.kind if spec is not None and name not in self._custom else "custom",
                    loaded=loaded is not None, default=name == self._default,
                    unloading=loaded is not None and loaded.unloading,
                    in_flight=loaded.in_flight if loaded is not None else 0,
                    backend=loaded.backend.name if loaded is not None else None,
                    shared_base=loaded.base_key if loaded is not None else None,
                    manifest=dict(spec.manifest) if spec is not None else {}))
            return infos

    def _known(self, name: str) -> str:
        if not isinstance(name, str) or name not in self._specs and name not in self._custom:
            self.refresh()  # a job may have registered it since
            if not isinstance(name, str) or name not in self._specs and name not in self._custom:
                raise UnknownModelVersion(f"unknown model version {name!r}; available: {', '.join(self.names())}")
        return name

    def check(self, name: str | None) -> str:
        """The version a request naming ``name`` (None: the default) will use; typed errors if it cannot."""
        name = self._default if name is None else self._known(name)
        with self._lock:
            loaded = self._loaded.get(name)
            if loaded is not None and loaded.unloading:
                raise ModelVersionUnavailable(f"model version {name!r} is being unloaded")
        return name

    # -- load / default / unload ---------------------------------------------------------------
    def load(self, name: str) -> ChatBackend:
        """Load ``name`` (blocking) if it is not loaded; return its backend. Loads are serialised by
        their own lock, so requests on loaded versions never wait for one."""
        name = self._known(name)
        with self._lock:
            loaded = self._loaded.get(name)
        if loaded is None:
            with self._load_lock:
                with self._lock:
                    loaded = self._loaded.get(name)
                if loaded is None:
                    loaded = (_Loaded(self._custom[name]()) if name in self._custom
                              else self._load_spec(self._specs[name]))
                    with self._lock:
                        self._loaded[name] = loaded
        if loaded.unloading:
            raise ModelVersionUnavailable(f"model version {name!r} is being unloaded")
        return loaded.backend

    async def aload(self, name: str) -> ChatBackend:
        return await asyncio.to_thread(self.load, name)

    def set_default(self, name: str) -> None:
        """Requests naming no version go to ``name`` from now on (it is loaded first)."""
        self.load(name)
        with self._lock:
            self._default = name

    async def aset_default(self, name: str) -> None:
        await asyncio.to_thread(self.set_default, name)

    async def aunload(self, name: str) -> None:
        """Refuse new requests for ``name`` now, wait for its in-flight requests, then release it."""
        name = self._known(name)
        with self._lock:
            if name == self._default:
                raise InvalidRequestError(f"model version {name!r} is the default; set another default first")
            loaded = self._loaded.get(name)
            if loaded is None:
                return
            loaded.unloading = True
            if loaded.in_flight == 0:
                loaded.drained.set()
        await asyncio.to_thread(loaded.drained.wait)
        await self._release(name, loaded)

    async def _release(self, name: str, loaded: _Loaded) -> None:
        base = None
        with self._lock:
            if self._loaded.get(name) is loaded:
                del self._loaded[name]
            if loaded.base_key is not None:
                base = self._bases[loaded.base_key]
                base.users.discard(name)
                adapter = getattr(loaded.backend, "adapter", None)
                if adapter is not None:
                    with base.batcher.step_lock:  # between two decoding steps
                        model = base.backend.model
                        if len(model.peft_config) > 1:
                            model.delete_adapter(adapter)
                        else:  # peft cannot run without an adapter: back to the plain base model
                            base.backend.model = model.unload()
                if base.users:
                    return
                del self._bases[loaded.base_key]
        if base is not None:
            await base.batcher.aclose()
        else:
            await loaded.backend.aclose()

    @asynccontextmanager
    async def lease(self, name: str | None) -> AsyncIterator[ChatBackend]:
        """The backend of version ``name`` (None: the default), held for the duration of a request."""
        name = self.check(name)
        with self._lock:
            loaded = self._loaded.get(name)
        if loaded is None:
            await self.aload(name)
        with self._lock:
            loaded = self._loaded.get(name)
            if loaded is None or loaded.unloading:
                raise ModelVersionUnavailable(f"model version {name!r} is being unloaded")
            loaded.in_flight += 1
        try:
            yield loaded.backend
        finally:
            with self._lock:
                loaded.in_flight -= 1
                if loaded.unloading and loaded.in_flight == 0:
                    loaded.drained.set()

    async def aclose(self) -> None:
        with self._lock:
            entries = list(self._loaded.items())
            self._loaded.clear()
            bases = list(self._bases.values())
            self._bases.clear()
        for _, loaded in entries:
            if loaded.base_key is None:
                await loaded.backend.aclose()
        for base in bases:
            await base.batcher.aclose()

    # -- loaders, one per kind -----------------------------------------------------------------
    def _backend_name(self, spec: ModelVersionSpec) -> str:
        return f"private:{spec.kind}" if spec.name == self._implicit else f"private:{spec.kind}:{spec.name}"

    def _load_spec(self, spec: ModelVersionSpec) -> _Loaded:
        return _LOADERS[spec.kind](self, spec)

    def _load_transformers(self, spec: ModelVersionSpec) -> _Loaded:
        from hybridai.backends.transformers_local import TransformersBackend, _load_adapter
        from hybridai.serving.batcher import ContinuousBatcher

        if spec.adapter is not None and spec.base is not None:
            base_spec = self._specs.get(spec.base)
            if base_spec is None or base_spec.kind != "transformers" or base_spec.path is None:
                raise ModelLoadError(f"model version {spec.name!r}: base {spec.base!r} is not a transformers "
                                     "version with a model folder")
            base_path = base_spec.path
        else:
            assert spec.path is not None  # the spec's validator guarantees it
            base_path = spec.path
        key = str(Path(base_path).expanduser().resolve())
        base = self._bases.get(key)
        if base is None:
            backend = TransformersBackend(key, device=self.options.device, threads=self.options.threads,
                                          name="private:transformers")
            batcher = ContinuousBatcher(backend, max_batch_size=self.options.max_batch_size,
                                        max_wait_ms=self.options.max_wait_ms)
            with self._lock:
                base = self._bases[key] = _SharedBase(backend, batcher)
        adapter = None
        if spec.adapter is not None:
            adapter = spec.name
            with base.batcher.step_lock:  # between two decoding steps of the running batch
                base.backend.model = _load_adapter(base.backend.model, Path(spec.adapter).expanduser(), adapter)
        base.users.add(spec.name)
        return _Loaded(_AdapterView(base, adapter, self._backend_name(spec)), base_key=key)

    def _load_onnx(self, spec: ModelVersionSpec) -> _Loaded:
        assert spec.path is not None
        backend_cls = BACKENDS.load("onnx")
        return _Loaded(backend_cls(Path(spec.path).expanduser(), threads=self.options.threads,
                                   name=self._backend_name(spec)))

    def _load_openai(self, spec: ModelVersionSpec) -> _Loaded:
        assert spec.base_url is not None and spec.model is not None
        api_key = None
        if spec.api_key_env:
            api_key = self._secret(spec.api_key_env)
            if api_key is None:
                raise ConfigError(f"model version {spec.name!r}: environment variable {spec.api_key_env} is not set")
        backend_cls = BACKENDS.load("openai")
        return _Loaded(backend_cls(base_url=spec.base_url, model=spec.model, api_key=api_key,
                                   name=self._backend_name(spec)))


_LOADERS: dict[str, Callable[[VersionManager, ModelVersionSpec], _Loaded]] = {
    "transformers": VersionManager._load_transformers,
    "onnx": VersionManager._load_onnx,
    "openai": VersionManager._load_openai,
}
