"""The travel policy as data (countries, scope, lead times) and the pure rules over it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from app.domain.enums import ClearanceLevel, ClearanceStatus, ReasonCategory, StaffCategory
from app.domain.workdays import add_working_days

SCHEMA_VERSION = 1

_ISO_ALPHA2 = re.compile(r"[A-Z]{2}")

E = TypeVar("E", bound=StrEnum)


class PolicyError(ValueError):
    """A policy that cannot be used; the message names the offending field."""


@dataclass(frozen=True, slots=True)
class ListedCountry:
    code: str  # ISO 3166-1 alpha-2, upper case
    name_lt: str
    name_en: str


def _default_crossings() -> Mapping[str, tuple[str, ...]]:
    # Road crossing points open to travellers as of late 2025. Closed ones are left
    # out on purpose: Lithuania closed Tverečius and Šumskas (BY) in August 2023, and
    # Medininkai and Šalčininkai were shut for some weeks in Oct-Nov 2025 and reopened.
    # Rail (Kena/BY, Kybartai/RU transit) is not offered because passenger service to
    # Belarus is suspended and the Kaliningrad transit trains need no crossing choice.
    # This is editable data: the security officer updates it when the border changes.
    return MappingProxyType(
        {
            "BY": ("Medininkai", "Šalčininkai"),
            "RU": ("Kybartai", "Panemunė"),
        }
    )


@dataclass(frozen=True)
class Policy:
    """One version of the rules; every decision records the digest of the one in force."""

    countries: tuple[ListedCountry, ...] = (
        ListedCountry("RU", "Rusija", "Russia"),
        ListedCountry("BY", "Baltarusija", "Belarus"),
    )
    categories_needing_permission: frozenset[StaffCategory] = frozenset(StaffCategory)
    levels_needing_permission: frozenset[ClearanceLevel] = frozenset(ClearanceLevel)
    declaration_reasons: frozenset[ReasonCategory] = frozenset({ReasonCategory.BEREAVEMENT})
    min_lead_days: int = 10  # calendar days between the request's review and departure
    debrief_working_days: int = 5
    # A mapping is not hashable, so it is left out of the hash (equality still uses it).
    crossings: Mapping[str, tuple[str, ...]] = field(default_factory=_default_crossings, hash=False)
    expiring_within_days: int = 60

    def __post_init__(self) -> None:
        _validate(self)
        # Freeze a caller's dict so the policy cannot change after validation.
        frozen = MappingProxyType({k: tuple(v) for k, v in self.crossings.items()})
        object.__setattr__(self, "crossings", frozen)

    def country(self, code: str) -> ListedCountry | None:
        wanted = code.strip().upper()
        return next((c for c in self.countries if c.code == wanted), None)

    @property
    def country_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.countries)


def _fields(names: Sequence[str]) -> str:
    return "field" if len(names) == 1 else "fields"


def _validate(p: Policy) -> None:
    if not isinstance(p.countries, tuple):
        raise PolicyError("countries: expected a tuple of ListedCountry.")
    seen: set[str] = set()
    for i, c in enumerate(p.countries):
        if not isinstance(c, ListedCountry):
            raise PolicyError(f"countries[{i}]: expected a ListedCountry, got {c!r}.")
        if not isinstance(c.code, str) or not _ISO_ALPHA2.fullmatch(c.code):
            raise PolicyError(
                f"countries[{i}].code: {c.code!r} is not a two-letter upper-case ISO 3166 code."
            )
        if c.code in seen:
            raise PolicyError(f"countries[{i}].code: {c.code} is listed twice.")
        seen.add(c.code)
        for attr in ("name_lt", "name_en"):
            value = getattr(c, attr)
            if not isinstance(value, str) or not value.strip():
                raise PolicyError(f"countries[{i}].{attr}: a name is required for {c.code}.")
    for name, enum in (
        ("categories_needing_permission", StaffCategory),
        ("levels_needing_permission", ClearanceLevel),
        ("declaration_reasons", ReasonCategory),
    ):
        value = getattr(p, name)
        if not isinstance(value, frozenset) or not all(isinstance(v, enum) for v in value):
            raise PolicyError(f"{name}: expected a frozenset of {enum.__name__}.")
    for name in ("min_lead_days", "debrief_working_days", "expiring_within_days"):
        value = getattr(p, name)
        # bool is an int subclass; True as "1 day" would be a silent mistake.
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise PolicyError(f"{name}: expected a whole number of days >= 0, got {value!r}.")
    # Checked as the caller gave it (a JSON list, a str), before __post_init__ freezes it.
    crossings: object = p.crossings
    if not isinstance(crossings, Mapping):
        raise PolicyError("crossings: expected a mapping of country code to crossing names.")
    for code, names in crossings.items():
        if code not in seen:
            raise PolicyError(f"crossings: {code!r} is not one of the listed countries.")
        if isinstance(names, str) or not isinstance(names, Sequence):
            raise PolicyError(f"crossings[{code}]: expected a list of names.")
        for n in names:
            if not isinstance(n, str) or not n.strip():
                raise PolicyError(f"crossings[{code}]: {n!r} is not a crossing name.")
        if len(set(names)) != len(names):
            raise PolicyError(f"crossings[{code}]: a crossing is listed twice.")


def default_policy() -> Policy:
    return Policy()


def with_changes(p: Policy, **changes: Any) -> Policy:
    """A copy of p with some fields replaced, validated like any new policy."""
    known = {f.name for f in fields(Policy)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise PolicyError(f"Unknown policy {_fields(unknown)}: {', '.join(unknown)}.")
    return replace(p, **changes)


# --- JSON -----------------------------------------------------------------------


def _enum_list(values: Iterable[E], enum: type[E]) -> list[str]:
    # Declaration order, not alphabetical: it is how people read the list.
    order = list(enum)
    return [v.value for v in sorted(values, key=order.index)]


def policy_to_dict(p: Policy) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "countries": [
            {"code": c.code, "name_lt": c.name_lt, "name_en": c.name_en} for c in p.countries
        ],
        "categories_needing_permission": _enum_list(p.categories_needing_permission, StaffCategory),
        "levels_needing_permission": _enum_list(p.levels_needing_permission, ClearanceLevel),
        "declaration_reasons": _enum_list(p.declaration_reasons, ReasonCategory),
        "min_lead_days": p.min_lead_days,
        "debrief_working_days": p.debrief_working_days,
        # Keyed by country; sort_keys orders them, the names keep their editing order.
        "crossings": {code: list(names) for code, names in p.crossings.items()},
        "expiring_within_days": p.expiring_within_days,
    }


def policy_to_json(p: Policy) -> str:
    """Canonical JSON: the same policy always gives the same bytes (see policy_digest)."""
    return json.dumps(policy_to_dict(p), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def policy_digest(p: Policy) -> str:
    """SHA-256 of the canonical JSON: a policy version id that needs no database."""
    return hashlib.sha256(policy_to_json(p).encode("utf-8")).hexdigest()


_KEYS = frozenset(policy_to_dict(Policy()))


def _enum_set(data: Mapping[str, Any], key: str, enum: type[E]) -> frozenset[E]:
    raw = data[key]
    if not isinstance(raw, list):
        raise PolicyError(f"{key}: expected a list, got {type(raw).__name__}.")
    out: set[E] = set()
    for item in raw:
        try:
            out.add(enum(item))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise PolicyError(f"{key}: {item!r} is not one of: {allowed}.") from None
    return frozenset(out)


def policy_from_dict(data: Any) -> Policy:
    if not isinstance(data, dict):
        raise PolicyError("A policy must be a JSON object.")
    if data.get("schema") != SCHEMA_VERSION:
        raise PolicyError(
            f"schema: expected {SCHEMA_VERSION}, got {data.get('schema')!r}; "
            "this policy was written by another version of the program."
        )
    missing = sorted(_KEYS - set(data))
    if missing:
        raise PolicyError(f"Missing policy {_fields(missing)}: {', '.join(missing)}.")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise PolicyError(f"Unknown policy {_fields(unknown)}: {', '.join(unknown)}.")
    raw_countries = data["countries"]
    if not isinstance(raw_countries, list):
        raise PolicyError("countries: expected a list.")
    countries: list[ListedCountry] = []
    for i, c in enumerate(raw_countries):
        if not isinstance(c, dict) or set(c) != {"code", "name_lt", "name_en"}:
            raise PolicyError(f"countries[{i}]: expected an object with code, name_lt, name_en.")
        countries.append(ListedCountry(c["code"], c["name_lt"], c["name_en"]))
    raw_crossings = data["crossings"]
    if not isinstance(raw_crossings, dict):
        raise PolicyError("crossings: expected an object keyed by country code.")
    crossings: dict[str, tuple[str, ...]] = {}
    for code, names in raw_crossings.items():
        if not isinstance(names, list):
            raise PolicyError(f"crossings[{code}]: expected a list of names.")
        crossings[code] = tuple(names)
    return Policy(
        countries=tuple(countries),
        categories_needing_permission=_enum_set(
            data, "categories_needing_permission", StaffCategory
        ),
        levels_needing_permission=_enum_set(data, "levels_needing_permission", ClearanceLevel),
        declaration_reasons=_enum_set(data, "declaration_reasons", ReasonCategory),
        min_lead_days=data["min_lead_days"],
        debrief_working_days=data["debrief_working_days"],
        crossings=crossings,
        expiring_within_days=data["expiring_within_days"],
    )


def policy_from_json(s: str) -> Policy:
    """Parse and validate a policy; PolicyError names the field that is wrong."""
    try:
        data = json.loads(s)
    except json.JSONDecodeError as e:
        raise PolicyError(
            f"Not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}."
        ) from None
    return policy_from_dict(data)


# --- Rules ----------------------------------------------------------------------


def _codes(countries: Iterable[str]) -> list[str]:
    return [c.strip().upper() for c in countries]


def crossings_for(policy: Policy, countries: Sequence[str]) -> tuple[str, ...]:
    """The border crossings a trip to these countries may use, in the order the countries and
    the policy list them (a Belarus trip is never offered a Russian crossing)."""
    out: list[str] = []
    for code in _codes(countries):
        for name in policy.crossings.get(code, ()):
            if name not in out:
                out.append(name)
    return tuple(out)


def needs_permission(
    policy: Policy,
    countries: Sequence[str],
    category: StaffCategory,
    level: ClearanceLevel | None,
) -> bool:
    """Whether this trip needs the head's permission (a person without clearance never does)."""
    if level is None:
        return False
    if category not in policy.categories_needing_permission:
        return False
    if level not in policy.levels_needing_permission:
        return False
    listed = policy.country_codes
    return any(c in listed for c in _codes(countries))


