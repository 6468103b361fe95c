"""Staff, clearance and policy commands: import, list, show, add; set/suspend/withdraw; policy."""

from __future__ import annotations

import argparse
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from app.cli import common
from app.domain.clock import for_people
from app.domain.enums import (
    LABELS_EN,
    LABELS_LT,
    ClearanceLevel,
    ReasonCategory,
    StaffCategory,
    label,
)
from app.domain.text import fold
from app.domain.text_input import printable as shown

E = TypeVar("E", bound=StrEnum)


# --- Words: the LT or EN word, or the value, as the HR import accepts them ----------------


def _key(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").replace("-", " ").split())


def word(text: str, enum: type[E]) -> E:
    for member in enum:
        if _key(text) in {_key(member.value), _key(LABELS_LT.get(member, member.value)),
                          _key(LABELS_EN.get(member, member.value))}:
            return member
    known = ", ".join(f"{m.value} ({LABELS_LT.get(m, m.value)})" for m in enum)
    raise common.CliError(f"{text!r} is not one of: {known}")


def words(text: str, enum: type[E]) -> frozenset[E]:
    return frozenset(word(t, enum) for t in text.split(",") if t.strip())


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of days must not be negative")
    return n


# --- Parser -------------------------------------------------------------------------------


def register(sub: Any) -> None:
    st = sub.add_parser("staff", help="the staff registry")
    ss = st.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    p = ss.add_parser("import", help="import people and clearances from an HR CSV/XLSX file")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    p.add_argument("--verbose", action="store_true", help="also list unchanged people")
    p.set_defaults(func=cmd_import)
    p = ss.add_parser("list", help="people in name order")
    p.add_argument("--unit")
    p.add_argument("--search", metavar="PREFIX", help="name prefix; case and diacritics ignored")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = ss.add_parser("show", help="one person with the clearance history")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = ss.add_parser("add", help="add one person")
    p.add_argument("--code", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--first-name", required=True)
    p.add_argument("--position", default="")
    p.add_argument("--unit", default="")
    p.add_argument("--category", required=True, help="e.g. karys or soldier")
    p.set_defaults(func=cmd_add)

    cl = sub.add_parser("clearance", help="clearances (authorisations)")
    cs = cl.add_subparsers(dest="clearance_command", metavar="ACTION", required=True)
    p = cs.add_parser("set", help="grant a clearance or correct/renew the current one")
    p.add_argument("code")
    p.add_argument("--level", required=True, help="e.g. Slaptai or Secret")
    p.add_argument("--number", required=True)
    p.add_argument("--issued", required=True, type=common.iso_date)
    p.add_argument("--valid-until", required=True, type=common.iso_date)
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_clearance_set)
    for name, helptext in (("suspend", "suspend the active clearance"),
                           ("reinstate", "reinstate a suspended clearance"),
                           ("withdraw", "withdraw the clearance")):
        p = cs.add_parser(name, help=helptext)
        p.add_argument("code")
        p.add_argument("--reason", required=True)
        if name == "withdraw":
            p.add_argument("--on", type=common.iso_date, help="effective date (default today)")
        p.set_defaults(func=cmd_clearance_change, action=name)
    p = cs.add_parser("expiring", help="clearances expiring soon, soonest first")
    p.add_argument("--days", type=_days, help="default: the policy's setting")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_expiring)

    po = sub.add_parser("policy", help="the travel policy in force (versioned)")
    ps = po.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    p = ps.add_parser("show", help="the policy in force")
    p.add_argument("--version", type=int, help="an older version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_policy_show)
    p = ps.add_parser("set", help="publish a new policy version")
    p.add_argument("--add-country", action="append", default=[], metavar="CODE:NAME_LT:NAME_EN")
    p.add_argument("--remove-country", action="append", default=[], metavar="CODE")
    p.add_argument("--min-lead-days", type=_days)
    p.add_argument("--debrief-days", type=_days, help="working days after return")
    p.add_argument("--declaration-reasons", metavar="a,b")
    p.add_argument("--categories", metavar="a,b", help="staff categories needing permission")
    p.add_argument("--levels", metavar="a,b", help="clearance levels needing permission")
    p.add_argument("--crossings", action="append", default=[], metavar="CODE=Name1,Name2")
    p.add_argument("--expiring-days", type=_days)
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_policy_set)


# --- Staff --------------------------------------------------------------------------------


