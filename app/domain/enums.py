"""The domain's closed vocabularies, with their Lithuanian and English words."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    CLERK = "clerk"
    SECURITY_OFFICER = "security_officer"
    INSPECTOR = "inspector"
    ADMIN = "admin"


class StaffCategory(StrEnum):
    CIVIL_SERVANT = "civil_servant"
    STATUTORY_OFFICER = "statutory_officer"
    SOLDIER = "soldier"
    STATE_POLITICIAN = "state_politician"
    EMPLOYEE = "employee"
    OTHER = "other"


class ClearanceLevel(StrEnum):
    """Highest first; the first two protect state secrets, the last two official secrets."""

    TOP_SECRET = "top_secret"
    SECRET = "secret"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"


class ClearanceStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class ReasonCategory(StrEnum):
    FAMILY = "family"
    BEREAVEMENT = "bereavement"
    MEDICAL = "medical"
    PROPERTY = "property"
    CUSTODY = "custody"
    OFFICIAL = "official"
    TRANSIT = "transit"
    OTHER = "other"


class RequestState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    DENIED = "denied"
    RETURNED = "returned"
    CANCELLED = "cancelled"
    TRAVELLING = "travelling"
    BACK = "back"
    DEBRIEFED = "debriefed"
    CLOSED = "closed"
    DECLARED = "declared"
    ACCEPTED = "accepted"
    VIOLATION = "violation"


class DecisionOutcome(StrEnum):
    APPROVE = "approve"
    DENY = "deny"
    RETURN = "return"


class LetterKind(StrEnum):
    APPROVAL = "approval"
    DENIAL = "denial"
    WITHDRAWAL = "withdrawal"


LABELS_LT: dict[StrEnum, str] = {
    Role.HEAD: "Įstaigos vadovas",
    Role.DEPUTY: "Vadovo pavaduotojas",
    Role.CLERK: "Raštinės darbuotojas",
    Role.SECURITY_OFFICER: "Saugumo pareigūnas",
    Role.INSPECTOR: "Inspektorius",
    Role.ADMIN: "Administratorius",
    StaffCategory.CIVIL_SERVANT: "valstybės tarnautojas",
    StaffCategory.STATUTORY_OFFICER: "statutinis valstybės tarnautojas",
    StaffCategory.SOLDIER: "karys",
    StaffCategory.STATE_POLITICIAN: "valstybės politikas",
    StaffCategory.EMPLOYEE: "darbuotojas",
    StaffCategory.OTHER: "kita",
    ClearanceLevel.TOP_SECRET: "Visiškai slaptai",
    ClearanceLevel.SECRET: "Slaptai",
    ClearanceLevel.CONFIDENTIAL: "Konfidencialiai",
    ClearanceLevel.RESTRICTED: "Riboto naudojimo",
    ClearanceStatus.ACTIVE: "galiojantis",
    ClearanceStatus.SUSPENDED: "sustabdytas",
    ClearanceStatus.WITHDRAWN: "panaikintas",
    ClearanceStatus.EXPIRED: "nebegaliojantis",
    ReasonCategory.FAMILY: "šeimos reikalai",
    ReasonCategory.BEREAVEMENT: "artimo giminaičio mirtis ar sunki liga",
    ReasonCategory.MEDICAL: "gydymas",
    ReasonCategory.PROPERTY: "turto reikalai",
    ReasonCategory.CUSTODY: "vaiko globos ar tėvystės reikalai",
    ReasonCategory.OFFICIAL: "tarnybinė kelionė",
    ReasonCategory.TRANSIT: "tranzitas",
    ReasonCategory.OTHER: "kita",
    RequestState.DRAFT: "juodraštis",
    RequestState.SUBMITTED: "pateiktas",
    RequestState.APPROVED: "leista",
    RequestState.DENIED: "neleista",
    RequestState.RETURNED: "grąžintas taisyti",
    RequestState.CANCELLED: "atšauktas",
    RequestState.TRAVELLING: "išvykęs",
    RequestState.BACK: "grįžęs",
    RequestState.DEBRIEFED: "apklaustas",
    RequestState.CLOSED: "užbaigtas",
    RequestState.DECLARED: "deklaruotas",
    RequestState.ACCEPTED: "deklaracija priimta",
    RequestState.VIOLATION: "pažeidimas",
}

LABELS_EN: dict[StrEnum, str] = {
    Role.HEAD: "Head of institution",
    Role.DEPUTY: "Deputy head",
    Role.CLERK: "Clerk",
    Role.SECURITY_OFFICER: "Security officer",
    Role.INSPECTOR: "Inspector",
    Role.ADMIN: "Administrator",
    StaffCategory.CIVIL_SERVANT: "civil servant",
    StaffCategory.STATUTORY_OFFICER: "statutory officer",
    StaffCategory.SOLDIER: "soldier",
    StaffCategory.STATE_POLITICIAN: "state politician",
    StaffCategory.EMPLOYEE: "employee",
    StaffCategory.OTHER: "other",
    ClearanceLevel.TOP_SECRET: "Top Secret",
    ClearanceLevel.SECRET: "Secret",
    ClearanceLevel.CONFIDENTIAL: "Confidential",
    ClearanceLevel.RESTRICTED: "Restricted",
    ClearanceStatus.ACTIVE: "active",
    ClearanceStatus.SUSPENDED: "suspended",
    ClearanceStatus.WITHDRAWN: "withdrawn",
    ClearanceStatus.EXPIRED: "expired",
    ReasonCategory.FAMILY: "family matters",
    ReasonCategory.BEREAVEMENT: "death or grave illness of a close relative",
    ReasonCategory.MEDICAL: "medical treatment",
    ReasonCategory.PROPERTY: "property matters",
    ReasonCategory.CUSTODY: "parental or custody matters",
    ReasonCategory.OFFICIAL: "official travel",
    ReasonCategory.TRANSIT: "transit",
    ReasonCategory.OTHER: "other",
    RequestState.DRAFT: "draft",
    RequestState.SUBMITTED: "submitted",
    RequestState.APPROVED: "approved",
    RequestState.DENIED: "denied",
    RequestState.RETURNED: "returned for changes",
    RequestState.CANCELLED: "cancelled",
    RequestState.TRAVELLING: "travelling",
    RequestState.BACK: "back",
    RequestState.DEBRIEFED: "debriefed",
    RequestState.CLOSED: "closed",
    RequestState.DECLARED: "declared",
    RequestState.ACCEPTED: "declaration accepted",
    RequestState.VIOLATION: "violation",
}


def label(value: StrEnum, lang: str = "lt") -> str:
    """The human word for an enum value in the given language ("lt" or "en")."""
    table = LABELS_LT if lang == "lt" else LABELS_EN
    return table.get(value, str(value))
