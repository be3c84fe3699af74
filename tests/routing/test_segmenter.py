"""The router's shared jieba loader and the traditional → simplified mapping in front of it."""

from hybridai.routing.ner import NerDetector
from hybridai.routing.segmenter import load_jieba, to_simplified


def test_traditional_characters_map_one_to_one():
    text = "寄到香港九龍旺角彌敦道610號12樓，聯繫劉冠廷"
    simple = to_simplified(text)
    assert len(simple) == len(text)
    assert simple == "寄到香港九龙旺角弥敦道610号12楼，联系刘冠廷"
    assert to_simplified("abc 123 张伟 — ok") == "abc 123 张伟 — ok"  # simplified and Latin text unchanged


def test_converted_text_segments_into_dictionary_words():
    # unconverted, jieba knows none of these words and falls back to its character-level HMM
    words = load_jieba().lcut(to_simplified("報關單怎麼填"))
    assert "报关单" in words or "报关" in words


def test_entities_found_in_traditional_text_keep_the_original_characters():
    text = "台灣客戶的收貨地址是臺中市西屯區文心路三段163號15樓之7，幫我確認格式"
    addresses = [e for e in NerDetector().detect(text) if e.type == "ADDRESS"]
    assert addresses, "the address in traditional characters was not found"
    assert all(text[e.start:e.end] == e.text for e in addresses)
    assert any(e.text.startswith("臺中市") for e in addresses)