def _name(report: Any, code: str) -> str:
    return str(report.names.get(code, ""))


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import staff

    if not args.file.is_file():
        raise common.CliError(f"No such file: {args.file}")
    with common.unlocked(args) as desk:
        report = staff.import_staff(desk, args.file, dry_run=args.dry_run)
    if report.errors:
        for e in report.errors:
            print(f"line {e.line}: {e.message}", file=sys.stderr)
        n = len({e.line for e in report.errors})
        rows = "row" if n == 1 else "rows"
        print(f"permit-desk: {args.file.name} has {n} bad {rows}. Nothing was imported.",
              file=sys.stderr)
        return 1
    for code in report.added:
        print(f"+ {code} {shown(_name(report, code))}")
    for code, fields in report.changed:
        print(f"~ {code} {shown(_name(report, code))}: {', '.join(fields)}")
    for code, why in report.held:
        print(f"! {code} {shown(_name(report, code))}: {shown(why)}")
    if args.verbose:
        for code in report.unchanged:
            print(f"= {code}")
    a, c, u = len(report.added), len(report.changed), len(report.unchanged)
    if args.dry_run:
        print(f"Dry run: {a} to add, {c} to change, {u} unchanged. Nothing was written.")
    else:
        print(f"Imported: {a} added, {c} changed, {u} unchanged.")
    return 0


def _person_json(p: Any) -> dict[str, Any]:
    c = p.clearance
    return {
        "id": p.id, "personal_code": p.personal_code, "last_name": p.last_name,
        "first_name": p.first_name, "position": p.position, "unit": p.unit,
        "category": p.category.value,
        "clearance": None if c is None else {
            "id": c.id, "level": c.level.value, "number": c.number,
            "issued": c.issued.isoformat(), "valid_until": c.valid_until.isoformat(),
            "status": c.status.value,
            "history": [{"at": e.at.isoformat(), "status": e.status.value,
                         "level": e.level.value, "valid_until": e.valid_until.isoformat(),
                         "reason": e.reason, "user": e.username} for e in c.history]},
    }


