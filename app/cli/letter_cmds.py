"""Letter commands: signer, letter, trust, crl, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import common
from app.domain.clock import for_people
from app.letters.wording import coverage_words, plain_subject

if TYPE_CHECKING:
    from app.letters.verify import SignerRegister

PIN_ENV = "PERMIT_DESK_PIN"
# An ID card's second PIN: its signing key asks for it at every signature.
SIGNATURE_PIN_ENV = "PERMIT_DESK_SIGNATURE_PIN"


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
    # Who signs for the institution: a certificate under a trusted CA is not enough.
    sg = ts.add_parser("signer", help="the institution's authorised signers' certificates")
    sgs = sg.add_subparsers(dest="trust_signer_command", metavar="ACTION", required=True)
    p = sgs.add_parser("add", help="pin a signer certificate (the head's, a deputy's)")
    p.add_argument("cert", metavar="CERT.pem")
    p.add_argument("--user", dest="signer_user", metavar="USER",
                   help="whose certificate (head or deputy of this store): it signs when they "
                        "do; without it, it signs on any date in --from/--to")
    p.add_argument("--from", dest="valid_from", type=common.iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="valid_to", type=common.iso_date, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_trust_signer_add)
    p = sgs.add_parser("list", help="the register of signer certificates")
    p.set_defaults(func=cmd_trust_signer_list)
    p = sgs.add_parser("remove", help="unpin a signer certificate")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(func=cmd_trust_signer_remove)
    ak = ts.add_parser("audit-key", help="the institution's audit public keys, pinned")
    aks = ak.add_subparsers(dest="trust_audit_key_command", metavar="ACTION", required=True)
    p = aks.add_parser("add", help="pin an institution's audit public key (PEM)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_trust_audit_key_add)
    p = aks.add_parser("list", help="this store's own audit key and the pinned ones")
    p.set_defaults(func=cmd_trust_audit_key_list)
    p = aks.add_parser("remove", help="unpin an audit key")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(func=cmd_trust_audit_key_remove)
    p = aks.add_parser("export", help="write this store's own audit public key, for inspectors")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_trust_audit_key_export)
    # National trusted lists (ETSI TS 119 612): their signer pinned first, then imported.
    tl = ts.add_parser("tsl-signer", help="trusted-list signing certificates, pinned")
    tls = tl.add_subparsers(dest="trust_tsl_signer_command", metavar="ACTION", required=True)
    p = tls.add_parser("add", help="pin the certificate that signs the national trusted list")
    p.add_argument("cert", metavar="CERT.pem")
    p.set_defaults(func=cmd_trust_tsl_signer_add)
    p = tls.add_parser("list", help="the pinned trusted-list signing certificates")
    p.set_defaults(func=cmd_trust_tsl_signer_list)
    from app.cli.server_cmds import register_trust

    register_trust(ts)
    p = ts.add_parser("import-tsl", help="import a national trusted list (ETSI TS 119 612 "
                      "XML): its granted qualified CAs become trust anchors")
    p.add_argument("file", metavar="FILE.xml")
    p.set_defaults(func=cmd_trust_import_tsl)

    cr = sub.add_parser("crl", help="certificate revocation lists imported by hand")
    cs = cr.add_subparsers(dest="crl_command", metavar="ACTION", required=True)
    p = cs.add_parser("add")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_crl_add)

    p = sub.add_parser("verify", help="verify a signed letter offline")
    p.add_argument("path", metavar="LETTER.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CERT.pem")
    p.add_argument("--crl", action="append", default=[], metavar="FILE")
    p.add_argument("--signer", action="append", default=[], metavar="CERT.pem",
                   help="an authorised signer's certificate of the institution (repeat)")
    p.add_argument("--audit-key", action="append", default=[], metavar="FILE",
                   help="the institution's audit public key, for a bundle (repeat)")
    p.add_argument("--json", action="store_true",
                   help="print the whole report as JSON (with the PDF-LT level under pdf_lt)")
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
    if info is not None and info.kind == "pkcs11":
        # A token's certificate is public: its level is read without the PIN. A PKCS#12 file's
        # needs the password, so nothing is said for it here.
        level = _token_certificate_level(info.module, info.token, info.key_label)
        if level:
            print(f"Signature level: {level}.")
    return 0


def _token_certificate_level(module: str, token_label: str, key_label: str) -> str | None:
    """The signature level, in words, of the certificate stored beside the key on the token
    (by the key's label, or by the ID of its public key); None when it cannot be read."""
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from pkcs11 import Attribute, ObjectClass

    from app.letters.signers import signature_level, signature_level_words

    if not Path(module).is_file():
        return None
    try:
        token = pkcs11.lib(module).get_token(token_label=token_label)
        with token.open() as session:
            certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                              Attribute.LABEL: key_label}))
            if not certs:
                pubs = list(session.get_objects({Attribute.CLASS: ObjectClass.PUBLIC_KEY,
                                                 Attribute.LABEL: key_label}))
                if len(pubs) == 1:
                    certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                                      Attribute.ID: pubs[0][Attribute.ID]}))
            if len(certs) != 1:
                return None
            cert = asn1_x509.Certificate.load(bytes(certs[0][Attribute.VALUE]))
            return str(signature_level_words(signature_level(cert)))
    except Exception:  # a missing or unreadable token: `signer show` only leaves the line out
        return None


