"""Text folding for diacritic- and case-insensitive search of Lithuanian names."""

from __future__ import annotations

import unicodedata

# The highest code point; a prefix ending in it cannot be incremented in place.
_MAX_CHAR = chr(0x10FFFF)


def fold(s: str) -> str:
    """Search key: NFKD, combining marks dropped, casefolded ("Žukauskas" -> "zukauskas")."""
    decomposed = unicodedata.normalize("NFKD", s)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # casefold can itself produce decomposable text (e.g. "ß" -> "ss" is fine, but
    # "İ" -> "i̇" adds a combining dot), so strip marks once more after folding.
    folded = unicodedata.normalize("NFKD", stripped.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string starting with prefix.

    For index range scans: `col >= prefix AND col < prefix_upper_bound(prefix)`.
    Order is by code point, which is also SQLite's BINARY order of UTF-8 bytes.
    A prefix of only U+10FFFF (or an empty one) has no true bound; U+10FFFF is a
    noncharacter that never occurs in names, so the highest character serves.
    """
    chars = list(prefix)
    # Drop trailing maximal characters: they cannot grow, so carry into the previous one.
    while chars and chars[-1] == _MAX_CHAR:
        chars.pop()
    if not chars:
        return _MAX_CHAR * (len(prefix) + 1)
    last = ord(chars[-1]) + 1
    # Surrogates cannot be encoded in UTF-8 (and so not stored); skip over them.
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    chars[-1] = chr(last)
    return "".join(chars)
