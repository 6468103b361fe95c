"""Every source string has a Lithuanian translation with the same placeholders; screens show no
untranslated string after switching language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from ui import i18n

PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def _messages(lang: str):
    tree = ET.parse(i18n.TRANSLATIONS / f"permit_desk_{lang}.ts")
    for ctx in tree.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            yield ctx.find("name").text, msg.find("source").text, tr.get("type"), forms


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    msgs = list(_messages(lang))
    assert len(msgs) > 200
    for ctx, source, kind, forms in msgs:
        assert kind not in ("unfinished", "vanished", "obsolete"), (ctx, source)
        for text in forms:
            assert text.strip(), (ctx, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                (ctx, source, text)
            if "&" in source.replace("&&", ""):
                assert "&" in text, (ctx, source, text)


def test_lithuanian_has_its_letters() -> None:
    text = " ".join(f for _c, _s, _k, forms in _messages("lt") for f in forms)
    for letter in "ąčęėįšųūž":
        assert letter in text


def test_qm_is_built_or_compiled_on_demand() -> None:
    for lang in ("lt", "en"):
        path = i18n.qm_path(lang)
        assert path is not None and path.exists()


def _visible_texts(widget) -> list[str]:
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget) and w.text():
            out.append(w.text())
    for w in widget.findChildren(QLineEdit):
        if w.placeholderText():
            out.append(w.placeholderText())
    return out


def test_language_switch_leaves_no_english_on_the_main_screens(qtbot, store, sync_workers) -> None:
    from ui.main_window import MainWindow

    english = {s for _c, s, _k, _f in _messages("lt")}
    lithuanian = {f for _c, s, _k, forms in _messages("lt") for f in forms if f != s}
    w = MainWindow(store.as_user("vadovas"), store.path)
    qtbot.addWidget(w)
    w.show()
    w.switch_language("lt")
    assert i18n.saved_language() == "lt"
    assert w.nav.item(0).text() == "Darbų sąrašas"
    for i, screen in enumerate(w.screens):
        w.show_screen(i)
        texts = _visible_texts(screen)
        left = [t for t in texts if t in english and t not in lithuanian]
        assert not left, (screen.title(), left)
        model = getattr(screen, "model", None)
        if model is not None:
            heads = [model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation
                                      .Horizontal) for c in range(model.columnCount())]
            assert not [h for h in heads if h in english and h not in lithuanian], heads
    menus = [a.text() for a in w.menuBar().actions()]
    assert "&Failas" in menus
    w.switch_language("en")
    assert w.nav.item(0).text() == "Worklist"
    w.close()


def test_the_window_fits_a_1280_pixel_screen_in_lithuanian(qtbot, store, sync_workers) -> None:
    """The status bar's long texts (user, store path, keyring note) give way instead of
    widening the window past a 1280x800 laptop screen; the whole text stays in the tooltip."""
    from ui.main_window import MainWindow

    w = MainWindow(store.as_user("vadovas"), store.path)
    qtbot.addWidget(w)
    w.switch_language("lt")
    w.show()
    long_note = "Nesusieta: šioje darbo vietoje nėra saugios raktinės " * 3
    w.binding_label.setText(long_note)
    w.store_label.setText("/labai/ilgas/kelias/" * 10 + "permit-desk.db")
    assert w.minimumSizeHint().width() <= 1280
    w.resize(1280, 800)
    qtbot.wait(50)
    assert w.width() <= 1280
    assert w.binding_label.toolTip() == long_note == w.binding_label.full_text()
    assert "…" in w.binding_label.text()
