"""Verification in plain words: a certificate's subject as a person reads it ("Rūta
Petraitienė (Valstybės saugumo departamentas)", not asn1crypto's "Common Name: ...;
Organization: ...; Country: LT"), and what a signature covers ("covers the whole file", not
pyHanko's ENTIRE_FILE)."""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP, Message, msg

# pyHanko's SignatureCoverageLevel names (and NONE for no signature), as sentences' ends.
COVERAGE: dict[str, str] = {
    "ENTIRE_FILE": QT_TRANSLATE_NOOP("Core", "covers the whole file"),
    "ENTIRE_REVISION": QT_TRANSLATE_NOOP("Core", "covers an earlier version of the file: "
                                                 "something was added after signing"),
    "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP("Core", "covers only the start of the "
                                                             "file: something was added after "
                                                             "signing"),
    "UNCLEAR": QT_TRANSLATE_NOOP("Core", "does not show clearly what it covers"),
    "NONE": QT_TRANSLATE_NOOP("Core", "no signature covers the file"),
}


def coverage_words(code: str) -> Message:
    return msg(COVERAGE.get(code, COVERAGE["UNCLEAR"]))

# asn1crypto joins "Label: value" parts with ", ", or with "; " when a value holds a comma.
_PARTS = (re.compile(r";\s+(?=[A-Z][A-Za-z .]*: )"), re.compile(r",\s+(?=[A-Z][A-Za-z .]*: )"))


def plain_subject(human_friendly: str) -> str:
    """The person's or CA's name, with the organisation in brackets when it says more; a
    subject without either is shown whole (never emptied)."""
    parts: dict[str, str] = {}
    text = human_friendly.strip()
    pieces = _PARTS[0].split(text)
    if len(pieces) == 1:
        pieces = _PARTS[1].split(text)
    for part in pieces:
        label, sep, value = part.partition(": ")
        if sep and label not in parts:
            parts[label] = value.strip()
    name = parts.get("Common Name", "")
    org = parts.get("Organization", "")
    if name and org and org != name:
        return f"{name} ({org})"
    return name or org or human_friendly.strip()
