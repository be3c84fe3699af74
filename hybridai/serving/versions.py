"""Named private model versions: what can be served, and the on-disk registry that training and
quantization jobs write to (``<data_dir>/models/registry.json``).

A version is a base model folder (``transformers``), an exported ONNX folder (``onnx``), a peft LoRA
adapter on top of another version (``adapter`` + ``base``: the base weights are shared), or an
OpenAI-compatible server on the user's own hardware (``openai``: vLLM and the like). All of them
are private: sensitive requests may go to any of them.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

import pydantic

from hybridai.errors import ConfigError

REGISTRY_FILE = "registry.json"
REGISTRY_FORMAT = 1


class ModelVersionSpec(pydantic.BaseModel):
    """One servable private model version."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    name: str = pydantic.Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$",
                               description='e.g. "demo", "demo-faq-lora-20261123", "demo-int8"')
    kind: Literal["transformers", "onnx", "openai"]
    path: str | None = pydantic.Field(None, description="model folder (transformers, onnx)")
    adapter: str | None = pydantic.Field(None, description="peft LoRA adapter folder on top of `base`")
    base: str | None = pydantic.Field(None, description="for adapters: the base version whose weights are shared")
    base_url: str | None = pydantic.Field(None, description="openai kind: an OpenAI-compatible server you run")
    model: str | None = pydantic.Field(None, description="openai kind: the model id on that server")
    api_key_env: str | None = pydantic.Field(None, description="openai kind: environment variable with its key")
    manifest: dict[str, Any] = pydantic.Field(default_factory=dict,
                                              description="training/quantization manifest: metrics, data hash, ...")

    @pydantic.model_validator(mode="after")
    def _fields_fit_the_kind(self) -> ModelVersionSpec:
        if self.kind == "openai":
            if not self.base_url or not self.model:
                raise ValueError("an 'openai' version needs base_url and model")
            if not self.base_url.startswith(("http://", "https://")):
                raise ValueError("base_url must start with http:// or https://")
            if self.path or self.adapter or self.base:
                raise ValueError("an 'openai' version takes no path, adapter or base")
            return self
        if self.base_url or self.model or self.api_key_env:
            raise ValueError(f"a {self.kind!r} version takes no base_url, model or api_key_env")
        if self.adapter is not None:
            if self.kind != "transformers":
                raise ValueError("adapters are supported on 'transformers' versions only")
            if not self.base and not self.path:
                raise ValueError("an adapter version needs base (a version name) or path (the base model folder)")
        elif self.base is not None:
            raise ValueError("base is only for adapter versions")
        elif not self.path:
            raise ValueError(f"a {self.kind!r} version needs path")
        return self


def registry_path(data_dir: Path) -> Path:
    return Path(data_dir) / "models" / REGISTRY_FILE


def registered_versions(data_dir: Path) -> list[ModelVersionSpec]:
    """The versions recorded in ``<data_dir>/models/registry.json`` (none if the file is absent)."""
    path = registry_path(data_dir)
    if not path.is_file():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [ModelVersionSpec.model_validate(item) for item in raw["versions"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        raise ConfigError(f"model registry {path} is unreadable: {exc}") from exc


def register_version(data_dir: Path, spec: ModelVersionSpec) -> None:
    """Record ``spec`` in the registry, replacing a version of the same name. The file is written to
    a temporary file and renamed, so readers never see half a registry; a lock file serialises
    writers (a training job and a quantization job may finish at once)."""
    path = registry_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(REGISTRY_FILE + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _write(path, [v for v in registered_versions(data_dir) if v.name != spec.name] + [spec])


def _write(path: Path, versions: list[ModelVersionSpec]) -> None:
    payload = {"format": REGISTRY_FORMAT, "versions": [v.model_dump(mode="json") for v in versions]}
    fd, tmp = tempfile.mkstemp(prefix=".registry-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
