"""Reversible masking: placeholders out, original values back in, also across stream chunks."""

from __future__ import annotations

import json

import pytest

from hybridai.privacy.masking import MaskVault, StreamUnmasker, mask_text, unmask_text
from hybridai.types import Entity

TEXT = ("Mail alice@example.com or bob@example.org, call +86 138 0013 8000, "
        "server 10.0.0.7, card 6222 0200 1234 5678; alice@example.com again.")
VALUES = [("EMAIL", "alice@example.com"), ("EMAIL", "bob@example.org"), ("PHONE", "+86 138 0013 8000"),
          ("IP_ADDRESS", "10.0.0.7"), ("BANK_CARD", "6222 0200 1234 5678")]


def entities_in(text: str, values: list[tuple[str, str]]) -> list[Entity]:
    """An entity for every occurrence of every value, with correct offsets."""
    found = []
    for entity_type, value in values:
        start = text.find(value)
        assert start >= 0, value
        while start >= 0:
            found.append(Entity(entity_type, start, start + len(value), value))
            start = text.find(value, start + 1)
    return found


def entity(text: str, entity_type: str, value: str) -> Entity:
    start = text.index(value)
    return Entity(entity_type, start, start + len(value), value)


def masked_sample() -> tuple[str, str, MaskVault]:
    """(masked text, the text it stands for, vault) for the stream tests."""
    vault = MaskVault()
    masked = mask_text(TEXT, entities_in(TEXT, VALUES), vault)
    return masked, TEXT, vault


def stream(unmasker: StreamUnmasker, chunks: list[str]) -> str:
    return "".join(unmasker.feed(chunk) for chunk in chunks) + unmasker.flush()


# -- mask / unmask ----------------------------------------------------------------------------------


def test_mask_replaces_every_entity_with_a_typed_placeholder() -> None:
    vault = MaskVault()
    masked = mask_text(TEXT, entities_in(TEXT, VALUES), vault)

    assert masked == ("Mail <EMAIL_1> or <EMAIL_2>, call <PHONE_1>, server <IP_ADDRESS_1>, card <BANK_CARD_1>; "
                      "<EMAIL_1> again.")
    for _, value in VALUES:
        assert value not in masked


def test_unmask_restores_the_original_text() -> None:
    vault = MaskVault()
    masked = mask_text(TEXT, entities_in(TEXT, VALUES), vault)

    assert unmask_text(masked, vault) == TEXT


def test_one_value_keeps_one_placeholder_across_calls() -> None:
    vault = MaskVault()
    first = mask_text("to alice@example.com", entities_in("to alice@example.com", VALUES[:1]), vault)
    other = "cc bob@example.org"
    second = mask_text(other, [entity(other, "EMAIL", "bob@example.org")], vault)
    again = "from alice@example.com"
    third = mask_text(again, [entity(again, "EMAIL", "alice@example.com")], vault)

    assert (first, second, third) == ("to <EMAIL_1>", "cc <EMAIL_2>", "from <EMAIL_1>")


def test_numbers_count_per_type() -> None:
    vault = MaskVault()
    text = "a@x.io 1.1.1.1 b@x.io 2.2.2.2"
    masked = mask_text(text, entities_in(text, [("EMAIL", "a@x.io"), ("IP_ADDRESS", "1.1.1.1"),
                                                ("EMAIL", "b@x.io"), ("IP_ADDRESS", "2.2.2.2")]), vault)

    assert masked == "<EMAIL_1> <IP_ADDRESS_1> <EMAIL_2> <IP_ADDRESS_2>"


def test_vault_survives_a_json_round_trip_and_keeps_numbering() -> None:
    vault = MaskVault()
    mask_text(TEXT, entities_in(TEXT, VALUES), vault)

    restored = MaskVault.from_dict(json.loads(json.dumps(vault.to_dict())))
    assert restored == vault

    text = "carol@example.net and alice@example.com"
    masked = mask_text(text, entities_in(text, [("EMAIL", "carol@example.net"), ("EMAIL", "alice@example.com")]),
                       restored)
    assert masked == "<EMAIL_3> and <EMAIL_1>"
    assert unmask_text("<EMAIL_1> <EMAIL_2> <EMAIL_3> <PHONE_1>", restored) == (
        "alice@example.com bob@example.org carol@example.net +86 138 0013 8000")


