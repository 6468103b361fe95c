"""Settings: known keys validated and normalised, admin only, every change audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.errors import InvalidInput, PermissionDenied
from app.services.settings import get_settings, set_setting
from app.store.models import AuditEntry


def _actions(desk) -> list[str]:
    with desk.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_defaults_and_a_change_is_audited(store) -> None:
    admin = store.as_user("admin")
    got = get_settings(admin)
    assert got["institution.name"] == "Valstybės saugumo departamentas"
    assert got["letters.registration_format"] == "7-{n}"
    assert got["ui.idle_lock_minutes"] == "5"
    assert set_setting(admin, "institution.name", "  Naujas   pavadinimas ") == "Naujas pavadinimas"
    assert set_setting(admin, "letters.long_date", "false") == "0"
    assert set_setting(admin, "ui.idle_lock_minutes", " 15 ") == "15"
    assert set_setting(admin, "letters.registration_format", "{yy}/7-{n}") == "{yy}/7-{n}"
    got = get_settings(admin)
    assert (got["institution.name"], got["letters.long_date"], got["ui.idle_lock_minutes"]) == (
        "Naujas pavadinimas", "0", "15")
    assert _actions(admin).count("setting.set") == 4
    assert admin.setting("ui.idle_lock_minutes") == "15"


@pytest.mark.parametrize(("key", "value", "words"), [
    ("institution.name", "   ", "needs a name"),
    ("institution.code", "12ab", "7-12 digits"),
    ("letters.registration_format", "7-{year}", "{n}"),
    ("letters.registration_format", "7-{n}-{month}", "{month}"),
    ("letters.registration_format", "7-{n}}", "brace"),
    ("letters.long_date", "maybe", "1 (on)"),
    ("ui.idle_lock_minutes", "0", "between 1 and 120"),
    ("ui.idle_lock_minutes", "five", "whole number"),
    ("signer.kind", "pkcs12", "Unknown setting"),
])
def test_bad_values_are_refused_with_a_sentence(store, key, value, words) -> None:
    admin = store.as_user("admin")
    with pytest.raises(InvalidInput, match=words.replace("{", r"\{").replace("(", r"\(")
                       .replace(")", r"\)")):
        set_setting(admin, key, value)


def test_only_an_admin_changes_settings(store) -> None:
    inspector = store.as_user("inspektorius")
    assert get_settings(inspector)["institution.code"] == "188692688"
    with pytest.raises(PermissionDenied):
        set_setting(inspector, "institution.name", "Kita")
    with pytest.raises(PermissionDenied):
        get_settings(store.as_user("rastine"))
    assert "refused" in _actions(inspector)
    unchanged = len(_actions(store.head))
    set_setting(store.head, "institution.code", "188692688")  # same value: no entry
    assert len(_actions(store.head)) == unchanged
