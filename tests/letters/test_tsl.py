"""Importing a national trusted list (ETSI TS 119 612): a list signed by the pinned
trusted-list signer imports its granted qualified CAs as trust anchors; a tampered, unsigned
or otherwise signed list, or any list before a signer is pinned, imports nothing."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree

from app.domain.enums import LetterKind
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.letters.sign import sign_letter as pades_sign
from app.letters.signers import Pkcs12Signer
from app.services import letters
from app.services.desk import Desk
from app.services.errors import InvalidInput
from tests.conftest import PASSPHRASES, StoreFixture
from tests.letters.pki import Issued, make_ca, make_leaf, write_p12
from tests.store.helpers import run_cli

TSL = "http://uri.etsi.org/02231/v2#"
CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted"
WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn"
PASSWORD = "p12-slaptažodis"
VILNIUS = ZoneInfo("Europe/Vilnius")


def _el(parent: etree._Element, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    e = etree.SubElement(parent, f"{{{TSL}}}{tag}", attrib=attrs)
    if text is not None:
        e.text = text
    return e


def _names(parent: etree._Element, tag: str, name: str) -> None:
    n = _el(parent, tag)
    _el(n, "Name", name, **{"{http://www.w3.org/XML/1998/namespace}lang": "en"})


def _service(tsp_services: etree._Element, ca: Issued, name: str, status: str,
             since: str) -> None:
    info = _el(_el(tsp_services, "TSPService"), "ServiceInformation")
    _el(info, "ServiceTypeIdentifier", CA_QC)
    _names(info, "ServiceName", name)
    ident = _el(_el(info, "ServiceDigitalIdentity"), "DigitalId")
    _el(ident, "X509Certificate", base64.b64encode(ca.der).decode("ascii"))
    _el(info, "ServiceStatus", status)
    _el(info, "StatusStartingTime", since)


def trusted_list(qualified: Issued, withdrawn: Issued,
                 since: str = "2016-07-01T00:00:00Z") -> etree._Element:
    """A small TS 119 612 list: one provider, a granted CA/QC and a withdrawn one."""
    root = etree.fromstring(f'<TrustServiceStatusList xmlns="{TSL}" Id="TrustServiceStatusList"'
                            ' TSLTag="http://uri.etsi.org/19612/TSLTag"/>')
    info = _el(root, "SchemeInformation")
    _el(info, "TSLVersionIdentifier", "5")
    _el(info, "TSLSequenceNumber", "42")
    _el(info, "TSLType", "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric")
    _names(info, "SchemeOperatorName", "Communications Regulatory Authority")
    _el(info, "SchemeTerritory", "LT")
    _el(info, "ListIssueDateTime", "2026-11-01T00:00:00Z")
    _el(_el(info, "NextUpdate"), "dateTime", "2027-05-01T00:00:00Z")
    tsp = _el(_el(root, "TrustServiceProviderList"), "TrustServiceProvider")
    _names(_el(tsp, "TSPInformation"), "TSPName", "Asmens dokumentų išrašymo centras")
    services = _el(tsp, "TSPServices")
    _service(services, qualified, "ADIC qualified CA", GRANTED, since)
    _service(services, withdrawn, "Old ADIC CA", WITHDRAWN, "2019-01-01T00:00:00Z")
    return root


def sign(root: etree._Element, by: Issued) -> bytes:
    from signxml.signer import XMLSigner

    signed = XMLSigner().sign(root, key=by.key, cert=[by.cert])
    return bytes(etree.tostring(signed, xml_declaration=True, encoding="UTF-8"))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    d = tmp_path_factory.mktemp("tsl-pki")
    qualified = make_ca("Nacionalinis kvalifikuotas CA")
    withdrawn = make_ca("Atšauktas CA")
    tsl_root = make_ca("Sąrašų šaknis")
    tsl_signer = make_leaf("Patikimo sąrašo pasirašytojas", tsl_root, key_kind="rsa2048")
    stranger = make_leaf("Svetimas pasirašytojas", tsl_root, key_kind="rsa2048")
    head = make_leaf("Jonas Žukauskas", qualified)
    under_withdrawn = make_leaf("Jonas Žukauskas", withdrawn)
    for name, issued in (("tsl_signer", tsl_signer), ("head", head)):
        (d / f"{name}.pem").write_bytes(issued.cert.public_bytes(Encoding.PEM))
    return {"qualified": qualified, "withdrawn": withdrawn, "tsl_signer": tsl_signer,
            "stranger": stranger, "dir": d,
            "head_p12": write_p12(d / "head.p12", head, [qualified], PASSWORD),
            "withdrawn_p12": write_p12(d / "w.p12", under_withdrawn, [withdrawn], PASSWORD)}


def _pem(pki: dict[str, object], name: str) -> bytes:
    return Path(str(pki["dir"]), f"{name}.pem").read_bytes()


def _list(pki: dict[str, object], since: str = "2016-07-01T00:00:00Z") -> etree._Element:
    q, w = pki["qualified"], pki["withdrawn"]
    assert isinstance(q, Issued) and isinstance(w, Issued)
    return trusted_list(q, w, since)


def _signed(pki: dict[str, object], by: str = "tsl_signer",
            since: str = "2016-07-01T00:00:00Z") -> bytes:
    signer = pki[by]
    assert isinstance(signer, Issued)
    return sign(_list(pki, since), signer)


def _letter(p12: object) -> bytes:
    with Pkcs12Signer.load(Path(str(p12)), PASSWORD) as signer:
        return pades_sign(render_letter(sample_letter(LetterKind.APPROVAL, "lt")), signer,
                          registration_number="7-1", signer_name="Jonas Žukauskas",
                          role="Direktorius", when=datetime(2026, 11, 25, 10, 0,
                                                            tzinfo=VILNIUS))


def _pinned(store: StoreFixture, pki: dict[str, object]) -> Desk:
    letters.pin_tsl_signer(store.head, _pem(pki, "tsl_signer"))
    return store.head


def test_a_list_signed_by_the_pinned_signer_imports_its_granted_qualified_cas(
        store: StoreFixture, pki: dict[str, object]) -> None:
    head = _pinned(store, pki)
    letter = _letter(pki["head_p12"])
    signers = [_pem(pki, "head")]
    before = letters.verify_pdf(head, letter, signers=signers)
    assert not before.ok and "untrusted" in " ".join(before.codes), before.codes
    imported = letters.import_trusted_list(head, _signed(pki))
    assert [(a.service_name, a.provider, a.territory) for a in imported] == [
        ("ADIC qualified CA", "Asmens dokumentų išrašymo centras", "LT")]
    assert "Nacionalinis kvalifikuotas CA" in imported[0].subject
    assert imported[0].status == GRANTED
    assert imported[0].status_since is not None and \
        imported[0].status_since.isoformat() == "2016-07-01T00:00:00+00:00"
    assert [a.sha256 for a in letters.list_tsl_anchors(head)] == [imported[0].sha256]
    # The letter signed under that CA now verifies as trusted; the withdrawn CA is no anchor.
    after = letters.verify_pdf(head, letter, signers=signers)
    assert after.ok, after.problems
    under_withdrawn = letters.verify_pdf(head, _letter(pki["withdrawn_p12"]), signers=signers)
    assert not under_withdrawn.ok
    assert "trust.tsl_import" in _actions(head)


def test_a_ca_vouches_only_from_the_date_the_list_grants_it(
        store: StoreFixture, pki: dict[str, object]) -> None:
    """The letter was signed on 2026-11-25; a list granting its CA only from 2027-01-01 does
    not make it trusted: INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND."""
    head = _pinned(store, pki)
    letters.import_trusted_list(head, _signed(pki, since="2027-01-01T00:00:00Z"))
    verdict = letters.verify_pdf(head, _letter(pki["head_p12"]), signers=[_pem(pki, "head")])
    assert not verdict.ok and "untrusted" in verdict.codes
    [report] = verdict.signatures
    assert (report.indication, report.sub_indication) == ("INDETERMINATE",
                                                          "NO_CERTIFICATE_CHAIN_FOUND")
    letters.import_trusted_list(head, _signed(pki))  # the same CA granted since 2016: trusted
    assert letters.verify_pdf(head, _letter(pki["head_p12"]), signers=[_pem(pki, "head")]).ok


def _actions(desk: Desk) -> list[str]:
    from sqlalchemy import select

    from app.store.models import AuditEntry

    with desk.read() as s:
        return list(s.execute(select(AuditEntry.action)).scalars())


def _refused(head: Desk, data: bytes) -> str:
    with pytest.raises(InvalidInput) as e:
        letters.import_trusted_list(head, data)
    assert letters.list_tsl_anchors(head) == []
    assert "trust.tsl_import" not in _actions(head)
    return str(e.value)


def test_a_tampered_list_is_refused(store: StoreFixture, pki: dict[str, object]) -> None:
    head = _pinned(store, pki)
    data = _signed(pki)
    assert data.count(b"ADIC qualified CA") == 1
    tampered = data.replace(b"ADIC qualified CA", b"ADIC qualified CB")
    assert "signature does not verify" in _refused(head, tampered)


def test_an_unsigned_list_is_refused(store: StoreFixture, pki: dict[str, object]) -> None:
    head = _pinned(store, pki)
    data = bytes(etree.tostring(_list(pki), xml_declaration=True, encoding="UTF-8"))
    assert _refused(head, data) == "The trusted list is not signed; nothing was imported."


def test_a_list_signed_by_another_certificate_is_refused(
        store: StoreFixture, pki: dict[str, object]) -> None:
    head = _pinned(store, pki)
    assert "another certificate signed it" in _refused(head, _signed(pki, "stranger"))


def test_without_a_pinned_tsl_signer_nothing_is_imported(
        store: StoreFixture, pki: dict[str, object]) -> None:
    message = _refused(store.head, _signed(pki))
    assert message == ("No trusted-list signing certificate is pinned: pin one first (trust "
                       "tsl-signer add CERT.pem); nothing was imported.")


def test_a_file_that_is_not_a_list_is_refused(
        store: StoreFixture, pki: dict[str, object]) -> None:
    head = _pinned(store, pki)
    assert "not an ETSI TS 119 612" in _refused(head, b"<html/>")
    assert "not an ETSI TS 119 612" in _refused(head, b"\x00not xml")


def test_trust_tsl_commands(store: StoreFixture, pki: dict[str, object],
                            tmp_path: Path) -> None:
    pw = PASSPHRASES["vadovas"]
    store.head.lock()
    good, bad = tmp_path / "lt-tsl.xml", tmp_path / "pakeistas.xml"
    good.write_bytes(_signed(pki))
    bad.write_bytes(good.read_bytes().replace(b"ADIC qualified CA", b"ADIC qualified CB"))
    early = run_cli(store.path, "vadovas", "trust", "import-tsl", str(good), passphrase=pw)
    assert early.returncode == 1 and "pin one first" in early.stderr
    assert early.stderr.count("\n") == 1 and "Traceback" not in early.stderr
    signer_pem = Path(str(pki["dir"]), "tsl_signer.pem")
    pinned = run_cli(store.path, "vadovas", "trust", "tsl-signer", "add", str(signer_pem),
                     passphrase=pw)
    assert pinned.returncode == 0 and "Trusted-list signer pinned: " in pinned.stdout
    listed = run_cli(store.path, "vadovas", "trust", "tsl-signer", "list", passphrase=pw)
    assert "Patikimo sąrašo pasirašytojas" in listed.stdout
    refused = run_cli(store.path, "vadovas", "trust", "import-tsl", str(bad), passphrase=pw)
    assert refused.returncode == 1 and "nothing was imported" in refused.stderr
    assert refused.stderr.count("\n") == 1
    done = run_cli(store.path, "vadovas", "trust", "import-tsl", str(good), passphrase=pw)
    assert done.returncode == 0, done.stderr
    assert "1 qualified CA is a trust anchor now" in done.stdout
    assert "granted since 2016-07-01" in done.stdout
    anchors = run_cli(store.path, "vadovas", "trust", "list", passphrase=pw)
    assert "Nacionalinis kvalifikuotas CA" in anchors.stdout
    assert "Atšauktas CA" not in anchors.stdout
