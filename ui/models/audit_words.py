"""The audit trail in people's words: actions, entities and changed fields as labels in the
window's language, before/after as "Last name: A → B" lines instead of JSON.

The store keeps codes ("decision.approve", "travel_request") and JSON: they are what the hash
chain signs and what `permit-desk audit list --action` filters on. Only the window words them.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.clock import for_people
from app.domain.enums import LABELS_EN, LABELS_LT
from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "AuditWords"

ACTIONS: dict[str, str] = {
    "audit_key.pin": QT_TRANSLATE_NOOP("AuditWords", "Audit key pinned"),
    "audit_key.unpin": QT_TRANSLATE_NOOP("AuditWords", "Audit key unpinned"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "Backup made"),
    "backup.configure": QT_TRANSLATE_NOOP("AuditWords", "Backup settings changed"),
    "backup.recovery_key": QT_TRANSLATE_NOOP("AuditWords", "Backup recovery key made"),
    "clearance.expire": QT_TRANSLATE_NOOP("AuditWords", "Clearances expired"),
    "clearance.set": QT_TRANSLATE_NOOP("AuditWords", "Clearance set"),
    "clearance.suspend": QT_TRANSLATE_NOOP("AuditWords", "Clearance suspended"),
    "clearance.reinstate": QT_TRANSLATE_NOOP("AuditWords", "Clearance reinstated"),
    "clearance.withdraw": QT_TRANSLATE_NOOP("AuditWords", "Clearance withdrawn"),
    "crl.add": QT_TRANSLATE_NOOP("AuditWords", "Revocation list added"),
    "debrief.record": QT_TRANSLATE_NOOP("AuditWords", "Debrief recorded"),
    "declaration.accept": QT_TRANSLATE_NOOP("AuditWords", "Declaration accepted"),
    "declaration.create": QT_TRANSLATE_NOOP("AuditWords", "Trip declared"),
    "decision.approve": QT_TRANSLATE_NOOP("AuditWords", "Decision: approved"),
    "decision.deny": QT_TRANSLATE_NOOP("AuditWords", "Decision: denied"),
    "decision.return": QT_TRANSLATE_NOOP("AuditWords", "Decision: returned for changes"),
    "decision.reconsider.approve": QT_TRANSLATE_NOOP("AuditWords",
                                                     "Decision reconsidered: approved"),
    "decision.reconsider.deny": QT_TRANSLATE_NOOP("AuditWords", "Decision reconsidered: denied"),
    "decision.reconsider.return": QT_TRANSLATE_NOOP("AuditWords",
                                                    "Decision reconsidered: returned for changes"),
    "delegation.add": QT_TRANSLATE_NOOP("AuditWords", "Delegation granted"),
    "delegation.revoke": QT_TRANSLATE_NOOP("AuditWords", "Delegation revoked"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditWords", "Demonstration data generated"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Inspection bundle exported"),
    "letter.language": QT_TRANSLATE_NOOP("AuditWords", "Letter language changed"),
    "letter.print": QT_TRANSLATE_NOOP("AuditWords", "Letter printed"),
    "letter.queue": QT_TRANSLATE_NOOP("AuditWords", "Letter prepared for signing"),
    "letter.sign": QT_TRANSLATE_NOOP("AuditWords", "Letter signed"),
    "person.add": QT_TRANSLATE_NOOP("AuditWords", "Person added"),
    "person.update": QT_TRANSLATE_NOOP("AuditWords", "Person changed"),
    "policy.publish": QT_TRANSLATE_NOOP("AuditWords", "Policy published"),
    "refused": QT_TRANSLATE_NOOP("AuditWords", "Action refused"),
    "request.create": QT_TRANSLATE_NOOP("AuditWords", "Request created"),
    "request.update": QT_TRANSLATE_NOOP("AuditWords", "Request changed"),
    "request.submit": QT_TRANSLATE_NOOP("AuditWords", "Request submitted"),
    "request.approve": QT_TRANSLATE_NOOP("AuditWords", "Request approved"),
    "request.deny": QT_TRANSLATE_NOOP("AuditWords", "Request denied"),
    "request.return": QT_TRANSLATE_NOOP("AuditWords", "Request returned for changes"),
    "request.cancel": QT_TRANSLATE_NOOP("AuditWords", "Request cancelled"),
    "request.depart": QT_TRANSLATE_NOOP("AuditWords", "Departure recorded"),
    "request.come_back": QT_TRANSLATE_NOOP("AuditWords", "Return from the trip recorded"),
    "request.debrief": QT_TRANSLATE_NOOP("AuditWords", "Debrief recorded"),
    "request.close": QT_TRANSLATE_NOOP("AuditWords", "Request closed"),
    "request.declare": QT_TRANSLATE_NOOP("AuditWords", "Trip declared"),
    "request.review_accept": QT_TRANSLATE_NOOP("AuditWords", "Declaration accepted"),
    "request.review_violation": QT_TRANSLATE_NOOP("AuditWords",
                                                  "Declaration found to be a violation"),
    "request.record_violation": QT_TRANSLATE_NOOP("AuditWords", "Violation recorded"),
    "setting.set": QT_TRANSLATE_NOOP("AuditWords", "Setting changed"),
    "signer.pin": QT_TRANSLATE_NOOP("AuditWords", "Signer's certificate pinned"),
    "signer.remember": QT_TRANSLATE_NOOP("AuditWords", "Signer's certificate remembered"),
    "signer.set": QT_TRANSLATE_NOOP("AuditWords", "Signing key set"),
    "signer.unpin": QT_TRANSLATE_NOOP("AuditWords", "Signer's certificate unpinned"),
    "staff.import": QT_TRANSLATE_NOOP("AuditWords", "Staff list imported"),
    "staff.import.changes": QT_TRANSLATE_NOOP("AuditWords", "Person changed by the staff import"),
    "store.init": QT_TRANSLATE_NOOP("AuditWords", "Store created"),
    "store.migrate": QT_TRANSLATE_NOOP("AuditWords", "Store moved to the server"),
    "store.rekey": QT_TRANSLATE_NOOP("AuditWords", "Store keys rotated"),
    "store.restore": QT_TRANSLATE_NOOP("AuditWords", "Store restored from a backup"),
    "store.restore.begin": QT_TRANSLATE_NOOP("AuditWords", "Restore from a backup started"),
    "trust.add": QT_TRANSLATE_NOOP("AuditWords", "Trusted certificate added"),
    "trust.tsl_import": QT_TRANSLATE_NOOP("AuditWords", "Trusted list imported"),
    "trust.tsl_signer_pin": QT_TRANSLATE_NOOP("AuditWords", "Trusted-list signer pinned"),
    "unlock": QT_TRANSLATE_NOOP("AuditWords", "Unlocked"),
    "unlock.recovery": QT_TRANSLATE_NOOP("AuditWords", "Unlocked with the recovery key"),
    "unlock.failed": QT_TRANSLATE_NOOP("AuditWords", "Unlock failed"),
    "user.add": QT_TRANSLATE_NOOP("AuditWords", "User added"),
    "user.link_person": QT_TRANSLATE_NOOP("AuditWords", "User linked to a person"),
    "user.passwd": QT_TRANSLATE_NOOP("AuditWords", "Passphrase changed"),
    "user.remove": QT_TRANSLATE_NOOP("AuditWords", "User removed"),
    "user.roles": QT_TRANSLATE_NOOP("AuditWords", "Roles changed"),
    "violation.record": QT_TRANSLATE_NOOP("AuditWords", "Violation recorded"),
}

# The filter's "family" entries (every action of one kind).
FAMILIES: dict[str, str] = {
    "audit_key": QT_TRANSLATE_NOOP("AuditWords", "Audit key"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "Backups"),
    "clearance": QT_TRANSLATE_NOOP("AuditWords", "Clearances"),
    "crl": QT_TRANSLATE_NOOP("AuditWords", "Revocation lists"),
    "debrief": QT_TRANSLATE_NOOP("AuditWords", "Debriefs"),
    "declaration": QT_TRANSLATE_NOOP("AuditWords", "Declarations"),
    "decision": QT_TRANSLATE_NOOP("AuditWords", "Decisions"),
    "delegation": QT_TRANSLATE_NOOP("AuditWords", "Delegations"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demonstration data"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Exports"),
    "letter": QT_TRANSLATE_NOOP("AuditWords", "Letters"),
    "person": QT_TRANSLATE_NOOP("AuditWords", "People"),
    "policy": QT_TRANSLATE_NOOP("AuditWords", "Policy"),
    "refused": QT_TRANSLATE_NOOP("AuditWords", "Refusals"),
    "request": QT_TRANSLATE_NOOP("AuditWords", "Requests"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "Settings"),
    "signer": QT_TRANSLATE_NOOP("AuditWords", "Signers"),
    "staff": QT_TRANSLATE_NOOP("AuditWords", "Staff imports"),
    "store": QT_TRANSLATE_NOOP("AuditWords", "Store"),
    "trust": QT_TRANSLATE_NOOP("AuditWords", "Trusted certificates"),
    "unlock": QT_TRANSLATE_NOOP("AuditWords", "Unlocking"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "Users"),
    "violation": QT_TRANSLATE_NOOP("AuditWords", "Violations"),
}

ENTITIES: dict[str, str] = {
    "audit_key": QT_TRANSLATE_NOOP("AuditWords", "Audit key"),
    "bundle": QT_TRANSLATE_NOOP("AuditWords", "Inspection bundle"),
    "clearance": QT_TRANSLATE_NOOP("AuditWords", "Clearance"),
    "delegation": QT_TRANSLATE_NOOP("AuditWords", "Delegation"),
    "letter": QT_TRANSLATE_NOOP("AuditWords", "Letter"),
    "person": QT_TRANSLATE_NOOP("AuditWords", "Person"),
    "policy_version": QT_TRANSLATE_NOOP("AuditWords", "Policy version"),
    "revocation_list": QT_TRANSLATE_NOOP("AuditWords", "Revocation list"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "Setting"),
    "signer_certificate": QT_TRANSLATE_NOOP("AuditWords", "Signer's certificate"),
    "staff": QT_TRANSLATE_NOOP("AuditWords", "Staff list"),
    "store": QT_TRANSLATE_NOOP("AuditWords", "Store"),
    "travel_request": QT_TRANSLATE_NOOP("AuditWords", "Travel request"),
    "trust_anchor": QT_TRANSLATE_NOOP("AuditWords", "Trusted certificate"),
    "trusted_list": QT_TRANSLATE_NOOP("AuditWords", "Trusted list"),
    "trusted_list_signer": QT_TRANSLATE_NOOP("AuditWords", "Trusted-list signer"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "violation": QT_TRANSLATE_NOOP("AuditWords", "Violation"),
}

FIELDS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("AuditWords", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("AuditWords", "First name"),
    "full_name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "position": QT_TRANSLATE_NOOP("AuditWords", "Position"),
    "unit": QT_TRANSLATE_NOOP("AuditWords", "Unit"),
    "category": QT_TRANSLATE_NOOP("AuditWords", "Staff category"),
    "personal_code": QT_TRANSLATE_NOOP("AuditWords", "Personal code"),
    "person_code": QT_TRANSLATE_NOOP("AuditWords", "Personal code"),
    "person_id": QT_TRANSLATE_NOOP("AuditWords", "Person"),
    "username": QT_TRANSLATE_NOOP("AuditWords", "User name"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "users": QT_TRANSLATE_NOOP("AuditWords", "Users"),
    "roles": QT_TRANSLATE_NOOP("AuditWords", "Roles"),
    "state": QT_TRANSLATE_NOOP("AuditWords", "State"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "Status"),
    "level": QT_TRANSLATE_NOOP("AuditWords", "Level"),
    "number": QT_TRANSLATE_NOOP("AuditWords", "Number"),
    "issued": QT_TRANSLATE_NOOP("AuditWords", "Issued"),
    "valid_until": QT_TRANSLATE_NOOP("AuditWords", "Valid until"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "Reason"),
    "note": QT_TRANSLATE_NOOP("AuditWords", "Note"),
    "outcome": QT_TRANSLATE_NOOP("AuditWords", "Outcome"),
    "conditions": QT_TRANSLATE_NOOP("AuditWords", "Conditions"),
    "countries": QT_TRANSLATE_NOOP("AuditWords", "Countries"),
    "depart": QT_TRANSLATE_NOOP("AuditWords", "Departure"),
    "return": QT_TRANSLATE_NOOP("AuditWords", "Return"),
    "return_": QT_TRANSLATE_NOOP("AuditWords", "Return"),
    "return_date": QT_TRANSLATE_NOOP("AuditWords", "Return"),
    "purpose": QT_TRANSLATE_NOOP("AuditWords", "Purpose"),
    "reason_category": QT_TRANSLATE_NOOP("AuditWords", "Reason category"),
    "crossing": QT_TRANSLATE_NOOP("AuditWords", "Border crossing"),
    "mode": QT_TRANSLATE_NOOP("AuditWords", "Mode of travel"),
    "lodging": QT_TRANSLATE_NOOP("AuditWords", "Lodging"),
    "home_contact": QT_TRANSLATE_NOOP("AuditWords", "Person at home"),
    "travel_document": QT_TRANSLATE_NOOP("AuditWords", "Travel document"),
    "companions": QT_TRANSLATE_NOOP("AuditWords", "Companions"),
    "contacts": QT_TRANSLATE_NOOP("AuditWords", "Contacts"),
    "legs": QT_TRANSLATE_NOOP("AuditWords", "Legs of the trip"),
    "registration_number": QT_TRANSLATE_NOOP("AuditWords", "Registration number"),
    "decision_id": QT_TRANSLATE_NOOP("AuditWords", "Decision"),
    "lang": QT_TRANSLATE_NOOP("AuditWords", "Language"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "Kind"),
    "value": QT_TRANSLATE_NOOP("AuditWords", "Value"),
    "subject": QT_TRANSLATE_NOOP("AuditWords", "Subject"),
    "issuer": QT_TRANSLATE_NOOP("AuditWords", "Issuer"),
    "attempted": QT_TRANSLATE_NOOP("AuditWords", "Attempted"),
    "why": QT_TRANSLATE_NOOP("AuditWords", "Why"),
    "count": QT_TRANSLATE_NOOP("AuditWords", "Count"),
    "people": QT_TRANSLATE_NOOP("AuditWords", "People"),
    "requests": QT_TRANSLATE_NOOP("AuditWords", "Requests"),
    "from": QT_TRANSLATE_NOOP("AuditWords", "From"),
    "to": QT_TRANSLATE_NOOP("AuditWords", "To"),
    "on": QT_TRANSLATE_NOOP("AuditWords", "With effect from"),
    "at": QT_TRANSLATE_NOOP("AuditWords", "Time"),
    "today": QT_TRANSLATE_NOOP("AuditWords", "Date"),
    "path": QT_TRANSLATE_NOOP("AuditWords", "File"),
    "size": QT_TRANSLATE_NOOP("AuditWords", "Size"),
    "institution": QT_TRANSLATE_NOOP("AuditWords", "Institution"),
    "statement": QT_TRANSLATE_NOOP("AuditWords", "Statement"),
    "debrief_due": QT_TRANSLATE_NOOP("AuditWords", "Debrief due"),
    "back_on": QT_TRANSLATE_NOOP("AuditWords", "Back on"),
    "generation": QT_TRANSLATE_NOOP("AuditWords", "Key generation"),
    "ids": QT_TRANSLATE_NOOP("AuditWords", "Records"),
}

def _word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(code: str) -> str:
    """"Decision: approved" for decision.approve; a family ("decision") reads "Decisions (all)";
    a code nobody labelled yet is shown as it is rather than hidden."""
    if code in ACTIONS:
        return _word(ACTIONS[code])
    if code in FAMILIES:
        every = QCoreApplication.translate("AuditWords", "%1 (all)")
        return every.replace("%1", _word(FAMILIES[code]))
    return code


def entity_label(entity: str) -> str:
    return _word(ENTITIES[entity]) if entity in ENTITIES else entity


def field_label(key: str) -> str:
    if key in FIELDS:
        return _word(FIELDS[key])
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _enum_word(value: str, lang: str) -> str | None:
    table = LABELS_LT if lang == "lt" else LABELS_EN
    hits = {word for member, word in table.items() if member.value == value}
    return hits.pop() if len(hits) == 1 else None


def value_text(value: Any, lang: str) -> str:
    """A stored value as a person reads it: enum codes by their label, lists joined, times in
    Vilnius, nothing as an em dash."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditWords", "yes") if value
                else QCoreApplication.translate("AuditWords", "no"))
    if isinstance(value, list):
        return ", ".join(value_text(v, lang) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k)}: {value_text(v, lang)}" for k, v in value.items())
    text = str(value)
    if isinstance(value, str):
        word = _enum_word(value, lang)
        if word is not None:
            return word
        if len(text) >= 19 and text[4:5] == "-" and text[10:11] == "T":
            return for_people(text)
    return text


