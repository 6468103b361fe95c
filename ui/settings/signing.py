"""The head's signer (a PKCS#12 file or a key on a PKCS#11 token), trust anchors and CRLs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from ui.dialogs import prompts
from ui.settings.page import SettingsPage

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.letters import SignerInfo


class SigningPage(SettingsPage):
    writers = (Role.ADMIN,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.use_p12 = QRadioButton(self.tr("PKCS#&12 file"))
        self.use_p11 = QRadioButton(self.tr("PKCS#11 &token"))
        self.use_p12.setChecked(True)
        self.p12 = QLineEdit()
        self.p12_browse = QPushButton(self.tr("Choose…"))
        self.module = QLineEdit()
        self.module_browse = QPushButton(self.tr("Choose…"))
        self.token = QLineEdit()
        self.key_label = QLineEdit()
        p12row, modrow = QHBoxLayout(), QHBoxLayout()
        p12row.addWidget(self.p12, 1)
        p12row.addWidget(self.p12_browse)
        modrow.addWidget(self.module, 1)
        modrow.addWidget(self.module_browse)
        self.signer_box = QGroupBox(self.tr("Signer of letters"))
        form = QFormLayout(self.signer_box)
        form.addRow(self.tr("Now:"), self.current)
        form.addRow(self.use_p12, p12row)
        form.addRow(self.use_p11, QLabel())
        form.addRow(self.tr("Token driver (module)"), modrow)
        form.addRow(self.tr("Token label"), self.token)
        form.addRow(self.tr("Key label"), self.key_label)
        self.p12.setAccessibleName(self.tr("PKCS#12 file"))
        self.module.setAccessibleName(self.tr("Token driver (module)"))
        self.token.setAccessibleName(self.tr("Token label"))
        self.key_label.setAccessibleName(self.tr("Key label"))
        self.set_signer_button = QPushButton(self.tr("Use this &signer"))
        form.addRow("", self.set_signer_button)

        self.trust = QListWidget()
        self.trust.setAccessibleName(self.tr("Trust anchors"))
        self.add_anchor = QPushButton(self.tr("Import &trust anchor…"))
        self.add_crl_button = QPushButton(self.tr("Import &revocation list…"))
        trust_box = QGroupBox(self.tr("Trust anchors and revocation lists"))
        tv = QVBoxLayout(trust_box)
        tv.addWidget(self.trust)
        row = QHBoxLayout()
        row.addWidget(self.add_anchor)
        row.addWidget(self.add_crl_button)
        row.addStretch(1)
        tv.addLayout(row)
        self.write_widgets = [self.set_signer_button, self.add_anchor, self.add_crl_button,
                              self.p12_browse, self.module_browse]
        v = QVBoxLayout(self)
        v.addWidget(self.signer_box)
        v.addWidget(trust_box, 1)
        v.addWidget(self.message)
        self.p12_browse.clicked.connect(lambda: self._browse(self.p12, self.tr(
            "PKCS#12 files (*.p12 *.pfx);;All files (*)")))
        self.module_browse.clicked.connect(lambda: self._browse(self.module, self.tr(
            "Token drivers (*.so *.dll *.dylib);;All files (*)")))
        self.set_signer_button.clicked.connect(self.set_signer)
        self.add_anchor.clicked.connect(lambda: self.import_file("anchor"))
        self.add_crl_button.clicked.connect(lambda: self.import_file("crl"))

    def title(self) -> str:
        return self.tr("Signing")

    def _browse(self, line: QLineEdit, filters: str) -> None:
        path = prompts.open_file(self, self.tr("Choose a file"), filters)
        if path:
            line.setText(path)

    def load(self) -> None:
        def op(desk: Desk) -> tuple[SignerInfo | None, list[tuple[str, str]]]:
            from app.services.letters import list_trust, signer_configured

            return signer_configured(desk), list_trust(desk)

        self.call(op, self._loaded, read=True)

    def _loaded(self, got: tuple[SignerInfo | None, list[tuple[str, str]]]) -> None:
        info, trust = got
        if info is None:
            self.current.setText(self.tr("no signer is set; letters cannot be signed"))
        elif info.kind == "pkcs12":
            self.current.setText(self.tr("PKCS#12 file %1").replace("%1", info.pkcs12_path))
            self.p12.setText(info.pkcs12_path)
        else:
            self.current.setText(self.tr("token %1").replace("%1", info.label))
            self.use_p11.setChecked(True)
            self.module.setText(info.module)
            self.token.setText(info.token)
            self.key_label.setText(info.key_label)
        self.trust.clear()
        for subject, sha in trust:
            from app.letters.wording import plain_subject

            self.trust.addItem(self.tr("%1 · fingerprint %2…").replace(
                "%1", plain_subject(subject)).replace("%2", sha[:16]))

    def set_signer(self) -> None:
        if self.use_p12.isChecked():
            kwargs = {"pkcs12": self.p12.text().strip()}
        else:
            kwargs = {"module": self.module.text().strip(), "token": self.token.text().strip(),
                      "key_label": self.key_label.text().strip()}

        def op(desk: Desk) -> SignerInfo:
            from app.services.letters import set_signer

            return set_signer(desk, **kwargs)

        def done(_info: SignerInfo) -> None:
            self.say(self.tr("The signer is set."))
            self.load()

        self.call(op, done)

    def import_file(self, kind: str) -> None:
        title = (self.tr("Import a trust anchor") if kind == "anchor"
                 else self.tr("Import a revocation list"))
        filters = (self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)")
                   if kind == "anchor" else
                   self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"))
        path = prompts.open_file(self, title, filters)
        if not path:
            return

        def op(desk: Desk) -> str:
            from app.services.letters import add_crl, add_trust_anchor

            data = Path(path).read_bytes()
            return add_trust_anchor(desk, data) if kind == "anchor" else add_crl(desk, data)

        def done(name: str) -> None:
            self.say(self.tr("Imported: %1").replace("%1", name))
            self.load()

        self.call(op, done)
