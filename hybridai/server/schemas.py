"""Request and response shapes of the OpenAI-compatible API (pydantic, via django-ninja)."""

from __future__ import annotations

from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field, field_validator


def _encodable(value: str) -> str:
    # JSON may carry lone surrogates ("\ud800"): valid JSON, but no text any backend can encode
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from None
    return value


Text = Annotated[str, AfterValidator(_encodable)]


class TextPart(Schema):
    type: Literal["text"]
    text: Text


class ChatMessageIn(Schema):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant"]
    content: Text | list[TextPart]
    name: Text | None = None

    def text(self) -> str:
        return self.content if isinstance(self.content, str) else "".join(part.text for part in self.content)


class StreamOptions(Schema):
    include_usage: bool = False


class ChatCompletionRequest(Schema):
    # OpenAI clients send fields we do not use (presence_penalty, logit_bias, ...): accept and ignore.
    model_config = ConfigDict(extra="ignore")

    model: Text
    messages: list[ChatMessageIn] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    stop: Text | list[Text] | None = None
    seed: int | None = Field(None, ge=-(2**63), le=2**63 - 1, description="a 64-bit integer")
    n: int | None = Field(None, ge=1, le=1, description="only 1 is supported")
    user: Text | None = Field(None, max_length=128)

    @field_validator("stop")
    @classmethod
    def _stop(cls, value: str | list[str] | None) -> list[str] | None:
        if value is None:
            return None
        stops = [value] if isinstance(value, str) else value
        if len(stops) > 4 or not all(stops):
            raise ValueError("stop must be up to 4 non-empty strings")
        return stops


class ErrorBody(Schema):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(Schema):
    error: ErrorBody


class ModelOut(Schema):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(Schema):
    object: Literal["list"] = "list"
    data: list[ModelOut]


class ConversationSummary(Schema):
    session_id: str
    messages: int
    created_at: float
    updated_at: float


class ConversationList(Schema):
    object: Literal["list"] = "list"
    data: list[ConversationSummary]


class StoredMessageOut(Schema):
    role: str
    content: str
    route: str | None
    backend: str | None
    prompt_tokens: int
    completion_tokens: int
    interrupted: bool
    created_at: float


class ConversationOut(Schema):
    session_id: str
    messages: list[StoredMessageOut]


class Deleted(Schema):
    session_id: str
    deleted: bool
