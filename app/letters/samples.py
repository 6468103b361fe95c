"""Sample letters with every Lithuanian letter in them: for previews, benchmarks and tests."""

from __future__ import annotations

import datetime

from app.domain.enums import LetterKind
from app.letters.content import Lang, LetterContent, Letterhead

# Every Lithuanian letter with a diacritic, lower and upper case, appears in the names.
LT_DIACRITICS = "ąčęėįšųūžĄČĘĖĮŠŲŪŽ"

SAMPLE_LETTERHEAD = Letterhead(
    institution_name="Valstybės įmonė „Šiaurės ūkių žinių centras“",
    institution_code="188765432",
    address="Gedimino pr. 11, LT-01103 Vilnius, tel. +370 5 212 3456, el. p. info@example.lt",
    extra_line="Biudžetinė įstaiga",
)

_FIELDS: dict[Lang, dict[str, str]] = {
    "lt": {
        "traveller_name": "Ąžuolas Čiūželis-Ėglė, ĄČĘĖĮŠŲŪŽ ąčęėįšųūž",
        "countries": "Baltarusijos Respubliką",
        "depart": "2026-12-20",
        "return_": "2026-12-28",
        "reason_category": "artimojo giminaičio liga",
        "purpose": "aplankyti sunkiai sergančią motiną Gardine",
        "decision_reason": "prašyme nenurodyti asmenys, su kuriais bus bendraujama kelionės metu, "
        "todėl neįmanoma įvertinti rizikos.",
        "conditions": "Prieš išvykstant išklausyti saugumo instruktažą.\n"
        "Nesivežti tarnybinių įrenginių ir dokumentų.\n"
        "Per 5 darbo dienas po grįžimo pateikti informaciją apie kelionę saugumo pareigūnui.",
        "clearance_level": "Slaptai",
        "clearance_number": "S-2024-0457",
        "violation_summary": "2026 m. rugsėjo 3–7 d. asmuo be leidimo vyko į Rusijos Federaciją.",
    },
    "en": {
        "traveller_name": "Ąžuolas Čiūželis-Ėglė, ĄČĘĖĮŠŲŪŽ ąčęėįšųūž",
        "countries": "Belarus",
        "depart": "20 December 2026",
        "return_": "28 December 2026",
        "reason_category": "illness of a close relative",
        "purpose": "to visit a gravely ill mother in Grodno",
        "decision_reason": "the request does not name the people to be met during the trip, "
        "so the risk cannot be assessed.",
        "conditions": "Attend a security briefing before departure.\n"
        "Take no official devices or documents.\n"
        "Report on the trip to the security officer within 5 working days of return.",
        "clearance_level": "Secret",
        "clearance_number": "S-2024-0457",
        "violation_summary": "from 3 to 7 September 2026 the person travelled to the Russian "
        "Federation without permission.",
    },
}


def sample_letter(kind: LetterKind, lang: Lang, *, number: int = 123,
                  deputy: bool = False) -> LetterContent:
    """A realistic letter of `kind` in `lang`; `deputy` signs for the head."""
    if lang == "lt":
        addressee = ("Ąžuolui Čiūželiui-Ėglei", "Vyriausiajam specialistui",
                     "Šiaurės ūkių skyriui")
        signer_position = "Direktoriaus pavaduotoja" if deputy else "Direktorė"
        on_behalf = "pavaduojanti direktorių" if deputy else None
        signer = "Žydrūnė Šėmaitytė-Ąžuolienė"
    else:
        addressee = ("Mr Ąžuolas Čiūželis-Ėglė", "Chief Specialist", "Northern Farms Unit")
        signer_position = "Deputy" if deputy else "Director"
        on_behalf = "for the Head" if deputy else None
        signer = "Žydrūnė Šėmaitytė-Ąžuolienė"
    return LetterContent(
        kind=kind,
        lang=lang,
        letterhead=SAMPLE_LETTERHEAD,
        registration_number=f"7-{number}",
        date=datetime.date(2026, 11, 25),
        long_date=lang == "lt",
        addressee_name=addressee[0],
        addressee_position=addressee[1],
        addressee_unit=addressee[2],
        fields=_FIELDS[lang],
        signer_position=signer_position,
        signer_name=signer,
        on_behalf_of=on_behalf,
        audit_checkpoint=(
            48213, "9f2c4e7a1b3d5f6e8a0c2e4f6a8b0d1e3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e"
        ),
        signing_time_note=None,
    )
