"""Translations: load permit_desk_<lang>.qm, compiling it from the .ts into a cache if missing."""

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


def qm_path(lang: str) -> Path | None:
    """The compiled file: next to the .ts (built by `make venv`), else compiled into a cache."""
    built = TRANSLATIONS / f"permit_desk_{lang}.qm"
    ts = TRANSLATIONS / f"permit_desk_{lang}.ts"
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
    qt_base = QTranslator(app)  # Qt's own buttons (OK, Cancel) in the same language
    from PySide6.QtCore import QLibraryInfo

    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return True


def current_language() -> str:
    return "lt" if QLocale().language() == QLocale.Language.Lithuanian else "en"