def _ask_pin(desk: Any) -> str:
    from app.services import letters

    info = letters.signer_configured(desk)
    what = info.needs if info else "PIN"
    if info is not None and info.kind == "pkcs11":
        return common.ask_secret("User (authentication) PIN of the token: ", env=PIN_ENV)
    return common.ask_secret(f"Signing {what}: ", env=PIN_ENV)


def _ask_signature_pin() -> str | None:
    """The signature PIN for one signature; None (nothing signed) when the user gives none."""
    import getpass
    import os

    value = os.environ.get(SIGNATURE_PIN_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        print(f"No terminal to ask the signature PIN on; set {SIGNATURE_PIN_ENV} for scripts.",
              file=sys.stderr)
        return None
    try:
        typed = getpass.getpass("Signature PIN for this letter (empty to stop): ")
    except (EOFError, KeyboardInterrupt):
        return None
    return typed or None


def _on_reader(waiting: bool) -> None:
    if waiting:
        print("Enter the PIN on the reader's keypad.", file=sys.stderr)


def open_signer(desk: Any) -> Any:
    """The configured signer opened for signing: the user PIN (or the password of a PKCS#12
    file) asked once, typed here or entered on a reader's PIN pad; a key that asks for its
    signature PIN at every signature asks for it per letter."""
    from app.letters.signers import set_signature_pin_source, token_uses_pin_pad
    from app.services import letters

    info = letters.signer_configured(desk)
    if info is not None and info.kind == "pkcs11" and token_uses_pin_pad(info.module,
                                                                          info.token):
        _on_reader(True)
        signer = letters.open_signer(desk, "", info)
    else:
        signer = letters.open_signer(desk, _ask_pin(desk), info)
    set_signature_pin_source(signer, _ask_signature_pin, _on_reader)
    return signer


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
            signer = open_signer(desk)
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
        pending = letters.pending_letter_ids(desk)
        if not pending:
            print("No letter waits for a signature.")
            return 0
        signer = open_signer(desk)
        try:
            done = letters.sign_many(desk, pending, signer)
        finally:
            signer.close()
    if len(done) < len(pending):
        print(f"Stopped: {len(done)} of {len(pending)} letters signed; the rest wait.")
        return 1
    print(f"{len(done)} letters signed.")
    return 0


def cmd_trust_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = Path(args.cert).read_bytes()
    with common.unlocked(args) as desk:
        subject = letters.add_trust_anchor(desk, data)
    print(f"Trust anchor added: {plain_subject(subject)}.")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_trust(desk)
        listed = letters.list_tsl_anchors(desk)
    for subject, digest in rows:
        print(f"{digest[:16]}  {plain_subject(subject)}")
    for a in listed:
        since = a.status_since.date().isoformat() if a.status_since else "…"
        print(f"{a.sha256[:16]}  {plain_subject(a.subject)}  (qualified, granted since "
              f"{since}; {a.territory or '?'} trusted list)")
    return 0


def cmd_crl_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = Path(args.file).read_bytes()
    with common.unlocked(args) as desk:
        issuer = letters.add_crl(desk, data)
    print(f"Revocation list added: {issuer}.")
    return 0


def cmd_trust_signer_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = _read(args.cert)
    with common.unlocked(args) as desk:
        info = letters.pin_signer(desk, data, username=args.signer_user,
                                  valid_from=args.valid_from, valid_to=args.valid_to)
    print(f"Signer pinned: {plain_subject(info.subject)} ({info.sha256[:16]}), "
          f"{_signs_when(info)}.")
    return 0


def _signs_when(info: Any) -> str:
    parts = []
    if info.usernames:
        parts.append("signs when " + ", ".join(info.usernames) + " may (head, or deputy "
                     "under a delegation)")
    if info.standalone:
        parts.append("signs for the institution")
    if info.valid_from or info.valid_to:
        parts.append(f"from {info.valid_from or '…'} to {info.valid_to or '…'}")
    elif info.standalone:
        parts.append("on any date")
    return " ".join(parts)


def cmd_trust_signer_list(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_signers(desk)
    if not rows:
        print("No signer certificate is pinned.")
    for r in rows:
        print(f"{r.sha256[:16]}  {plain_subject(r.subject)}  ({_signs_when(r)})")
    return 0


def cmd_trust_signer_remove(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        info = letters.unpin_signer(desk, args.fingerprint)
    print(f"Signer removed: {plain_subject(info.subject)} ({info.sha256[:16]}).")
    return 0


def cmd_trust_audit_key_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = _read(args.file)
    with common.unlocked(args) as desk:
        sha = letters.pin_audit_key(desk, data)
    print(f"Audit key pinned: {sha[:16]}.")
    return 0


def cmd_trust_audit_key_list(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_audit_keys(desk)
    for sha, own in rows:
        print(f"{sha[:16]}  {'this store' if own else 'pinned'}")
    return 0


def cmd_trust_audit_key_remove(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        sha = letters.unpin_audit_key(desk, args.fingerprint)
    print(f"Audit key removed: {sha[:16]}.")
    return 0


def cmd_trust_audit_key_export(args: argparse.Namespace) -> int:
    from app.services import letters
    from app.store.keyfile import atomic_write

    with common.unlocked(args) as desk:
        pem_bytes = letters.own_audit_key_pem(desk)
    atomic_write(Path(args.file), pem_bytes)
    print(f"This store's audit public key written to {args.file}; hand it to inspectors out "
          "of band.")
    return 0


def cmd_trust_tsl_signer_add(args: argparse.Namespace) -> int:
    from app.services import letters

    data = _read(args.cert)
    with common.unlocked(args) as desk:
        sha, subject = letters.pin_tsl_signer(desk, data)
    print(f"Trusted-list signer pinned: {plain_subject(subject)} ({sha[:16]}).")
    return 0


def cmd_trust_tsl_signer_list(args: argparse.Namespace) -> int:
    from app.services import letters

    with common.unlocked(args) as desk:
        rows = letters.list_tsl_signers(desk)
    if not rows:
        print("No trusted-list signing certificate is pinned.")
    for sha, subject in rows:
        print(f"{sha[:16]}  {plain_subject(subject)}")
    return 0


def cmd_trust_import_tsl(args: argparse.Namespace) -> int:
    from app.services import letters

    data = _read(args.file)
    with common.unlocked(args) as desk:
        anchors = letters.import_trusted_list(desk, data)
    n = len(anchors)
    what = "CA is a trust anchor" if n == 1 else "CAs are trust anchors"
    print(f"Trusted list imported: {n} qualified {what} now.")
    for a in anchors:
        since = a.status_since.date().isoformat() if a.status_since else "…"
        print(f"{a.sha256[:16]}  {plain_subject(a.subject)}  (qualified, granted since "
              f"{since}; {a.territory or '?'} trusted list)")
    return 0


def _read(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError:
        raise common.CliError(f"Cannot read {name}.") from None


def verification_material(args: argparse.Namespace, trust: list[bytes], crls: list[bytes],
                          signer_certs: list[bytes], audit_keys: list[bytes], *,
                          audit: bool = True
                          ) -> tuple[list[bytes], list[bytes], SignerRegister, list[bytes]]:
    """Trust anchors (with their CRLs), signers and audit keys for a verification: each
    kind given on the command line is used alone; a kind not given comes from the store's
    pinned ones. The store is not opened when everything was given, nor when there is none
    and anchors were given (an inspector's workstation without a store)."""
    from app.letters.verify import SignerRegister

    register = SignerRegister.of_certificates(signer_certs)
    if trust and signer_certs and (audit_keys or not audit):
        return trust, crls, register, audit_keys
    if trust and not common.store_exists(args):
        return trust, crls, register, audit_keys
    from app.services import letters

    with common.unlocked(args) as desk:
        anchors, lists, pinned, keys = letters.verification_material(desk)
    return (trust or anchors, crls if trust else crls + lists, register if signer_certs
            else pinned, audit_keys or keys)


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 only for an intact letter, trusted chain, signature over the entire file, by an
    authorised signer of the institution on the signing date."""
    path = Path(args.path)
    if path.is_dir() or path.suffix.lower() == ".zip":
        from app.cli import bundle_cmds

        return int(bundle_cmds.verify_bundle(args))
    data = path.read_bytes()
    trust = [Path(t).read_bytes() for t in args.trust]
    crls = [Path(c).read_bytes() for c in args.crl]
    signers = [Path(c).read_bytes() for c in args.signer]
    # What is not given here comes from the store (an inspector without a store passes
    # --trust and --signer); a letter needs no audit key.
    anchors, lists, register, _ = verification_material(args, trust, crls, signers, [],
                                                        audit=False)
    from app.letters.pdflt import check_pdf_lt
    from app.letters.report import report_json, report_lines
    from app.letters.verify import verify_letter

    verdict = verify_letter(data, anchors, lists, signers=register)
    pdf_lt = check_pdf_lt(data)
    if getattr(args, "json", False):
        common.print_json({
            "letter": str(path), "valid": verdict.ok, "signer": verdict.signer_name,
            "signing_time": verdict.signing_time.isoformat() if verdict.signing_time else None,
            "registration_number": verdict.registration_number,
            "coverage": verdict.coverage, "problems": list(verdict.problems),
            "signatures": report_json(verdict)["signatures"],
            "pdf_lt": pdf_lt.to_json()})
        return 0 if verdict.ok else 1
    print(f"Letter:       {path}")
    print(f"Signer:       {verdict.signer_name or '-'}")
    print(f"Signing time: {for_people(verdict.signing_time, seconds=True, offset=True) or '-'}"
          " (Vilnius time, by the signing workstation's clock)")
    print(f"Number:       {verdict.registration_number or '-'}")
    print(f"Signature:    {coverage_words(verdict.coverage or 'NONE')}")
    print(f"PDF-LT:       {pdf_lt.summary()}")
    for i, report in enumerate(verdict.signatures, 1):
        # ETSI EN 319 102-1 style, per signature: indication, sub-indication, level, chain...
        print(f"Signature {i} (ETSI {report.indication}"
              f"{'/' + report.sub_indication if report.sub_indication else ''}):")
        for label, value in report_lines(report):
            print(f"  {label}: {value}")
    if verdict.ok:
        print("Verdict:      VALID: intact, signed under a trusted root by an authorised signer "
              "of the institution, nothing added after signing.")
        return 0
    print("Verdict:      NOT VALID", file=sys.stdout)
    for p in verdict.problems:
        print(f"  - {p}")
    return 1
