"""Locates the packaged resources (fonts, letter templates, ICC profile)."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "PERMIT_DESK_RESOURCES"


def resources_dir() -> Path:
    """The repository's `resources/` directory, or the one named by PERMIT_DESK_RESOURCES.

    The override exists for frozen builds, where the data files are unpacked
    somewhere other than next to the source tree.
    """
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def letters_dir() -> Path:
    return resources_dir() / "letters"
