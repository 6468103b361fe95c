"""Request workflow commands: request, debrief, violation, declaration, delegation, worklist."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.cli import common
from app.domain.clock import for_people
from app.domain.enums import ReasonCategory, RequestState
from app.domain.text_input import printable as shown


def _reason(text: str) -> ReasonCategory:
    try:
        return ReasonCategory(text.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in ReasonCategory)
        raise argparse.ArgumentTypeError(f"{text!r} is not a reason category ({names})") from None


def _state(text: str) -> RequestState:
    try:
        return RequestState(text.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in RequestState)
        raise argparse.ArgumentTypeError(f"{text!r} is not a request state ({names})") from None


def _draft_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--person", required=True, metavar="CODE", help="the traveller's personal code")
    p.add_argument("--countries", required=True, help="ISO codes in visiting order, e.g. BY,RU")
    p.add_argument("--depart", required=True, type=common.iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--return", dest="return_", required=True, type=common.iso_date,
                   metavar="YYYY-MM-DD")
    p.add_argument("--purpose", required=True)
    p.add_argument("--reason-category", required=True, type=_reason)
    p.add_argument("--crossing", default="")
    p.add_argument("--mode", default="", help="mode of travel, e.g. car, bus, train, plane")
    p.add_argument("--lodging", default="")
    p.add_argument("--home-contact", default="", help="a person at home who knows the plan")
    p.add_argument("--document", default="", help="passport or ID card used")
    p.add_argument("--companion", action="append", default=[],
                   metavar="NAME[:CITIZENSHIP[:RELATIONSHIP]]")
    p.add_argument("--contact", action="append", default=[], metavar="NAME[:DESCRIPTION]",
                   help="an expected foreign contact")


def register(sub: Any) -> None:
    req = sub.add_parser("request", help="travel permission requests")
    rs = req.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    p = rs.add_parser("new", help="enter a request as a draft; prints its id")
    _draft_args(p)
    p.set_defaults(func=cmd_new)
    for name, helptext in (("submit", "submit a draft or returned request for decision"),
                           ("depart", "record that the traveller has left"),
                           ("close", "close a debriefed request")):
        p = rs.add_parser(name, help=helptext)
        p.add_argument("id", type=int)
        p.set_defaults(func=cmd_simple, action_name=name)
    p = rs.add_parser("back", help="record the traveller's return (starts the debrief deadline)")
    p.add_argument("id", type=int)
    p.add_argument("--on", type=common.iso_date, help="the day of return (default today)")
    p.set_defaults(func=cmd_back)
    p = rs.add_parser("cancel", help="cancel a request")
    p.add_argument("id", type=int)
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_cancel)
    p = rs.add_parser("decide", help="approve, deny or return a submitted request")
    p.add_argument("id", type=int)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--approve", action="store_const", dest="outcome", const="approve")
    g.add_argument("--deny", action="store_const", dest="outcome", const="deny")
    g.add_argument("--return-for-changes", action="store_const", dest="outcome", const="return")
    p.add_argument("--reason", default="")
    p.add_argument("--condition", action="append", default=[])
    p.add_argument("--lang", choices=("lt", "en"), default="lt", help="the letter's language")
    p.add_argument("--reconsider", action="store_true",
                   help="change an earlier decision (a new decision referring to the old one)")
    p.add_argument("--sign-later", action="store_true",
                   help="record the decision now and leave its letter to sign later (without "
                        "it, the letter is signed in the same act when a signer is set; the "
                        "PIN or password is asked, or read from PERMIT_DESK_PIN)")
    p.set_defaults(func=cmd_decide)
    p = rs.add_parser("list", help="list requests")
    p.add_argument("--status", type=_state, action="append", default=[])
    p.add_argument("--country")
    p.add_argument("--from", dest="depart_from", type=common.iso_date)
    p.add_argument("--to", dest="depart_to", type=common.iso_date)
    p.add_argument("--unit")
    p.add_argument("--search", help="traveller name prefix or personal code prefix")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = rs.add_parser("show", help="one request with its itinerary, decisions and history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = rs.add_parser("review", help="the decider's review context for a request")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("debrief", help="record the debrief after a trip")
    p.add_argument("id", type=int)
    p.add_argument("--deviations", default="")
    p.add_argument("--approaches", default="")
    p.add_argument("--device-searches", default="")
    p.add_argument("--contacts", default="")
    p.add_argument("--notes", default="")
    p.set_defaults(func=cmd_debrief)

    vio = sub.add_parser("violation", help="violations (travel without permission)")
    vs = vio.add_subparsers(dest="violation_command", metavar="ACTION", required=True)
    p = vs.add_parser("record", help="record a violation: withdraws the clearance, queues the "
                      "withdrawal letter")
    p.add_argument("--person", required=True, metavar="CODE")
    p.add_argument("--kind", choices=("travel_without_permission", "breach_of_conditions"),
                   default="travel_without_permission")
    p.add_argument("--on", dest="occurred_on", type=common.iso_date,
                   required=True, metavar="YYYY-MM-DD")
    p.add_argument("--evidence", required=True)
    p.add_argument("--request", type=int, help="the request it concerns, if any")
    p.set_defaults(func=cmd_violation)
    p = vs.add_parser("list", help="recorded violations")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_violation_list)

    dec = sub.add_parser("declaration", help="exceptional departures declared instead of permitted")
    ds = dec.add_subparsers(dest="declaration_command", metavar="ACTION", required=True)
    p = ds.add_parser("new", help="record a declared departure; prints its id")
    _draft_args(p)
    p.add_argument("--statement", required=True, help="the circumstances, in the traveller's words")
    p.set_defaults(func=cmd_declare)
    p = ds.add_parser("review", help="accept a declaration or find it a violation")
    p.add_argument("id", type=int)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--accept", action="store_true")
    g.add_argument("--violation", action="store_true")
    p.add_argument("--note", required=True)
    p.set_defaults(func=cmd_declaration_review)

    dl = sub.add_parser("delegation", help="the head's approval power lent to a deputy")
    dls = dl.add_subparsers(dest="delegation_command", metavar="ACTION", required=True)
    p = dls.add_parser("add")
    p.add_argument("deputy", metavar="USERNAME")
    p.add_argument("--from", dest="valid_from", type=common.iso_date, required=True)
    p.add_argument("--to", dest="valid_to", type=common.iso_date, required=True)
    p.add_argument("--unit", action="append", default=[], help="only for this unit (repeatable)")
    p.set_defaults(func=cmd_delegation_add)
    p = dls.add_parser("revoke")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_delegation_revoke)
    p = dls.add_parser("list")
    p.set_defaults(func=cmd_delegation_list)

    p = sub.add_parser("worklist", help="what waits for you")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_worklist)


def _split_people(values: list[str], n: int) -> list[list[str]]:
    out = []
    for v in values:
        parts = [x.strip() for x in v.split(":")]
        out.append((parts + [""] * n)[:n])
    return out


def _draft(args: argparse.Namespace) -> Any:
    from app.services.request_views import CompanionInfo, ContactInfo, RequestDraft

    return RequestDraft(
        person_code=args.person, countries=tuple(c for c in args.countries.split(",") if c),
        depart=args.depart, return_=args.return_, purpose=args.purpose,
        reason_category=args.reason_category, crossing=args.crossing, mode=args.mode,
        lodging=args.lodging, home_contact=args.home_contact, travel_document=args.document,
        companions=tuple(CompanionInfo(*c) for c in _split_people(args.companion, 3)),
        contacts=tuple(ContactInfo(*c) for c in _split_people(args.contact, 2)),
    )


def say(line: str) -> None:
    """Print a line that carries stored text: control, bidirectional and zero-width
    characters are shown escaped, so what was stored never drives the terminal."""
    print(shown(line))


def _with_desk(args: argparse.Namespace, fn: Any) -> Any:
    with common.unlocked(args) as desk:
        return fn(desk)


def cmd_new(args: argparse.Namespace) -> int:
    from app.services import requests

    view = _with_desk(args, lambda d: requests.new_request(d, _draft(args)))
    print(view.id)
    return 0


def cmd_simple(args: argparse.Namespace) -> int:
    from app.services import requests

    fn = {"submit": requests.submit, "depart": requests.mark_departed,
          "close": requests.close}[args.action_name]
    view = _with_desk(args, lambda d: fn(d, args.id))
    say(f"Request {view.id} is now {view.state.value}.")
    return 0


def cmd_back(args: argparse.Namespace) -> int:
    from app.services import requests

    view = _with_desk(args, lambda d: requests.mark_returned(d, args.id, args.on))
    due = view.debrief.due if view.debrief else None
    say(f"Request {view.id} is now {view.state.value}; the debrief is due by {due}.")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from app.services import requests

    view = _with_desk(args, lambda d: requests.cancel(d, args.id, args.reason))
    say(f"Request {view.id} is now {view.state.value}.")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    """A decision and its signed letter are one act: with a signer set, the PIN or password
    is asked first and nothing is recorded unless the letter is signed; --sign-later (or no
    signer set) records the decision and leaves its letter pending."""
    from app.cli.letter_cmds import open_signer  # user PIN once, signature PIN per letter
    from app.services import decisions, letters

    fn = decisions.reconsider if args.reconsider else decisions.decide
    decisions.check_decision(args.outcome, args.reason, args.condition,
                             reconsidering=args.reconsider)  # before any PIN is asked
    with common.unlocked(args) as desk:
        info = letters.signer_configured(desk)
        signs = info is not None and not args.sign_later and args.outcome != "return"
        signer = None
        if signs and info is not None:
            signer = open_signer(desk)
        try:
            view = fn(desk, args.id, args.outcome, reason=args.reason,
                      conditions=args.condition, lang=args.lang, signer=signer)
        finally:
            if signer is not None:
                signer.close()
        letter = (letters.letter_for_decision(desk, view.last_decision.id)
                  if view.last_decision is not None else None)
    say(f"Request {view.id} is now {view.state.value}.")
    if letter is not None and letter.status == "signed":
        say(f"Letter {letter.registration_number} is signed.")
    elif letter is not None:
        why = ("no signer is set (permit-desk signer set)" if info is None
               else "recorded now, to sign later")
        say(f"Letter {letter.registration_number} is not signed: {why}; sign it with "
            f"`permit-desk letter {view.id} --out FILE.pdf` or `permit-desk sign-pending`.")
    return 0


def _row_json(r: Any) -> dict[str, Any]:
    d = asdict(r)
    d["state"] = r.state.value
    d["reason_category"] = r.reason_category.value
    d["return"] = d.pop("return_")
    return d


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import queries

    f = queries.RequestFilter(states=tuple(args.status), country=args.country,
                              depart_from=args.depart_from, depart_to=args.depart_to,
                              unit=args.unit, text=args.search)

    def run(desk: Any) -> Any:
        with desk.read() as s:
            return queries.list_requests(s, f, sort="depart", descending=True, limit=args.limit)

    rows = _with_desk(args, run)
    if args.json:
        common.print_json([_row_json(r) for r in rows])
    else:
        common.print_table([[str(r.id), shown(r.traveller), shown(r.unit), r.state.value,
                             ",".join(r.countries), str(r.depart), str(r.return_)]
                            for r in rows],
                           ["ID", "TRAVELLER", "UNIT", "STATE", "COUNTRIES", "DEPART", "RETURN"])
    return 0


def _view_json(v: Any) -> dict[str, Any]:
    d = asdict(v)
    d["return"] = d.pop("return_")
    return d


def cmd_show(args: argparse.Namespace) -> int:
    from app.services import requests

    v = _with_desk(args, lambda d: requests.get_request(d, args.id))
    if args.json:
        common.print_json(_view_json(v))
        return 0
    say(f"Request {v.id}: {v.traveller} ({v.personal_code}), {v.position}, {v.unit}")
    say(f"  state:      {v.state.value}{' (declared)' if v.declared else ''}")
    say(f"  countries:  {' → '.join(v.countries)}   {v.depart} – {v.return_}")
    say(f"  reason:     {v.reason_category.value}: {v.purpose}")
    if v.crossing or v.mode:
        say(f"  crossing:   {v.crossing}  mode: {v.mode}")
    for c in v.companions:
        say(f"  companion:  {c.name} ({c.citizenship}, {c.relationship})")
    for c in v.contacts:
        say(f"  contact:    {c.name}: {c.description}")
    for d in v.decisions:
        who = d.decided_by + (f" for {d.acting_for}" if d.acting_for else "")
        say(f"  decision:   {d.outcome.value} by {who} on {for_people(d.decided_at)[:10]} "
              f"(policy v{d.policy_version}){': ' + d.reason if d.reason else ''}")
        for c in d.conditions:
            say(f"              condition: {c}")
    if v.debrief:
        state = "recorded" if v.debrief.recorded_at else "open"
        say(f"  debrief:    due {v.debrief.due}, {state}")
    for e in v.events:
        say(f"  {for_people(e.at)}  {e.from_state.value if e.from_state else '-'} → "
              f"{e.to_state.value}  {e.username}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from app.services import queries

    ctx = _with_desk(args, lambda d: queries.review_context(d, args.id))
    if args.json:
        common.print_json({"request": _view_json(ctx.request),
                           "clearance": asdict(ctx.clearance) if ctx.clearance else None,
                           "earlier": [_row_json(r) for r in ctx.earlier],
                           "flags": [asdict(f) for f in ctx.flags],
                           "may_decide": ctx.may_decide, "why_not": ctx.may_decide_reason})
        return 0
    c = ctx.clearance
    say(f"Request {ctx.request.id}: {ctx.request.traveller}, {ctx.request.state.value}")
    say(f"  clearance: {c.level.value} {c.number}, {c.status.value}, valid until "
          f"{c.valid_until}" if c else "  clearance: none")
    for f in ctx.flags:
        say(f"  FLAG {f.code}: {f.message}")
    for r in ctx.earlier[:10]:
        say(f"  earlier: {r.id} {','.join(r.countries)} {r.depart} {r.state.value}")
    for d in ctx.overdue_debriefs:
        say(f"  OVERDUE debrief for request {d.request_id}, due {d.due}")
    say("  you may decide" if ctx.may_decide
          else f"  you may not decide: {ctx.may_decide_reason}")
    return 0


def cmd_debrief(args: argparse.Namespace) -> int:
    from app.services import aftercare

    v = _with_desk(args, lambda d: aftercare.record_debrief(
        d, args.id, deviations=args.deviations, approaches=args.approaches,
        device_searches=args.device_searches, contacts=args.contacts, notes=args.notes))
    say(f"Debrief recorded; request {v.id} is now {v.state.value}.")
    return 0


def cmd_violation(args: argparse.Namespace) -> int:
    from app.services import aftercare

    v = _with_desk(args, lambda d: aftercare.record_violation(
        d, person_code=args.person, kind=args.kind, occurred_on=args.occurred_on,
        evidence=args.evidence, request_id=args.request))
    say(f"Violation {v.id} recorded for {v.person_name}; "
          + ("the clearance is withdrawn" if v.clearance_id else "there was no clearance")
          + "; the withdrawal letter is queued.")
    return 0


def cmd_violation_list(args: argparse.Namespace) -> int:
    from app.services import aftercare

    rows = _with_desk(args, lambda d: aftercare.list_violations(d))
    if args.json:
        common.print_json([asdict(v) for v in rows])
    else:
        common.print_table([[str(v.id), shown(v.person_name), v.kind, str(v.occurred_on),
                             str(v.request_id or "")] for v in rows],
                           ["ID", "PERSON", "KIND", "ON", "REQUEST"])
    return 0


def cmd_declare(args: argparse.Namespace) -> int:
    from app.services import requests

    v = _with_desk(args, lambda d: requests.declare(d, _draft(args), args.statement))
    print(v.id)
    return 0


def cmd_declaration_review(args: argparse.Namespace) -> int:
    from app.services import aftercare

    v = _with_desk(args, lambda d: aftercare.review_declaration(d, args.id, accept=args.accept,
                                                                 note=args.note))
    say(f"Declaration {v.id} is now {v.state.value}.")
    return 0


def cmd_delegation_add(args: argparse.Namespace) -> int:
    from app.services import delegations

    v = _with_desk(args, lambda d: delegations.add(d, args.deputy, valid_from=args.valid_from,
                                                    valid_to=args.valid_to,
                                                    units=tuple(args.unit)))
    units = ", ".join(v.units) if v.units else "all units"
    say(f"Delegation {v.id}: {v.to_username} decides for {v.from_username} from "
          f"{v.valid_from} to {v.valid_to} ({units}).")
    return 0


def cmd_delegation_revoke(args: argparse.Namespace) -> int:
    from app.services import delegations

    v = _with_desk(args, lambda d: delegations.revoke(d, args.id))
    say(f"Delegation {v.id} is revoked.")
    return 0


def cmd_delegation_list(args: argparse.Namespace) -> int:
    from app.services import delegations

    rows = _with_desk(args, lambda d: delegations.list_all(d))
    common.print_table([[str(v.id), v.to_username, v.from_username, str(v.valid_from),
                         str(v.valid_to), shown(", ".join(v.units)) or "all",
                         "revoked" if v.revoked else ""] for v in rows],
                       ["ID", "DEPUTY", "FOR", "FROM", "TO", "UNITS", ""])
    return 0


def cmd_worklist(args: argparse.Namespace) -> int:
    from app.services import worklist

    items = _with_desk(args, lambda d: worklist.for_user(d))
    if args.json:
        common.print_json([asdict(i) for i in items])
        return 0
    if not items:
        print("Nothing waits for you.")
    for i in items:
        say(f"{i.kind:24} {i.title}  {i.detail}")
    capped = worklist.capped_kinds(items)
    if capped:
        say(f"Only the first {worklist.PER_KIND} of each kind are shown; more wait of: "
            f"{', '.join(capped)} (`permit-desk request list` lists them all).")
    return 0
