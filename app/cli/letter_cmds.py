"""Letter commands: signer, letter, trust, crl, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import common

PIN_ENV = "PERMIT_DESK_PIN"


def register(sub: Any) -> None:
    sg = sub.add_parser("signer", help="the head's signing key: a PKCS#12 file or a token")
    ss = sg.add_subparsers(dest="signer_command", metavar="ACTION", required=True)
    p = ss.add_parser("set", help="choose the signer")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--pkcs12", metavar="FILE")
    g.add_argument("--pkcs11-module", metavar="LIB")
    p.add_argument("--token", metavar="LABEL")
    p.add_argument("--key-label", metavar="LABEL")
    p.set_defaults(func=cmd_signer_set)
    p = ss.add_parser("show", help="the configured signer")
    p.set_defaults(func=cmd_signer_show)

    p = sub.add_parser("letter", help="sign (if needed) and write a request's decision letter")
    p.add_argument("request_id", type=int, metavar="REQUEST_ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("lt", "en"), help="the letter's language")
    p.add_argument("--kind", choices=("approval", "denial", "withdrawal"),
                   help="which letter, when the request has several")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("letters", help="list letters")
    p.add_argument("--status", choices=("pending", "signed"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("sign-pending", help="sign every pending letter you decided")
    p.set_defaults(func=cmd_sign_pending)

    tr = sub.add_parser("trust", help="trust anchors for verifying letters offline")
    ts = tr.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = ts.add_parser("add")
    p.add_argument("cert", metavar="CERT.pem")
    p.set_defaults(func=cmd_trust_add)
    p = ts.add_parser("list")
    p.set_defaults(func=cmd_trust_list)

    cr = sub.add_parser("crl", help="certificate revocation lists imported by hand")
    cs = cr.add_subparsers(dest="crl_command", metavar="ACTION", required=True)
    p = cs.add_parser("add")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_crl_add)

    p = sub.add_parser("verify", help="verify a signed letter offline")
    p.add_argument("path", metavar="LETTER.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CERT.pem")
    p.add_argument("--crl", action="append", default=[], metavar="FILE")
    p.set_defaults(func=cmd_verify)


def cmd_signer_set(args: argparse.Namespace) -> int:
    from app.services import letters

    if args.pkcs11_module and not (args.token and args.key_label):
        raise common.CliError("A PKCS#11 signer needs --token and --key-label.")
    with common.unlocked(args) as desk:
        info = letters.set_signer(desk, pkcs12=args.pkcs12, module=args.pkcs11_module,
                                  token=args.token, key_label=args.key_label)
    print(f"Signer set: {info.kind} {info.label}.")
    return 0


def cmd_signer_show(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        info = letters.signer_configured(desk)
    print(f"{info.kind}: {info.pkcs12_path or info.module} {info.label}" if info
          else "No signer is configured.")
    return 0


def _ask_pin(desk: Any) -> str:
    from app.services import letters

    info = letters.signer_configured(desk)
    what = info.needs if info else "PIN"
    return common.ask_secret(f"Signing {what}: ", env=PIN_ENV)


def cmd_letter(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        found = [x for x in letters.letters_for_request(desk, args.request_id)
                 if args.kind is None or x.kind.value == args.kind]
        if not found:
            raise common.CliError(f"Request {args.request_id} has no letter; decide it first.")
        letter = found[-1]
        if args.lang and letter.lang != args.lang:
            same = [x for x in found if x.lang == args.lang]
            if same:
                letter = same[-1]
            elif letter.status == "pending":
                letter = letters.set_language(desk, letter.id, args.lang)
            else:
                letter = letters.english_copy(desk, letter.id)
        if letter.status == "pending":
            signer = letters.open_signer(desk, _ask_pin(desk))
            try:
                letter = letters.sign_letter(desk, letter.id, signer)
            finally:
                signer.close()
        pdf = letters.letter_pdf(desk, letter.id)
    out = Path(args.out)
    from app.store.keyfile import atomic_write

    atomic_write(out, pdf)
    print(f"Letter {letter.registration_number} ({letter.kind.value}, {letter.lang}) "
          f"written to {out}.")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_letters(desk, args.status)
    if args.json:
        common.print_json([asdict(x) for x in rows])
    else:
        common.print_table([[x.registration_number, x.kind.value, x.lang, x.status,
                             str(x.request_id or ""), x.signer_name] for x in rows],
                           ["NUMBER", "KIND", "LANG", "STATUS", "REQUEST", "SIGNED BY"])
    return 0


def cmd_sign_pending(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        pending = [x.id for x in letters.list_letters(desk, "pending")]
        if not pending:
            print("No letter waits for a signature.")
            return 0
        signer = letters.open_signer(desk, _ask_pin(desk))
        try:
            done = letters.sign_many(desk, pending, signer)
        finally:
            signer.close()
    print(f"{len(done)} letters signed.")
    return 0


def cmd_trust_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = Path(args.cert).read_bytes()
    with common.unlocked(args) as desk:
        subject = letters.add_trust_anchor(desk, data)
    print(f"Trust anchor added: {subject}.")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_trust(desk)
    for subject, digest in rows:
        print(f"{digest[:16]}  {subject}")
    return 0


def cmd_crl_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = Path(args.file).read_bytes()
    with common.unlocked(args) as desk:
        issuer = letters.add_crl(desk, data)
    print(f"Revocation list added: {issuer}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 only for an intact letter, trusted chain, signature over the entire file."""
    from app.services import letters

    path = Path(args.path)
    if path.is_dir() or path.suffix.lower() == ".zip":
        from app.cli import bundle_cmds

        return int(bundle_cmds.verify_bundle(args))
    data = path.read_bytes()
    trust = [Path(t).read_bytes() for t in args.trust]
    crls = [Path(c).read_bytes() for c in args.crl]
    desk = None
    if not trust:
        # No anchors given: use the store's (an inspector without a store passes --trust).
        desk = common.open_desk(args)
    try:
        verdict = letters.verify_pdf(desk, data, trust, crls)
    finally:
        if desk is not None:
            desk.lock()
    print(f"Letter:       {path}")
    print(f"Signer:       {verdict.signer_name or '-'}")
    print(f"Signing time: {verdict.signing_time or '-'} (the signing workstation's clock)")
    print(f"Number:       {verdict.registration_number or '-'}")
    print(f"Coverage:     {verdict.coverage or '-'}")
    if verdict.ok:
        print("Verdict:      VALID: intact, signed under a trusted root, nothing added after "
              "signing.")
        return 0
    print("Verdict:      NOT VALID", file=sys.stdout)
    for p in verdict.problems:
        print(f"  - {p}")
    return 1
