"""National trusted lists (ETSI TS 119 612 XML): the list's XML signature checked against a
trusted-list signing certificate pinned by an administrator, then the qualified CA services
with a granted status, as trust anchors for verifying letters offline.

The XML signature work (canonicalisation, reference processing) is signxml's; only the part
of the document that the signature covers is read, so nothing can be slipped in beside it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

TSL_NS = "http://uri.etsi.org/02231/v2#"
CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted"
NS = {"tsl": TSL_NS}


class TslError(Exception):
    """Why a trusted list is refused; `reason` is one of the names below."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Reasons (the service layer turns them into one sentence each).
NOT_A_LIST = "not_a_list"
UNSIGNED = "unsigned"
BAD_SIGNATURE = "bad_signature"  # tampered, or signed by a certificate not pinned


@dataclass(frozen=True)
class QualifiedCa:
    der: bytes
    subject: str
    service_name: str
    provider: str
    status: str  # the status URI (granted)
    status_since: datetime | None  # StatusStartingTime, UTC


@dataclass(frozen=True)
class TrustedList:
    territory: str
    operator: str
    sequence: str
    issued: str
    next_update: str
    signer_sha256: str  # which pinned certificate signed it
    services: tuple[QualifiedCa, ...]


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        raise TslError(NOT_A_LIST) from None
    if root.tag != f"{{{TSL_NS}}}TrustServiceStatusList":
        raise TslError(NOT_A_LIST)
    return root


def verify_signed_root(data: bytes, pinned: list[bytes]) -> tuple[etree._Element, bytes]:
    """The list's root element as covered by a valid signature of one of the pinned
    certificates (DER), and that certificate. TslError otherwise."""
    from cryptography import x509
    from signxml.exceptions import SignXMLException
    from signxml.verifier import SignatureConfiguration, XMLVerifier

    root = _parse(data)
    if root.find("{http://www.w3.org/2000/09/xmldsig#}Signature") is None:
        raise TslError(UNSIGNED)
    config = SignatureConfiguration(expect_references=True)
    for der in pinned:
        cert = x509.load_der_x509_certificate(der)
        try:
            results = XMLVerifier().verify(data, x509_cert=cert, expect_config=config)
        except (SignXMLException, ValueError):
            continue
        # A TS 119 612 list's signature covers the whole list (XAdES adds a second reference
        # to its signed properties): keep only the reference that is the list itself.
        for r in results if isinstance(results, list) else [results]:
            signed = r.signed_xml
            if signed is not None and signed.tag == root.tag:
                return signed, der
    raise TslError(BAD_SIGNATURE)


def _text(el: etree._Element | None, path: str) -> str:
    if el is None:
        return ""
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _name(el: etree._Element, path: str) -> str:
    names = el.findall(path + "/tsl:Name", NS)
    for lang in ("en", "lt"):
        for n in names:
            if n.get("{http://www.w3.org/XML/1998/namespace}lang") == lang and n.text:
                return n.text.strip()
    return (names[0].text or "").strip() if names and names[0].text else ""


def _time(value: str) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).astimezone(UTC)


def read_trusted_list(data: bytes, pinned: list[bytes]) -> TrustedList:
    """Verify the list against the pinned signers and read its granted qualified CAs."""
    import hashlib

    from asn1crypto import x509 as asn1_x509

    root, signer_der = verify_signed_root(data, pinned)
    info = root.find("tsl:SchemeInformation", NS)
    services: list[QualifiedCa] = []
    seen: set[bytes] = set()
    for tsp in root.iterfind("tsl:TrustServiceProviderList/tsl:TrustServiceProvider", NS):
        provider = _name(tsp, "tsl:TSPInformation/tsl:TSPName")
        for svc in tsp.iterfind("tsl:TSPServices/tsl:TSPService/tsl:ServiceInformation", NS):
            if (_text(svc, "tsl:ServiceTypeIdentifier") != CA_QC
                    or _text(svc, "tsl:ServiceStatus") != GRANTED):
                continue
            since = _time(_text(svc, "tsl:StatusStartingTime"))
            for b64 in svc.iterfind("tsl:ServiceDigitalIdentity/tsl:DigitalId/"
                                    "tsl:X509Certificate", NS):
                try:
                    der = base64.b64decode("".join((b64.text or "").split()), validate=True)
                    cert = asn1_x509.Certificate.load(der)
                    subject = str(cert.subject.human_friendly)
                    der = cert.dump()
                except Exception:
                    continue
                if der in seen:
                    continue
                seen.add(der)
                services.append(QualifiedCa(der, subject,
                                            _name(svc, "tsl:ServiceName"), provider,
                                            GRANTED, since))
    return TrustedList(
        territory=_text(info, "tsl:SchemeTerritory"),
        operator=_name(info, "tsl:SchemeOperatorName") if info is not None else "",
        sequence=_text(info, "tsl:TSLSequenceNumber"),
        issued=_text(info, "tsl:ListIssueDateTime"),
        next_update=_text(info, "tsl:NextUpdate/tsl:dateTime"),
        signer_sha256=hashlib.sha256(signer_der).hexdigest(),
        services=tuple(services))
