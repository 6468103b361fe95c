"""Errors the core raises reach a Lithuanian window in Lithuanian: the core keeps the English
sentence (str(exc), for the command line) and its template; ui.errors.describe translates it."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.i18n import CONTEXT
from app.services.errors import InvalidInput, NotFound, PermissionDenied
from ui import i18n
from ui.errors import describe

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def lithuanian() -> Iterator[None]:
    i18n.install("lt")
    yield
    i18n.install("en")


def test_export_period_error_is_lithuanian(lithuanian: None) -> None:
    from app.exchange.export import ExportSpec

    with pytest.raises(InvalidInput) as err:
        ExportSpec(date(2026, 3, 1), date(2026, 1, 1)).check()
    assert str(err.value) == "The period ends before it starts."
    assert err.value.template == "The period ends before it starts."
    assert describe(err.value) == "Laikotarpis baigiasi anksčiau, nei prasideda."

    with pytest.raises(InvalidInput) as err:
        ExportSpec(date(2026, 1, 1), date(2026, 3, 1), kinds=("requests", "letterz")).check()
    assert str(err.value).startswith("Unknown record kind: letterz; the kinds are people, ")
    assert err.value.args_values[0] == "letterz"
    assert describe(err.value).startswith("Nežinoma įrašų rūšis: letterz; galimos rūšys: people, ")


def test_permission_refusal_is_lithuanian_with_role_labels(store, lithuanian: None) -> None:
    from app.services import settings

    with pytest.raises(PermissionDenied) as err:
        settings.set_setting(store.as_user("inspektorius"), "institution.name", "Kita")
    assert str(err.value) == ("inspektorius may not change the settings: that needs the role "
                              "Administrator.")
    assert describe(err.value) == ("inspektorius negali keisti nustatymų: tam reikia vaidmens "
                                   "Administratorius.")

    from app.services import staff

    with pytest.raises(PermissionDenied) as err:
        staff.add_person(store.as_user("rastine"), personal_code="39001010000",
                         last_name="Kazlauskas", first_name="Jonas", position="", unit="",
                         category="employee")
    assert describe(err.value) == (
        "rastine negali įtraukti asmenų į darbuotojų registrą: tam reikia vaidmens "
        "Saugumo pareigūnas arba Administratorius.")


def test_bad_personal_code_and_missing_person_are_lithuanian(store, lithuanian: None) -> None:
    from app.services import staff

    with pytest.raises(InvalidInput) as err:
        staff.add_person(store.as_user("saugumas"), personal_code="3900101", last_name="Kazlauskas",
                         first_name="Jonas", position="", unit="", category="employee")
    assert str(err.value) == "Personal code '3900101' is not valid: A personal code has 11 digits."
    assert describe(err.value) == ("Asmens kodas '3900101' netinkamas: Asmens kodą sudaro "
                                   "11 skaitmenų.")

    with pytest.raises(NotFound) as err:
        staff.get_person(store.head, "38703181745")
    assert describe(err.value) == "Registre nėra asmens su asmens kodu 38703181745."


def test_staff_import_problems_are_lithuanian(lithuanian: None) -> None:
    """Every bad row of an import, as the wizard lists it, in Lithuanian; the English
    sentence for the command line is unchanged in form."""
    from app.exchange.staff_import import parse_staff_bytes
    from ui.errors import word

    header = ("personal_code;last_name;first_name;position;unit;category;clearance_level;"
              "clearance_number;clearance_issued;clearance_valid_until\n")
    rows = ("3900101;Ąžuolaitis;Jonas;Analitikas;Skyrius;valstybės tarnautojas;;;;\n"
            "39001010000;Šimkutė;;Analitikė;Skyrius;nežinoma;;;2026-02-30;\n")
    report = parse_staff_bytes((header + rows).encode(), "darbuotojai.csv")
    said = [word(e.message) for e in report.errors]
    english = [str(e.message) for e in report.errors]
    assert len(said) >= 4, english
    assert any("11 digits" in t for t in english)
    joined = " | ".join(said)
    for lithuanian_text in ("Stulpelis personal_code, reikšmė „3900101“", "reikšmė privaloma.",
                            "nežinoma darbuotojų kategorija.", "(tuščia)"):
        assert lithuanian_text in joined, joined
    for english_text in ("required", "not a known", "(empty)", "digits"):
        assert english_text not in joined, joined
    file_error = parse_staff_bytes(b"", "darbuotojai.csv").errors[0]
    assert str(file_error.message) == "The file is empty."
    assert word(file_error.message) == "Failas tuščias."


def test_request_state_is_worded_by_its_label(lithuanian: None) -> None:
    from app.domain.enums import RequestState
    from app.i18n import QT_TRANSLATE_NOOP, msg

    exc = InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1 is %2 and can no longer be "
                                                     "edited."), 7, RequestState.SUBMITTED))
    assert str(exc) == "Request 7 is submitted and can no longer be edited."
    assert describe(exc) == "Prašymas 7 yra pateiktas, jo taisyti nebegalima."
    i18n.install("en")
    assert describe(exc) == "Request 7 is submitted and can no longer be edited."


def _core_templates() -> set[str]:
    """Every QT_TRANSLATE_NOOP("Core", "...") literal under app/, as lupdate reads them."""
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                ctx, text = node.args
                assert isinstance(ctx, ast.Constant) and ctx.value == CONTEXT, (path, node.lineno)
                assert isinstance(text, ast.Constant) and isinstance(text.value, str), \
                    (path, node.lineno)
                assert len(node.args) == 2 and not node.keywords, (path, node.lineno)
                found.add(text.value)
    return found


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_core_template_has_a_finished_translation(lang: str) -> None:
    tree = ET.parse(i18n.TRANSLATIONS / f"permit_desk_{lang}.ts")
    done = {}
    for ctx in tree.iter("context"):
        if ctx.findtext("name") == CONTEXT:
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr.get("type") is None and (tr.text or "").strip():
                    done[m.findtext("source")] = tr.text
    templates = _core_templates()
    assert len(templates) > 150
    missing = sorted(templates - set(done))
    assert not missing, f"run lupdate (see the Makefile) and translate: {missing}"
    if lang == "en":
        assert all(done[t] == t for t in templates)
    else:  # no English left over in the Lithuanian window (" or " and the like are words too)
        same = sorted(t for t in templates if done[t] == t)
        assert not same, same


def test_a_wrong_passphrase_is_said_in_lithuanian(store, lithuanian: None) -> None:
    """The store's own refusals carry their message too (the window used to tell them apart
    by searching the English sentence)."""
    from app.services.opening import open_desk
    from app.store.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase) as err:
        open_desk(store.path, "vadovas", "ne ta slaptafrazė")
    assert str(err.value) == "The user name or the passphrase is wrong."
    assert describe(err.value) == "Neteisingas naudotojo vardas arba slaptafrazė."


def test_a_hidden_character_names_the_field_in_lithuanian(store, lithuanian: None) -> None:
    from app.services import staff

    sec = store.as_user("saugumas")
    with pytest.raises(InvalidInput) as err:
        staff.add_person(sec, personal_code="38001020016", last_name="Žuka\u202euskas",
                         first_name="Jonas", position="", unit="", category="civil_servant")
    assert str(err.value).startswith("The last name cannot be accepted: it holds the "
                                     "invisible or control character U+202E")
    said = describe(err.value)
    assert said.startswith("Reikšmės „pavardė“ priimti negalima: joje yra nematomas"), said
    assert "U+202E" in said
