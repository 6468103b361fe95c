"""`app/` never imports PySide6: every module under it loads without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import importlib, json, pkgutil, sys
import app

imported, failed = [], {}
for info in pkgutil.walk_packages(app.__path__, "app."):
    if info.name == "app.__main__":
        continue  # runs the command line on import; its imports are app.cli's
    if info.name == "app.store.migrations.env":
        continue  # only runs inside Alembic's context; a test upgrade would load it
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except Exception as exc:
        failed[info.name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "failed": failed, "qt": qt}))
"""


def _run(extra: str = "") -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", extra + SCRIPT], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_no_module_under_app_imports_qt() -> None:
    found = _run()
    assert found["failed"] == {}, found["failed"]
    imported = found["imported"]
    assert isinstance(imported, list)
    assert {"app.store.store", "app.services.desk", "app.cli.store_cmds"} <= set(imported)
    assert found["qt"] == [], f"Qt was imported by app/: {found['qt']}"


def test_the_check_sees_qt_when_it_is_imported() -> None:
    """Control: the same probe notices Qt once something loads it."""
    found = _run("import PySide6.QtCore\n")
    assert "PySide6.QtCore" in found["qt"]
