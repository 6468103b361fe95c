"""Folding for search and the prefix bound for index range scans."""

from __future__ import annotations

import unicodedata

import pytest

from app.domain.text import fold, prefix_upper_bound


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Žukauskas", "zukauskas"),
        ("Ąžuolas", "azuolas"),
        ("ČĘĖĮŠŲŪŽ ąčęėįšųūž", "ceeisuuz aceeisuuz"),
        ("JONAITĖ", "jonaite"),
        ("Straße", "strasse"),
        ("ﬁ", "fi"),  # compatibility ligature
        ("", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_is_the_same_for_composed_and_decomposed_input() -> None:
    name = "Šaulytė-Žemaitienė"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name) == "saulyte-zemaitiene"


def test_fold_is_idempotent() -> None:
    for s in ("Ąžuolas", "İstanbul", "Ǆemal"):
        assert fold(fold(s)) == fold(s)


@pytest.mark.parametrize("prefix", ["zuk", "a", "jonait", "z\uffff", "a\ud7ff"])
def test_prefix_bound_brackets_every_string_with_the_prefix(prefix: str) -> None:
    bound = prefix_upper_bound(prefix)
    for s in (prefix, prefix + "a", prefix + "\U0010fffe" * 3, prefix + "zzzz"):
        assert prefix <= s < bound
    assert bound > prefix and not bound.startswith(prefix)


def test_prefix_bound_excludes_the_next_names() -> None:
    names = sorted(["zukas", "zukauskas", "zukauskiene", "zul", "zuk", "zuj"])
    bound = prefix_upper_bound("zuk")
    assert [n for n in names if "zuk" <= n < bound] == ["zuk", "zukas", "zukauskas", "zukauskiene"]


def test_prefix_bound_skips_surrogates_and_carries_past_the_last_character() -> None:
    assert prefix_upper_bound("a\ud7ff") == "a\ue000"
    assert prefix_upper_bound("ab\U0010ffff") == "ac"
    assert prefix_upper_bound("") == "\U0010ffff"
    prefix_upper_bound("a\ud7ff").encode("utf-8")  # storable
