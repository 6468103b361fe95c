"""Translations: load permit_desk_<lang>.qm, and qtbase_<lang>.qm for Qt's own buttons and dialogs,
compiling each from its .ts into a cache if missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app.letters.resources import resources_dir

LANGUAGES = ("lt", "en")
DEFAULT_LANGUAGE = "lt"
# One place finds resources for the letters and the window alike (PERMIT_DESK_RESOURCES in
# installed bundles, the repository's folder otherwise).
TRANSLATIONS = resources_dir() / "translations"

_installed: list[QTranslator] = []


def settings() -> QSettings:
    return QSettings("permit-desk", "permit-desk")


def saved_language() -> str:
    lang = str(settings().value("ui/language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    settings().setValue("ui/language", lang)


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("permit-desk", appauthor=False)) / "translations"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease")


def qm_path(lang: str, catalogue: str = "permit_desk") -> Path | None:
    """The compiled file: next to the .ts (built by `make venv`), else compiled into a cache."""
    built = TRANSLATIONS / f"{catalogue}_{lang}.qm"
    ts = TRANSLATIONS / f"{catalogue}_{lang}.ts"
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return built if built.exists() else None
    cached = _cache_dir() / built.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return built if built.exists() else None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(ts), "-qm", str(cached)], capture_output=True)
    return cached if done.returncode == 0 and cached.exists() else None


def install(lang: str) -> bool:
    """Replace the installed translators; True when the language's .qm was loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Lithuanian if lang == "lt"
                               else QLocale.Language.English,
                               QLocale.Country.Lithuania if lang == "lt"
                               else QLocale.Country.UnitedKingdom))
    path = qm_path(lang)
    if path is None:
        return False
    t = QTranslator(app)
    if not t.load(str(path)):
        return False
    app.installTranslator(t)
    _installed.append(t)
    # Qt's own texts (OK, Cancel, Close, Back/Next/Finish, the file and print dialogs, the
    # line edit's menu): the PySide6 wheel has no qtbase_lt.qm (its qt_lt.qm is a Qt 4
    # catalogue under contexts Qt 6 no longer asks), so Lithuanian comes from our own
    # resources/translations/qtbase_lt.ts; a language we do not ship takes Qt's, if any.
    for qt_base in _qt_base_translators(app, lang):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return True


def _qt_base_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    from PySide6.QtCore import QLibraryInfo

    found: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    ours_path = qm_path(lang, "qtbase")
    ours = QTranslator(app)
    if ours_path is not None and ours.load(str(ours_path)):
        found.append(ours)  # installed last, so asked first
    return found


def current_language() -> str:
    return "lt" if QLocale().language() == QLocale.Language.Lithuanian else "en"
