"""Verification in plain words (issue 13, point 7): a certificate by its holder's name, the
signature's coverage as a sentence."""

from __future__ import annotations

from asn1crypto import x509

from app.letters.wording import coverage_words, plain_subject


def _human(**attrs: str) -> str:
    return str(x509.Name.build(attrs).human_friendly)


def test_a_subject_reads_as_a_name() -> None:
    person = _human(common_name="Žukauskas, Jonas", organization_name="VSD", country_name="LT",
                    serial_number="PNOLT-39001010000")
    assert person.startswith("Common Name: ")
    assert plain_subject(person) == "Žukauskas, Jonas (VSD)"
    assert plain_subject(_human(organization_name="Test CA")) == "Test CA"
    assert plain_subject(_human(common_name="Root", organization_name="Root")) == "Root"
    assert plain_subject(_human(country_name="LT")) == "Country: LT"  # nothing better to say


def test_coverage_is_a_sentence() -> None:
    assert coverage_words("ENTIRE_FILE") == "covers the whole file"
    assert "added after signing" in coverage_words("ENTIRE_REVISION")
    assert coverage_words("NONE") == "no signature covers the file"
    assert coverage_words("SOMETHING_NEW") == "does not show clearly what it covers"