@pytest.mark.parametrize("data", [None, {}])
def test_empty_vault_from_nothing(data: dict[str, object] | None) -> None:
    vault = MaskVault.from_dict(data)

    assert vault.placeholder_for("EMAIL", "x@y.z") == "<EMAIL_1>"


def test_overlapping_entities_keep_the_first() -> None:
    text = "id ABC-123-XYZ end"
    first = entity(text, "SECRET", "ABC-123")
    overlapping = entity(text, "PHONE", "123-XYZ")  # starts inside the first
    vault = MaskVault()

    assert mask_text(text, [overlapping, first], vault) == "id <SECRET_1>-XYZ end"
    assert vault.by_placeholder == {"<SECRET_1>": "ABC-123"}


def test_same_start_keeps_the_longer_span() -> None:
    text = "key sk-abcdef done"
    short, long = entity(text, "SECRET", "sk"), entity(text, "SECRET", "sk-abcdef")

    assert mask_text(text, [short, long], MaskVault()) == "key <SECRET_1> done"


def test_types_filter_masks_only_the_given_types() -> None:
    vault = MaskVault()
    masked = mask_text(TEXT, entities_in(TEXT, VALUES), vault, types=["EMAIL", "IP_ADDRESS"])

    assert masked == ("Mail <EMAIL_1> or <EMAIL_2>, call +86 138 0013 8000, server <IP_ADDRESS_1>, "
                      "card 6222 0200 1234 5678; <EMAIL_1> again.")
    assert set(vault.counters) == {"EMAIL", "IP_ADDRESS"}


def test_empty_types_filter_masks_nothing() -> None:
    assert mask_text(TEXT, entities_in(TEXT, VALUES), MaskVault(), types=[]) == TEXT


def test_unknown_placeholders_stay_as_they_are() -> None:
    vault = MaskVault()
    vault.placeholder_for("EMAIL", "alice@example.com")

    assert unmask_text("<EMAIL_1>, <EMAIL_9>, <PHONE_1>, <lower_1>", vault) == (
        "alice@example.com, <EMAIL_9>, <PHONE_1>, <lower_1>")


# -- streaming --------------------------------------------------------------------------------------


def test_stream_split_at_every_position_gives_the_unmasked_text() -> None:
    masked, expected, vault = masked_sample()
    for cut in range(len(masked) + 1):
        assert stream(StreamUnmasker(vault), [masked[:cut], masked[cut:]]) == expected, cut


def test_stream_of_single_characters_gives_the_unmasked_text() -> None:
    masked, expected, vault = masked_sample()

    assert stream(StreamUnmasker(vault), list(masked)) == expected


def test_stream_output_is_always_a_prefix_of_the_answer() -> None:
    masked, expected, vault = masked_sample()
    unmasker = StreamUnmasker(vault)
    emitted = ""
    for char in masked:
        emitted += unmasker.feed(char)
        assert expected.startswith(emitted), emitted
    assert emitted + unmasker.flush() == expected


def test_stream_holds_back_at_most_one_placeholder() -> None:
    # With no known placeholders the output is the input itself, so the lag can be measured.
    text = "x <IP_ADDRESS_12> y <EMAIL_3> z"
    longest = len("<IP_ADDRESS_12>")
    unmasker = StreamUnmasker(MaskVault())
    emitted = ""
    for fed, char in enumerate(text, start=1):
        emitted += unmasker.feed(char)
        assert text.startswith(emitted)
        assert fed - len(emitted) < longest, text[:fed]
    assert emitted + unmasker.flush() == text


@pytest.mark.parametrize("text", ["a < b", "ends with <", "x <= y and <EMAIL", "<<EMAIL_1>>", "<EMAIL_1", "<"])
def test_stream_never_loses_angle_brackets(text: str) -> None:
    vault = MaskVault()
    vault.placeholder_for("EMAIL", "alice@example.com")
    expected = unmask_text(text, vault)
    for cut in range(len(text) + 1):
        assert stream(StreamUnmasker(vault), [text[:cut], text[cut:]]) == expected, cut
    assert stream(StreamUnmasker(vault), list(text)) == expected


def test_text_with_a_lone_angle_bracket_is_released_by_the_next_chunk() -> None:
    unmasker = StreamUnmasker(MaskVault())

    assert unmasker.feed("if a <") == "if a "
    assert unmasker.feed(" b") == "< b"
    assert unmasker.flush() == ""
