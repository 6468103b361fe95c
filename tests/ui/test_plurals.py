"""Counts read as proper plurals (issue 13, point 7): "1 entry", "2 entries", never
"entry(ies)"; Lithuanian has its three forms (1 įrašas, 2 įrašai, 10 įrašų)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from ui import i18n

_HACK = re.compile(r"\w\((s|es|ies)\)")


@pytest.mark.parametrize(("lang", "forms"), [("en", 2), ("lt", 3)])
def test_every_count_has_real_plural_forms(lang: str, forms: int) -> None:
    tree = ET.parse(i18n.TRANSLATIONS / f"permit_desk_{lang}.ts")
    bad = []
    for m in tree.iter("message"):
        if m.get("numerus") != "yes":
            continue
        texts = [f.text or "" for f in m.iter("numerusform")]
        if len(texts) != forms or any(_HACK.search(t) for t in texts):
            bad.append((m.findtext("source"), texts))
    assert bad == []


def test_the_audit_count_in_english_and_lithuanian(qapp) -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("AuditScreen", "%n entry(ies)", "", n)

    assert (count(1), count(2)) == ("1 entry", "2 entries")
    i18n.install("lt")
    try:
        assert (count(1), count(2), count(10), count(21)) == (
            "1 įrašas", "2 įrašai", "10 įrašų", "21 įrašas")
    finally:
        i18n.install("en")
