"""Character tables for matching normalisation, kept as data.

Every table maps single characters. ``normalize`` composes them once, at
import, into one ``str.translate`` table (see ``normalize.build_table``).

Decisions (documented here because they are data decisions):

* hamza is dropped from every seat: alef forms (أ إ آ ٱ ...) -> ا, ؤ -> و,
  ئ -> ي. Keeping ؤ/ئ distinct would make the precomposed and the decomposed
  (و + U+0654) spellings differ, and names are spelled with and without the
  hamza seat (توكائيف / توكاييف). The bare hamza ء stays: it is a letter.
* ى -> ي and ة -> ه (the usual search normalisation; names vary on both).
* Persian/Urdu letters used in Arabic text for foreign sounds fold to their
  Arabic base (ی -> ي, ک -> ك, ڤ -> ف, پ -> ب, چ -> ج, ژ -> ز, ھ -> ه).
* harakat, shadda, sukun, superscript alef, Quranic marks, tatweel, Latin
  combining accents and variation selectors are removed; so is every format
  character (zero-width joiners, bidi controls, BOM, soft hyphen).
* double quotes of every style become ``"``; single quotes and apostrophes
  become ``'``; dashes become ``-``; exotic spaces become a space.
* Arabic-Indic and Persian digits become ASCII digits; ٫ ٬ ٪ become . , %.
"""

from __future__ import annotations

# Letters folded to one Arabic base letter.
ARABIC_LETTERS: dict[str, str] = {
    "\u0622": "\u0627",  # آ
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0671": "\u0627",  # ٱ wasla
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u0675": "\u0627",  # ٵ
    "\u0624": "\u0648",  # ؤ
    "\u0626": "\u064a",  # ئ
    "\u0649": "\u064a",  # ى
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06d0": "\u064a",  # ې
    "\u0629": "\u0647",  # ة
    "\u06c0": "\u0647",  # ۀ
    "\u06c1": "\u0647",  # ہ
    "\u06c3": "\u0647",  # ۃ
    "\u06be": "\u0647",  # ھ
    "\u06d5": "\u0647",  # ە
    "\u06a9": "\u0643",  # ک keheh
    "\u06aa": "\u0643",  # ڪ
    "\u06a4": "\u0641",  # ڤ veh
    "\u067e": "\u0628",  # پ peh
    "\u0686": "\u062c",  # چ tcheh
    "\u0698": "\u0632",  # ژ jeh
}

# Digits and number punctuation.
DIGITS: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\u066c": ",",  # ٬ Arabic thousands separator
    "\u066a": "%",  # ٪
}

DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u301d\u301e\uff02"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\uff07"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
LINE_BREAKS = "\u2028\u2029\u0085"

PUNCTUATION: dict[str, str] = {
    **dict.fromkeys(DOUBLE_QUOTES, '"'),
    **dict.fromkeys(SINGLE_QUOTES, "'"),
    **dict.fromkeys(DASHES, "-"),
    **dict.fromkeys(SPACES, " "),
    **dict.fromkeys(LINE_BREAKS, "\n"),
}

# Characters that lower() would expand (U+0130 -> "i̇"): fold them first.
CASE_EXPANDERS: dict[str, str] = {"\u0130": "I"}

# Removed code point ranges (inclusive), other than format characters (Cf),
# which are all removed (see normalize.build_table).
ARABIC_MARKS: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),  # Quranic signs
    (0x064B, 0x065F),  # harakat, shadda, sukun, hamza above/below ...
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08E1),
    (0x08E3, 0x08FF),
)
TATWEEL = "\u0640"
OTHER_MARKS: tuple[tuple[int, int], ...] = (
    (0x0300, 0x036F),  # Latin combining diacritics
    (0xFE00, 0xFE0F),  # variation selectors
)

# Blocks whose compatibility decompositions (NFKC) are applied.
NFKC_RANGES: tuple[tuple[int, int], ...] = (
    (0x00C0, 0x024F),  # Latin-1 / Extended-A/B letters: accents stripped
    (0xFB00, 0xFB4F),  # Latin and Hebrew ligatures
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    (0xFF01, 0xFF5E),  # fullwidth ASCII
)
