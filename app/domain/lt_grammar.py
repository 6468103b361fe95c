"""Lithuanian grammar the letters need: names in the dative, countries in the accusative."""

from __future__ import annotations

# Country names as they follow "į" ("vykti į ..."): the accusative of the official name.
COUNTRY_ACCUSATIVE = {
    "BY": "Baltarusijos Respubliką",
    "RU": "Rusijos Federaciją",
    "CN": "Kinijos Liaudies Respubliką",
    "LV": "Latvijos Respubliką",
    "PL": "Lenkijos Respubliką",
    "UA": "Ukrainą",
    "KZ": "Kazachstano Respubliką",
    "IR": "Irano Islamo Respubliką",
    "KP": "Korėjos Liaudies Demokratinę Respubliką",
}
COUNTRY_EN = {"BY": "Belarus", "RU": "the Russian Federation",
              "CN": "the People's Republic of China", "LV": "Latvia", "PL": "Poland",
              "UA": "Ukraine"}

# Longest ending first; (nominative ending, dative ending).
_DATIVE_RULES: tuple[tuple[str, str], ...] = (
    ("tis", "čiui"),
    ("dis", "džiui"),
    ("ias", "iui"),
    ("ys", "iui"),
    ("is", "iui"),
    ("as", "ui"),
    ("us", "ui"),
    ("ė", "ei"),
    ("a", "ai"),
)


def dative_word(word: str) -> str:
    """One name in the dative ("Jonas" -> "Jonui", "Žukauskienė" -> "Žukauskienei")."""
    if "-" in word:
        return "-".join(dative_word(w) for w in word.split("-"))
    lower = word.lower()
    for nom, dat in _DATIVE_RULES:
        if lower.endswith(nom) and len(word) > len(nom) + 1:
            stem = word[: len(word) - len(nom)]
            return stem + (dat.upper() if word.isupper() else dat)
    return word


def dative_name(full_name: str) -> str:
    """A full name in the dative, word by word; unknown endings stay as they are."""
    return " ".join(dative_word(w) for w in full_name.split())


def countries_accusative(codes: tuple[str, ...], fallback: dict[str, str]) -> str:
    names = [COUNTRY_ACCUSATIVE.get(c, fallback.get(c, c)) for c in codes]
    return _join_lt(names)


def countries_english(codes: tuple[str, ...], fallback: dict[str, str]) -> str:
    names = [COUNTRY_EN.get(c, fallback.get(c, c)) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _join_lt(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " ir " + names[-1]
