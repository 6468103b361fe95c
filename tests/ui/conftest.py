"""UI fixtures: English by default for stable assertions, synchronous workers where asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
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
