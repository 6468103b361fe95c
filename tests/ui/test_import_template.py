"""The import wizard says which columns a staff file needs and saves a template in CSV or XLSX
that it then accepts (issue 13, point 10)."""

from __future__ import annotations

import pytest

from app.exchange.staff_import import COLUMNS
from ui.dialogs import prompts
from ui.dialogs.import_wizard import ImportWizard


def _wizard(qtbot, desk) -> ImportWizard:
    w = ImportWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_first_page_names_required_and_optional_columns(qtbot, store) -> None:
    w = _wizard(qtbot, store.as_user("saugumas"))
    text = w.columns_help.text()
    assert w.columns_help.isVisible()
    for column in COLUMNS:
        assert column in text
    required, optional = text.split("Optional", 1)
    assert "personal_code" in required and "clearance_level" not in required
    assert "clearance_valid_until" in optional
    assert "last name" in required  # each column is said in words, too


@pytest.mark.parametrize("ending", [".csv", ".xlsx"])
def test_save_template_then_check_and_import_it(qtbot, store, tmp_path, sync_workers,
                                                ending) -> None:
    sec = store.as_user("saugumas")
    w = _wizard(qtbot, sec)
    target = tmp_path / f"darbuotojai{ending}"
    prompts.clear_answers()
    prompts.set_next_answers(str(target))
    w.template_button.click()
    assert target.is_file()
    assert str(target) in w.summary.text() and "template" in w.summary.text()
    assert w.path.text() == ""  # the template is not taken for the file to import
    w.path.setText(str(target))
    w.check_button.click()
    assert w.items("errors") == []
    assert w.summary.text().startswith("Dry run: 1 to add")
    with qtbot.waitSignal(w.imported):
        w.import_button.click()
    assert w.summary.text() == "Imported: 1 added, 0 changed, 0 unchanged."


def test_a_template_without_an_ending_is_saved_as_xlsx(qtbot, store, tmp_path,
                                                       sync_workers) -> None:
    w = _wizard(qtbot, store.as_user("saugumas"))
    prompts.clear_answers()
    prompts.set_next_answers(str(tmp_path / "darbuotojai"))
    w.template_button.click()
    assert (tmp_path / "darbuotojai.xlsx").is_file()


def test_cancelling_the_template_file_choice_writes_nothing(qtbot, store, tmp_path) -> None:
    w = _wizard(qtbot, store.as_user("saugumas"))
    before = w.summary.text()
    prompts.clear_answers()
    prompts.set_next_answers(None)
    w.template_button.click()
    assert prompts.asked == ["Save a staff file template"]
    assert w.summary.text() == before
    assert [p for p in tmp_path.rglob("*") if p.suffix in (".csv", ".xlsx")] == []