def _people_table(people: list[Any]) -> None:
    common.print_table(
        # Stored text is shown escaped: a control character never reaches the terminal.
        [[p.personal_code, shown(f"{p.last_name} {p.first_name}"), shown(p.unit),
          label(p.clearance.level) if p.clearance else "-",
          p.clearance.valid_until.isoformat() if p.clearance else "",
          label(p.clearance.status, "en") if p.clearance else ""] for p in people],
        ["CODE", "NAME", "UNIT", "CLEARANCE", "VALID UNTIL", "STATUS"])


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import staff

    with common.unlocked(args) as desk:
        people = staff.list_people(desk, unit=args.unit, prefix=args.search, limit=args.limit)
    if args.json:
        common.print_json([_person_json(p) for p in people])
    else:
        _people_table(people)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from app.services import staff

    with common.unlocked(args) as desk:
        p = staff.get_person(desk, args.code)
    if args.json:
        common.print_json(_person_json(p))
        return 0
    print(f"{shown(p.last_name)} {shown(p.first_name)} ({p.personal_code})")
    print(f"Position: {shown(p.position)}")
    print(f"Unit: {shown(p.unit)}")
    print(f"Category: {label(p.category)} ({label(p.category, 'en')})")
    c = p.clearance
    if c is None:
        print("Clearance: none")
        return 0
    print(f"Clearance: {label(c.level)} ({label(c.level, 'en')}) No. {shown(c.number)}, issued "
          f"{c.issued}, valid until {c.valid_until}, {label(c.status, 'en')}")
    print("History:")
    for e in c.history:
        print(f"  {for_people(e.at)}  {label(e.status, 'en'):<10} {label(e.level)}, "
              f"valid until {e.valid_until}  {e.username or '(automatic)'}: {shown(e.reason)}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from app.services import staff

    category = word(args.category, StaffCategory)
    with common.unlocked(args) as desk:
        p = staff.add_person(desk, personal_code=args.code, last_name=args.last_name,
                             first_name=args.first_name, position=args.position,
                             unit=args.unit, category=category)
    print(f"Added {p.personal_code} {shown(p.first_name)} {shown(p.last_name)}.")
    return 0


# --- Clearances ---------------------------------------------------------------------------


def cmd_clearance_set(args: argparse.Namespace) -> int:
    from app.services import clearances

    level = word(args.level, ClearanceLevel)
    with common.unlocked(args) as desk:
        c = clearances.set_clearance(desk, args.code, level=level, number=args.number,
                                     issued=args.issued, valid_until=args.valid_until,
                                     reason=args.reason)
    print(f"Clearance {shown(c.number)} of {args.code}: {label(c.level)}, valid until "
          f"{c.valid_until}, {label(c.status, 'en')}.")
    return 0


def cmd_clearance_change(args: argparse.Namespace) -> int:
    from app.services import clearances

    with common.unlocked(args) as desk:
        if args.action == "suspend":
            c = clearances.suspend(desk, args.code, args.reason)
        elif args.action == "reinstate":
            c = clearances.reinstate(desk, args.code, args.reason)
        else:
            c = clearances.withdraw(desk, args.code, args.reason, on=args.on)
    print(f"Clearance {shown(c.number)} of {args.code} is now {label(c.status, 'en')}.")
    return 0


def cmd_expiring(args: argparse.Namespace) -> int:
    from app.services import clearances

    with common.unlocked(args) as desk:
        clearances.expire_due(desk)
        people = clearances.expiring(desk, within_days=args.days)
    if args.json:
        common.print_json([_person_json(p) for p in people])
    else:
        _people_table(people)
    return 0


# --- Policy -------------------------------------------------------------------------------


def _policy_json(v: Any) -> dict[str, Any]:
    from app.domain.policy import policy_to_dict

    return {"version": v.version, "note": v.note, **policy_to_dict(v.policy)}


def cmd_policy_show(args: argparse.Namespace) -> int:
    from app.services import policy

    with common.unlocked(args) as desk:
        v = policy.version(desk, args.version) if args.version else policy.current(desk)
    if args.json:
        common.print_json(_policy_json(v))
        return 0
    p = v.policy
    print(f"Policy version {v.version}" + (f": {v.note}" if v.note else ""))
    print("Countries: " + ", ".join(f"{c.code} {c.name_lt} ({c.name_en})" for c in p.countries))
    for c in p.countries:
        print(f"  crossings {c.code}: {', '.join(p.crossings.get(c.code, ())) or '-'}")
    print("Staff categories needing permission: "
          + ", ".join(label(x) for x in sorted(p.categories_needing_permission,
                                               key=list(StaffCategory).index)))
    print("Clearance levels needing permission: "
          + ", ".join(label(x) for x in sorted(p.levels_needing_permission,
                                               key=list(ClearanceLevel).index)))
    print("Declaration instead of permission for: "
          + ", ".join(label(x) for x in sorted(p.declaration_reasons,
                                               key=list(ReasonCategory).index)))
    print(f"Minimum lead time: {p.min_lead_days} days")
    print(f"Debrief within: {p.debrief_working_days} working days after return")
    print(f"Expiring clearances worklist: {p.expiring_within_days} days")
    return 0


def policy_changes(args: argparse.Namespace, current: Any) -> dict[str, Any]:
    """The keyword changes for app.services.policy.change from the command's options."""
    from app.domain.policy import ListedCountry

    changes: dict[str, Any] = {}
    countries = list(current.countries)
    crossings = {k: tuple(v) for k, v in current.crossings.items()}
    if args.add_country or args.remove_country:
        for text in args.add_country:
            parts = text.split(":")
            if len(parts) != 3:
                raise common.CliError(f"--add-country {text!r}: write CODE:NAME_LT:NAME_EN")
            code = parts[0].strip()  # kept as typed: the policy refuses a bad code itself
            if any(c.code == code for c in countries):
                raise common.CliError(f"{code} is already listed")
            countries.append(ListedCountry(code, parts[1].strip(), parts[2].strip()))
        for code in (c.strip().upper() for c in args.remove_country):
            if not any(c.code == code for c in countries):
                raise common.CliError(f"{code} is not a listed country")
            countries = [c for c in countries if c.code != code]
            crossings.pop(code, None)
        changes["countries"] = tuple(countries)
    for text in args.crossings:
        code, sep, names = text.partition("=")
        if not sep:
            raise common.CliError(f"--crossings {text!r}: write CODE=Name1,Name2")
        crossings[code.strip().upper()] = tuple(n.strip() for n in names.split(",")
                                                if n.strip())
    if args.crossings or args.remove_country:
        changes["crossings"] = crossings
    if args.min_lead_days is not None:
        changes["min_lead_days"] = args.min_lead_days
    if args.debrief_days is not None:
        changes["debrief_working_days"] = args.debrief_days
    if args.expiring_days is not None:
        changes["expiring_within_days"] = args.expiring_days
    if args.declaration_reasons is not None:
        changes["declaration_reasons"] = words(args.declaration_reasons, ReasonCategory)
    if args.categories is not None:
        changes["categories_needing_permission"] = words(args.categories, StaffCategory)
    if args.levels is not None:
        changes["levels_needing_permission"] = words(args.levels, ClearanceLevel)
    return changes


def cmd_policy_set(args: argparse.Namespace) -> int:
    from app.services import policy

    with common.unlocked(args) as desk:
        changes = policy_changes(args, policy.current(desk).policy)
        if not changes:
            raise common.CliError("Say what to change (see `permit-desk policy set --help`)")
        v = policy.change(desk, args.note, **changes)
    print(f"Policy version {v.version} is now in force.")
    return 0
