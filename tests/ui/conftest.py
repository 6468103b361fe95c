"""UI fixtures: English by default for stable assertions, synchronous workers where asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("settings"))
    # i18n.settings() names the organisation and application, so it uses the native format
    # (INI files under ~/.config on Linux), not the default one: both are kept per test.
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    from ui import i18n

    i18n.install("en")
    yield
    from ui import workers

    workers.wait_all()


@pytest.fixture
def sync_workers() -> Iterator[None]:
    from ui import workers

    workers.set_synchronous(True)
    yield
    workers.set_synchronous(False)
