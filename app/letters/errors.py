"""Why a letter cannot be signed: light on imports, so that telling such an error apart (the
command line's error path, the window's) never loads pyHanko."""

from __future__ import annotations


class LetterSigningError(Exception):
    """A letter cannot be signed; the message is one plain sentence for the user."""
