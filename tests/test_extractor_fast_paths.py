"""The extractor's per-sentence shortcuts give what the plain reading gives."""

from diplomap.extract.extractor import Extractor
from diplomap.extract.sentence import view_sentence
from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.text import Doc


def _views(extractor: Extractor, text: str, lang: str):
    doc = Doc(text, lang=lang)
    doc.mentions = EntityLinker(extractor.lexicon).link(doc)
    for index, (start, end) in enumerate(doc.sentences):
        yield view_sentence(doc.text, index, start, end, doc.mentions_in(index),
                            lambda eid: extractor._resolve(eid, None), extractor.grammar)


def test_a_sentences_contexts_are_read_once_and_are_those_its_words_name() -> None:
    extractor = Extractor(load_lexicon(()), "en")
    text = ("Police arrested protesters over the election in Kenya. "
            "The ministers discussed trade, security and the refugees of Sudan.")
    found = []
    for view in _views(extractor, text, "en"):
        plain = {str(p.key) for _, _, p in extractor.frames.contexts.find(view.words,
                                                                          view.masked)}
        first = extractor._contexts(view)
        assert first == plain
        assert extractor._contexts(view) is first
        found.append(first)
    assert any(found)  # the sentences name some context


def test_a_remembered_count_word_reads_as_the_plain_test_reads_it() -> None:
    from diplomap.extract.amounts import is_count_word, is_number_word

    words = ["20", "two", "twenty", "Tuesday", "2,000", "q12", "troops", "ثلاثة", "عشرين",
             "جنود", "٣٠"]
    for _ in range(2):  # the first reading fills the memory, the second reads it
        assert [is_count_word(w) for w in words] == [
            w.isdigit() or (w.isalpha() and is_number_word(w)) for w in words]
    assert is_count_word("20") and is_count_word("two") and not is_count_word("troops")