def _load(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def changes(before: str, after: str, lang: str) -> list[str]:
    """Before/after as lines: "Last name: Žukauskas → Žukauskienė" for a changed field,
    "Reason: …" for one only recorded after, "Note: … → —" for one dropped."""
    old, new = _load(before), _load(after)
    if not isinstance(old, dict) or not isinstance(new, dict):
        lines = []
        if old not in (None, {}, ""):
            word = QCoreApplication.translate("AuditWords", "Before")
            lines.append(f"{word}: {value_text(old, lang)}")
        if new not in (None, {}, ""):
            word = QCoreApplication.translate("AuditWords", "After")
            lines.append(f"{word}: {value_text(new, lang)}")
        if isinstance(new, dict) and old in (None, {}, ""):
            lines = [f"{field_label(k)}: {value_text(v, lang)}" for k, v in new.items()]
        elif isinstance(old, dict) and new in (None, {}, ""):
            lines = [f"{field_label(k)}: {value_text(v, lang)} → —" for k, v in old.items()]
        return lines
    lines = []
    for key in list(old) + [k for k in new if k not in old]:
        if key in old and key in new:
            if old[key] != new[key]:
                lines.append(f"{field_label(key)}: {value_text(old[key], lang)} → "
                             f"{value_text(new[key], lang)}")
        elif key in new:
            lines.append(f"{field_label(key)}: {value_text(new[key], lang)}")
        else:
            lines.append(f"{field_label(key)}: {value_text(old[key], lang)} → —")
    return lines
