"""Settings: defaults, mappings, TOML files, environment variables, and errors that name the key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from hybridai.config import DEFAULT_KEYWORDS, Settings, load_settings
from hybridai.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = REPO / "hybridai.example.toml"


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hybridai.toml"
    path.write_text(text, encoding="utf-8")
    return path


def config_error(source: Any, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as raised:
        load_settings(source, environ=environ or {})
    return str(raised.value)


# -- sources ----------------------------------------------------------------------------------------


def test_defaults() -> None:
    settings = load_settings(environ={})

    assert settings.data_dir == Path("~/.hybridai").expanduser()
    assert settings.private.model == "demo" and settings.private.backend == "transformers"
    assert settings.cloud.base_url == "https://api.deepseek.com/v1"
    assert settings.cloud.model == "deepseek-chat"
    assert settings.cloud.api_key_env == "DEEPSEEK_API_KEY"
    assert settings.cloud.api_key is None and not settings.cloud.configured
    assert (settings.cloud.timeout_s, settings.cloud.max_retries) == (60.0, 3)
    assert settings.routing.keywords == DEFAULT_KEYWORDS
    assert settings.memory.store == "sqlite"
    assert settings.memory_path == settings.data_dir / "conversations.sqlite3"
    assert settings.generation.temperature == 0.7


def test_mapping(tmp_path: Path) -> None:
    source = {"data_dir": str(tmp_path), "cloud": {"model": "gpt-4o-mini", "base_url": "https://api.openai.com/v1/",
                                                    "max_retries": 0},
              "generation": {"max_tokens": 64}, "routing": {"extra_keywords": ["Project Falcon"]}}
    settings = load_settings(source, environ={})

    assert settings.data_dir == tmp_path
    assert settings.cloud.model == "gpt-4o-mini"
    assert settings.cloud.base_url == "https://api.openai.com/v1"  # trailing slash dropped
    assert settings.cloud.max_retries == 0
    assert settings.generation.max_tokens == 64
    assert settings.routing.extra_keywords == ["Project Falcon"]
    assert settings.generation.temperature == 0.7  # untouched keys keep their defaults


def test_mapping_is_not_modified(tmp_path: Path) -> None:
    source: dict[str, Any] = {"data_dir": str(tmp_path), "cloud": {"api_key_env": "MY_KEY"}}
    load_settings(source, environ={"MY_KEY": "sk-secret"})

    assert source == {"data_dir": str(tmp_path), "cloud": {"api_key_env": "MY_KEY"}}


def test_settings_object_is_returned_as_is() -> None:
    settings = load_settings(environ={})

    assert load_settings(settings, environ={"HYBRIDAI_DATA_DIR": "/elsewhere"}) is settings


def test_toml_file(tmp_path: Path) -> None:
    path = write_toml(tmp_path, f"""
data_dir = "{tmp_path.as_posix()}/data"

[private]
model = "/models/qwen"
threads = 4

[cloud]
base_url = "https://spark-api-open.xf-yun.com/v1"
model = "generalv3.5"
timeout_s = 12.5

[memory]
max_history_tokens = 300