def unlisted_countries(policy: Policy, countries: Sequence[str]) -> tuple[str, ...]:
    """The trip's countries that the policy does not list, in visiting order, once each."""
    listed = policy.country_codes
    out: list[str] = []
    for c in _codes(countries):
        if c not in listed and c not in out:
            out.append(c)
    return tuple(out)


def may_declare(policy: Policy, reason: ReasonCategory) -> bool:
    """Whether this reason allows declaring a departure instead of asking permission."""
    return reason in policy.declaration_reasons


@dataclass(frozen=True, slots=True)
class Flag:
    """Something the decider should see. `code` is stable and `values` are its facts
    (ISO dates, numbers, codes), in the order the code's sentence uses them, so that a
    window can say it in its own language; `message` is the English sentence."""

    code: str
    message: str
    values: tuple[str, ...] = ()


def review_flags(
    policy: Policy,
    *,
    today: date,
    depart: date,
    return_: date,
    clearance_valid_until: date | None,
    clearance_status: ClearanceStatus | None,
) -> tuple[Flag, ...]:
    """Warnings for the review screen; they inform the decision, they do not make it."""
    flags: list[Flag] = []
    if return_ < depart:
        flags.append(Flag("return_before_depart", f"Return {return_} is before departure "
                          f"{depart}.", (return_.isoformat(), depart.isoformat())))
    lead = (depart - today).days
    if lead < 0:
        flags.append(Flag("departure_passed", f"Departure {depart} is already past.",
                          (depart.isoformat(),)))
    elif lead < policy.min_lead_days:
        flags.append(Flag("lead_time", f"Days until departure: {lead}; the policy asks for "
                          f"at least {policy.min_lead_days}.",
                          (str(lead), str(policy.min_lead_days))))
    if clearance_status is None:
        flags.append(Flag("no_clearance", "The traveller holds no clearance on record."))
    elif clearance_status is not ClearanceStatus.ACTIVE:
        flags.append(Flag("clearance_not_active", f"The traveller's clearance is "
                          f"{clearance_status.value}, not active.", (clearance_status.value,)))
    if clearance_valid_until is not None:
        # valid_until is the last day the clearance is valid, so returning on it is fine.
        if clearance_valid_until < return_:
            flags.append(Flag("clearance_expires_before_return", f"The clearance is valid until "
                              f"{clearance_valid_until}, before the return on {return_}.",
                              (clearance_valid_until.isoformat(), return_.isoformat())))
        elif (clearance_valid_until - today).days <= policy.expiring_within_days:
            flags.append(Flag("clearance_expiring", f"The clearance expires on "
                              f"{clearance_valid_until}, within {policy.expiring_within_days} "
                              "days.", (clearance_valid_until.isoformat(),
                                        str(policy.expiring_within_days))))
    return tuple(flags)


def debrief_due(policy: Policy, return_date: date) -> date:
    """The last day for the debrief: the N-th working day after the return."""
    return add_working_days(return_date, policy.debrief_working_days)
