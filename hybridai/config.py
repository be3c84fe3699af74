"""Settings: one TOML file (or a mapping) plus environment variables for secrets.

This is the only module that reads ``os.environ``. Every key is validated when the engine
starts; an unknown key or a bad value raises :class:`~hybridai.errors.ConfigError` naming it
(e.g. ``cloud.timeout_s: Input should be greater than 0``).

Environment variables:
    HYBRIDAI_CONFIG       path of the TOML file used when none is given
    HYBRIDAI_DATA_DIR     data directory (models, conversation database); default ~/.hybridai
    <cloud.api_key_env>   the cloud provider's API key (default DEEPSEEK_API_KEY)
    DATABASE_URL          the REST server's database (e.g. postgres://...); default SQLite in the data dir
    REDIS_URL             Redis for nonces and rate limits shared by several server workers
    HYBRIDAI_SECRET_KEY   the server's master secret (Django SECRET_KEY, request-signing secrets)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from hybridai.errors import ConfigError
from hybridai.serving.versions import ModelVersionSpec

DEFAULT_DATA_DIR = "~/.hybridai"
DEMO_MODEL = "demo"

# Entity types whose presence makes a request sensitive: answered by the private model only.
DEFAULT_PRIVATE_ENTITY_TYPES = ["PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"]
# Entity types that may go to the cloud, but only masked.
DEFAULT_MASK_ENTITY_TYPES = ["EMAIL", "PHONE", "IP_ADDRESS", "ORG"]
# Words that mark content as confidential. Kept short and unambiguous: each one is a strong
# signal on its own; tenants add their own (project code names, client names) in config.
DEFAULT_KEYWORDS = [
    "机密", "绝密", "秘密级", "涉密", "内部资料", "内部文件", "仅限内部", "内部使用", "内部流转", "严禁外传",
    "不得外传", "请勿外传", "保密协议", "商业秘密", "技术秘密", "未公开", "尚未公开", "薪资", "薪酬",
    "调薪", "工资条", "工资单", "年薪", "年终奖", "投标底价", "底价",
    "confidential", "internal only", "internal use only", "internal draft", "do not distribute",
    "do not share externally", "not for distribution", "strictly private", "under nda", "trade secret",
    "unreleased", "not yet public", "not public yet", "board-only", "board only", "exec-only", "eyes only",
    "need-to-know", "under wraps", "salary", "salaries", "payroll", "compensation package", "comp review",
]
# Confidentiality markings that vary in wording ("严格保密", "还没对外公布", "别往外说", "keep this
# within HR", "not for external distribution"). Matched case-insensitively. Each needs an
# explicit "keep it in / don't let it out" meaning, so questions merely mentioning secrecy pass.
DEFAULT_KEYWORD_REGEXES = [
    r"(?:严格|注意|务必|必须|需要|予以|对外|请|要)保密|[（(]保密[）)]",
    r"保密(?:项目|文件|资料|信息|数据|内容|级别|等级|事项)",
    r"(?:尚未|还没有?|还未)(?:对外|正式)?(?:公开|公布|披露|发布|宣布)|未(?:对外)?(?:公开|公布|披露|发布)(?:的|前)",
    r"(?:不要|别|勿|不能|不可|不得|禁止|严禁)(?:往外|对外|向外)(?:传|说|讲|透露|泄露|泄漏|扩散)"
    r"|(?:不要|别|勿|不得|禁止|严禁)(?:外传|外泄|外流)|(?:不要|别)(?:传|转发|抄送)给|以外(?:的人)?(?:不要|别|不得|禁止)",
    r"(?:只|仅)(?:给|供|限)[^，。,.\n]{0,10}(?:看|阅读|查看|知悉)|(?:只|仅)在[^，。,.\n]{0,10}内部",
    r"\b(?:strictly|highly|company|business)[ -]confidential\b",
    r"\b(?:privileged|proprietary)\s*(?:and|&)\s*confidential\b",
    r"\bnot\s+for\s+(?:external|public|outside)\s+(?:distribution|release|use|circulation)\b",
    r"\b(?:do\s+not|don'?t|never)\s+(?:share|forward|circulate|disclose|send|leak|mention)\s+(?:this|it|these)?\s*"
    r"(?:\w+\s+)?(?:externally|outside|beyond|with\s+(?:partners|clients|customers|vendors|anyone|the\s+press))",
    r"\b(?:keep|kept)\s+(?:this|it|these|that)\s+(?:within|inside|between|among)\s+(?:us|the\s+\w+(?:\s+team)?|hr|legal"
    r"|management|leadership|the\s+team|your\s+team|our\s+team)\b|\b(?:stays?|remain)\s+between\s+us\b",
    r"\b(?:only|just)\s+(?:the\s+)?(?:exec(?:utive)?s?|board|management|leadership|c-suite)(?:\s+team)?\s+(?:has|have)\s+seen\b",
    r"\b(?:under|before\s+the)\s+embargo\b|\bembargoed\b|\bbefore\s+(?:the|our|it'?s)\s+(?:public\s+)?announce(?:ment|d)\b",
    r"\b(?:material\s+)?non-public\s+information\b|\bnot\s+(?:yet\s+)?(?:announced|disclosed|released|public)\b",
]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrivateSettings(_Section):
    backend: str = Field("transformers", description="registry name of the private backend")
    model: str = Field(DEMO_MODEL, description="local model folder, or 'demo' for the built-in demo model")
    adapter: str | None = Field(None, description="optional peft LoRA adapter folder")
    device: str = Field("cpu", description="torch device")
    threads: int = Field(0, ge=0, description="torch intra-op threads; 0 keeps torch's default")
    versions: list[ModelVersionSpec] = Field(default_factory=list, description="named private model versions: "
                                             "model folders, LoRA adapters, ONNX folders, your own OpenAI-compatible "
                                             "servers (vLLM, ...); more come from <data_dir>/models/registry.json")
    default_version: str | None = Field(None, description="the version answering requests that name none; "
                                        "default: the one made from private.model / private.adapter")
    max_batch_size: int = Field(16, ge=1, le=1024, description="continuous batching: requests decoding together "
                                "on one model (1: one at a time)")
    max_wait_ms: float = Field(0.0, ge=0, le=10_000, description="an idle batcher waits this long for more "
                               "requests to prefill together (a running batch takes newcomers at its next step)")

    @field_validator("versions")
    @classmethod
    def _unique_version_names(cls, value: list[ModelVersionSpec]) -> list[ModelVersionSpec]:
        names = [v.name for v in value]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate version name(s): {', '.join(duplicates)}")
        return value

    @property
    def implicit_version(self) -> str:
        """The name of the version made from ``model`` / ``adapter``."""
        return "demo" if self.model == DEMO_MODEL else "default"


class CloudSettings(_Section):
    enabled: bool = True
    backend: str = Field("openai", description="registry name of the cloud backend")
    base_url: str = Field("https://api.deepseek.com/v1", description="OpenAI-compatible base URL")
    model: str = "deepseek-chat"
    api_key_env: str = Field("DEEPSEEK_API_KEY", description="environment variable holding the API key")
    api_key: SecretStr | None = Field(None, description="resolved from api_key_env; never put it in the file")
    timeout_s: float = Field(60.0, gt=0)
    connect_timeout_s: float = Field(5.0, gt=0)
    max_retries: int = Field(3, ge=0, le=10)
    retry_initial_s: float = Field(0.5, ge=0)
    retry_max_s: float = Field(8.0, ge=0)

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @property
    def configured(self) -> bool:
        return self.enabled and self.api_key is not None


class TenantRoutingSettings(_Section):
    """What one tenant adds to the routing defaults (its code names, its own public names)."""

    extra_keywords: list[str] = Field(default_factory=list)
    extra_keyword_regexes: list[str] = Field(default_factory=list)
    allow_list: list[str] = Field(default_factory=list, description="values never treated as sensitive")
    public_names: list[str] = Field(default_factory=list, description="people who are public for this tenant")
    classifier_threshold: float | None = Field(None, ge=0, le=1)


class RoutingSettings(_Section):
    private_entity_types: list[str] = Field(default_factory=lambda: list(DEFAULT_PRIVATE_ENTITY_TYPES))
    mask_entity_types: list[str] = Field(default_factory=lambda: list(DEFAULT_MASK_ENTITY_TYPES))
    keywords: list[str] = Field(default_factory=lambda: list(DEFAULT_KEYWORDS))
    extra_keywords: list[str] = Field(default_factory=list, description="added to the defaults")
    keyword_regexes: list[str] = Field(default_factory=lambda: list(DEFAULT_KEYWORD_REGEXES))
    extra_keyword_regexes: list[str] = Field(default_factory=list, description="added to the defaults")
    allow_list: list[str] = Field(default_factory=list, description="values never treated as sensitive")
    ner: bool = Field(True, description="detect PERSON / ADDRESS / ORG (jieba for Chinese, spaCy for English)")
    ner_spacy: bool = Field(True, description="use spaCy's English model for names (rules only when false)")
    public_names: list[str] = Field(default_factory=list,
                                    description="names of public people never treated as a private PERSON")
    name_tagger: bool = Field(True, description="a learned PERSON tagger (CRF) adds the names the NER rules miss")
    name_tagger_min_probability: float | None = Field(
        None, ge=0, le=1, description="probability a token is part of a name at or above which the tagger reports "
        "it; default: the one chosen for the shipped model")
    classifier: bool = Field(True, description="learned sensitivity classifier for confidential content")
    classifier_threshold: float | None = Field(None, ge=0, le=1,
                                               description="score at or above which a request is sensitive; "
                                               "default: the threshold shipped with the model")
    tenants: dict[str, TenantRoutingSettings] = Field(default_factory=dict,
                                                      description="per-tenant additions, by tenant id")


class MemorySettings(_Section):
    store: str = Field("sqlite", description="registry name of the conversation store")
    path: str | None = Field(None, description="SQLite file; default <data_dir>/conversations.sqlite3")
    max_history_tokens: int = Field(1024, gt=0, description="token budget for the history sent with a request")


class LimitSettings(_Section):
    max_message_chars: int = Field(32_000, gt=0)
    max_messages: int = Field(64, gt=0)
    max_total_chars: int = Field(64_000, gt=0)


class GenerationSettings(_Section):
    system_prompt: str = "You are hybridai, a helpful enterprise assistant. 你是一个有帮助的企业助手。"
    max_tokens: int = Field(256, gt=0)
    temperature: float = Field(0.7, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)


class ServerSettings(_Section):
    """The REST server (``hybridai serve``). Secrets and URLs come from the environment."""

    database_url: str | None = Field(None, description="from $DATABASE_URL; default SQLite under the data dir")
    redis_url: str | None = Field(None, description="from $REDIS_URL; nonces and rate limits shared by workers")
    secret_key: SecretStr | None = Field(None, min_length=32,
                                         description="from $HYBRIDAI_SECRET_KEY; else generated in the data dir")
    model_name: str = Field("hybridai", description="the model id clients name in requests")
    signature_window_s: int = Field(300, ge=1, le=3600)
    max_body_bytes: int = Field(1_000_000, gt=0)
    default_rpm: int = Field(60, gt=0, description="requests per minute for keys without their own limit")
    default_tpd: int = Field(200_000, gt=0, description="tokens per day for keys without their own limit")
    key_cache_s: float = Field(2.0, ge=0, le=60, description="how long a worker trusts an API key it has looked "
                               "up: a revoked key is refused at most this long after `keys revoke` (0: every request)")
    write_behind_s: float = Field(0.5, gt=0, le=10, description="audit events and turns of server-chosen sessions "
                                  "are committed in batches at most this long after their request (at once when "
                                  "a reader waits); each commit costs, so longer means more requests/s")


class Settings(_Section):
    data_dir: Path = Field(Path(DEFAULT_DATA_DIR))
    private: PrivateSettings = Field(default_factory=PrivateSettings)
    cloud: CloudSettings = Field(default_factory=CloudSettings)
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    memory: MemorySettings = Field(default_factory=MemorySettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)

    @model_validator(mode="after")
    def _limits_consistent(self) -> Settings:
        if self.limits.max_message_chars > self.limits.max_total_chars:
            raise ValueError("limits.max_message_chars must not exceed limits.max_total_chars")
        return self

    @property
    def demo_model_dir(self) -> Path:
        return self.data_dir / "models" / "demo"

    @property
    def private_model_dir(self) -> Path:
        return self.demo_model_dir if self.private.model == DEMO_MODEL else Path(self.private.model).expanduser()

    @property
    def memory_path(self) -> Path:
        return Path(self.memory.path).expanduser() if self.memory.path else self.data_dir / "conversations.sqlite3"


def _format_validation_error(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "<root>"
        lines.append(f"{where}: {item['msg']}")
    return "invalid configuration: " + "; ".join(lines)


def load_settings(source: str | os.PathLike[str] | Mapping[str, Any] | Settings | None = None,
                  *, environ: Mapping[str, str] | None = None) -> Settings:
    """Build validated settings from a TOML path, a mapping, or ``$HYBRIDAI_CONFIG`` / defaults.

    Secrets come only from the environment: the cloud API key is read from the variable named by
    ``cloud.api_key_env``.
    """
    env = os.environ if environ is None else environ
    if isinstance(source, Settings):
        return source
    if source is None:
        source = env.get("HYBRIDAI_CONFIG") or {}
    if isinstance(source, Mapping):
        raw: dict[str, Any] = _deep_copy(source)
    else:
        path = Path(source).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc

    cloud = raw.setdefault("cloud", {})
    if not isinstance(cloud, dict):
        raise ConfigError("cloud: must be a table")
    if "api_key" in cloud:
        raise ConfigError("cloud.api_key: secrets are not read from the config file; "
                          "set the environment variable named by cloud.api_key_env")
    server = raw.setdefault("server", {})
    if not isinstance(server, dict):
        raise ConfigError("server: must be a table")
    if "secret_key" in server:
        raise ConfigError("server.secret_key: secrets are not read from the config file; set HYBRIDAI_SECRET_KEY")
    for key, variable in (("database_url", "DATABASE_URL"), ("redis_url", "REDIS_URL"),
                          ("secret_key", "HYBRIDAI_SECRET_KEY")):
        if env.get(variable):
            server[key] = env[variable]
    if "HYBRIDAI_DATA_DIR" in env and "data_dir" not in raw:
        raw["data_dir"] = env["HYBRIDAI_DATA_DIR"]
    key_env = cloud.get("api_key_env", CloudSettings.model_fields["api_key_env"].default)
    if isinstance(key_env, str) and env.get(key_env):
        cloud["api_key"] = env[key_env]
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(exc)) from None
    return settings.model_copy(update={"data_dir": settings.data_dir.expanduser()})


def _deep_copy(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, Mapping) else (list(v) if isinstance(v, list) else v)
            for k, v in mapping.items()}


def secret_from_env(variable: str, environ: Mapping[str, str] | None = None) -> str | None:
    """A secret named in the config (e.g. a private model server's ``api_key_env``), read when needed."""
    env = os.environ if environ is None else environ
    return env.get(variable) or None


def data_dir_from_env(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("HYBRIDAI_DATA_DIR", DEFAULT_DATA_DIR)).expanduser()


def prometheus_multiproc_dir(environ: Mapping[str, str] | None = None) -> str | None:
    """prometheus_client's own variable: set by ``hybridai serve --workers N`` (N > 1)."""
    env = os.environ if environ is None else environ
    return env.get("PROMETHEUS_MULTIPROC_DIR") or None