[limits]
max_message_chars = 1000
max_total_chars = 5000
""")
    settings = load_settings(path, environ={})

    assert settings.data_dir == tmp_path / "data"
    assert settings.private.model == "/models/qwen" and settings.private.threads == 4
    assert settings.cloud.base_url == "https://spark-api-open.xf-yun.com/v1"
    assert settings.cloud.timeout_s == 12.5
    assert settings.memory.max_history_tokens == 300
    assert (settings.limits.max_message_chars, settings.limits.max_total_chars) == (1000, 5000)


def test_path_given_as_string(tmp_path: Path) -> None:
    path = write_toml(tmp_path, '[cloud]\nmodel = "m1"\n')

    assert load_settings(str(path), environ={}).cloud.model == "m1"


def test_hybridai_config_is_used_when_no_source_is_given(tmp_path: Path) -> None:
    path = write_toml(tmp_path, '[cloud]\nmodel = "from-env-file"\n')

    assert load_settings(None, environ={"HYBRIDAI_CONFIG": str(path)}).cloud.model == "from-env-file"
    assert "from-env-file" in config_error(None, {"HYBRIDAI_CONFIG": str(tmp_path / "from-env-file.toml")})


def test_explicit_source_wins_over_hybridai_config(tmp_path: Path) -> None:
    environ = {"HYBRIDAI_CONFIG": str(tmp_path / "missing.toml")}

    assert load_settings({"cloud": {"model": "explicit"}}, environ=environ).cloud.model == "explicit"


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "hybridai.toml"

    assert str(missing) in config_error(missing)


@pytest.mark.parametrize("text", [
    "[cloud\nmodel = 'x'\n", "data_dir = \n", "[cloud]\nmodel = 'a'\nmodel = 'b'\n",
])
def test_invalid_toml_is_a_config_error(tmp_path: Path, text: str) -> None:
    path = write_toml(tmp_path, text)

    message = config_error(path)
    assert str(path) in message and "TOML" in message


def test_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[cloud]\nmodel = "modèle"\n'.encode("latin-1"))

    assert str(path) in config_error(path)


def test_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_toml(tmp_path, 'data_dir = "~/hy-data"\n[private]\nmodel = "~/models/qwen"\n'
                         '[memory]\npath = "~/db/c.sqlite3"\n')
    settings = load_settings("~/hybridai.toml", environ={})

    assert settings.data_dir == tmp_path / "hy-data"
    assert settings.private_model_dir == tmp_path / "models" / "qwen"
    assert settings.memory_path == tmp_path / "db" / "c.sqlite3"


# -- validation errors name the key -----------------------------------------------------------------


@pytest.mark.parametrize(("source", "key"), [
    ({"verbose": True}, "verbose"),
    ({"cloud": {"timeot_s": 5}}, "cloud.timeot_s"),
    ({"routing": {"keyword": ["x"]}}, "routing.keyword"),
    ({"memory": {"paht": "x"}}, "memory.paht"),
])
def test_unknown_key_is_named(source: dict[str, Any], key: str) -> None:
    assert key in config_error(source)


def test_unknown_nested_key_in_a_file_is_named(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[cloud]\ntimeot_s = 5\n")

    assert "cloud.timeot_s" in config_error(path)


@pytest.mark.parametrize(("source", "key"), [
    ({"cloud": {"timeout_s": -1}}, "cloud.timeout_s"),
    ({"cloud": {"timeout_s": 0}}, "cloud.timeout_s"),
    ({"cloud": {"max_retries": 11}}, "cloud.max_retries"),
    ({"cloud": {"base_url": "api.deepseek.com/v1"}}, "cloud.base_url"),
    ({"cloud": {"base_url": "ftp://api.deepseek.com"}}, "cloud.base_url"),
    ({"generation": {"temperature": 5}}, "generation.temperature"),
    ({"generation": {"top_p": 0}}, "generation.top_p"),
    ({"generation": {"max_tokens": "many"}}, "generation.max_tokens"),
    ({"private": {"threads": -2}}, "private.threads"),
    ({"memory": {"max_history_tokens": 0}}, "memory.max_history_tokens"),
    ({"limits": {"max_message_chars": 100, "max_total_chars": 50}}, "limits.max_message_chars"),
    ({"routing": {"keywords": "secret"}}, "routing.keywords"),
])
def test_bad_value_is_named(source: dict[str, Any], key: str) -> None:
    assert key in config_error(source)


def test_bad_value_in_a_file_is_named(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[generation]\ntemperature = 5\n")

    assert "generation.temperature" in config_error(path)


def test_non_table_section_is_rejected() -> None:
    assert "cloud" in config_error({"cloud": "https://api.deepseek.com"})


# -- secrets ----------------------------------------------------------------------------------------


def test_api_key_in_the_file_is_refused(tmp_path: Path) -> None:
    path = write_toml(tmp_path, '[cloud]\napi_key = "sk-in-file"\n')

    message = config_error(path, {"DEEPSEEK_API_KEY": "sk-env"})
    assert "cloud.api_key" in message and "sk-in-file" not in message


def test_api_key_in_a_mapping_is_refused() -> None:
    assert "cloud.api_key" in config_error({"cloud": {"api_key": "sk-x"}})


def test_api_key_comes_from_the_default_env_var() -> None:
    settings = load_settings(environ={"DEEPSEEK_API_KEY": "sk-default"})

    assert settings.cloud.api_key is not None
    assert settings.cloud.api_key.get_secret_value() == "sk-default"
    assert settings.cloud.configured


def test_api_key_comes_from_the_named_env_var() -> None:
    environ = {"SPARK_API_PASSWORD": "spark-secret", "DEEPSEEK_API_KEY": "sk-other"}
    settings = load_settings({"cloud": {"api_key_env": "SPARK_API_PASSWORD"}}, environ=environ)

    assert settings.cloud.api_key is not None
    assert settings.cloud.api_key.get_secret_value() == "spark-secret"
    assert settings.cloud.configured
    assert "spark-secret" not in repr(settings) and "spark-secret" not in str(settings.model_dump())


@pytest.mark.parametrize("environ", [{}, {"DEEPSEEK_API_KEY": ""}, {"OTHER_KEY": "sk-x"}])
def test_cloud_without_a_key_is_not_configured(environ: dict[str, str]) -> None:
    settings = load_settings(environ=environ)

    assert settings.cloud.api_key is None and not settings.cloud.configured


def test_disabled_cloud_is_not_configured_even_with_a_key() -> None:
    settings = load_settings({"cloud": {"enabled": False}}, environ={"DEEPSEEK_API_KEY": "sk-x"})

    assert not settings.cloud.configured


# -- data dir and derived paths ---------------------------------------------------------------------


def test_hybridai_data_dir_is_used_when_data_dir_is_not_given(tmp_path: Path) -> None:
    settings = load_settings({}, environ={"HYBRIDAI_DATA_DIR": str(tmp_path / "env-data")})

    assert settings.data_dir == tmp_path / "env-data"
    assert settings.memory_path == tmp_path / "env-data" / "conversations.sqlite3"


def test_data_dir_in_config_wins_over_hybridai_data_dir(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path / "cfg")}, environ={"HYBRIDAI_DATA_DIR": "/env"})

    assert settings.data_dir == tmp_path / "cfg"


def test_hybridai_data_dir_tilde_is_expanded() -> None:
    assert load_settings(environ={"HYBRIDAI_DATA_DIR": "~/hy"}).data_dir == Path.home() / "hy"


def test_private_model_dir_is_the_demo_dir_for_demo(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path)}, environ={})

    assert settings.private_model_dir == tmp_path / "models" / "demo" == settings.demo_model_dir


def test_private_model_dir_is_the_given_path_otherwise(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path), "private": {"model": "/srv/models/qwen"}}, environ={})

    assert settings.private_model_dir == Path("/srv/models/qwen")


def test_memory_path_given_explicitly(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path), "memory": {"path": str(tmp_path / "db.sqlite3")}},
                             environ={})

    assert settings.memory_path == tmp_path / "db.sqlite3"


def test_settings_are_frozen() -> None:
    settings = load_settings(environ={})

    with pytest.raises(ValueError):
        settings.cloud.model = "changed"  # type: ignore[misc]


# -- the committed example --------------------------------------------------------------------------


def test_example_config_loads() -> None:
    assert EXAMPLE_CONFIG.is_file(), f"{EXAMPLE_CONFIG.name} is missing from the repository root"

    settings = load_settings(EXAMPLE_CONFIG, environ={})

    assert settings.cloud.api_key is None
    assert set(tomllib.loads(EXAMPLE_CONFIG.read_text(encoding="utf-8"))) == set(Settings.model_fields), \
        "the example should show every section"
