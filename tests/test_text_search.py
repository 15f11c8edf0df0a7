"""The search index's text of a passage (`search_text`)."""

from __future__ import annotations

from diplomap.text.search import readings, search_text, words


def test_search_text_is_every_reading_of_every_word_in_order() -> None:
    """Each word's readings, joined once per word (cached), in the words' order; a word
    written twice is indexed twice."""
    text = "وبالصين الصين، Talks in Beijing: وبالصين"
    expected = [r for w in words(text) for r in readings(w)]
    assert search_text(text).split(" ") == expected
    assert len(readings("وبالصين")) > 1 and expected.count("صين") == 3
    assert search_text("") == "" and search_text("، .") == ""
