"""The PIN or key-password prompt, and the signer kept open for the session until the lock.

The head types the secret once per session: the opened signer stays in the window's
SignerSession and is closed (key dropped, token logged out) when the window locks or closes.
Opening the signer (parsing the PKCS#12 file or logging in to the token) runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ui import workers

if TYPE_CHECKING:
    from app.letters.signers import LetterSigner
    from app.services.desk import Desk
    from app.services.letters import SignerInfo


def ask_secret_dialog(parent: QWidget, prompt: str) -> str | None:
    title = QCoreApplication.translate("PinPrompt", "Sign letters")
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def prompt_text(info: SignerInfo) -> str:
    """'Password of head.p12 to sign letters:' in the user's language."""
    if info.needs == "PIN":
        text = QCoreApplication.translate("PinPrompt", "PIN of the token %1 to sign letters:")
    else:
        text = QCoreApplication.translate("PinPrompt",
                                          "Password of the signing key %1 to sign letters:")
    return text.replace("%1", info.label)


def signature_prompt_text(info: SignerInfo) -> str:
    """The ID card's second PIN, named apart from the user PIN that opened the token."""
    return QCoreApplication.translate(
        "PinPrompt", "Signature PIN of %1, asked for every letter (this letter):").replace(
        "%1", info.label)


class _OnGuiThread(QObject):
    """Runs `fn` on the GUI thread for a caller on a worker thread and waits for its answer:
    the signature PIN is asked in the middle of a signing that runs in a worker, and widgets
    belong to the GUI thread only."""

    _asked = Signal()

    def __init__(self, fn: Callable[[], str | None]) -> None:
        super().__init__()
        self._fn = fn
        self._answer: str | None = None
        self._asked.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def _run(self) -> None:
        self._answer = self._fn()

    def __call__(self) -> str | None:
        if QThread.currentThread() is self.thread():  # synchronous tests, or the GUI itself
            return self._fn()
        self._answer = None
        self._asked.emit()
        return self._answer


class _ReaderNotice(QObject):
    """'Enter the PIN on the reader' while a PIN-pad reader waits for it."""

    _changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__()
        self._parent = parent
        self._box: QMessageBox | None = None
        self._changed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, waiting: bool) -> None:
        self._changed.emit(waiting)

    def _show(self, waiting: bool) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None
        if waiting:
            self._box = QMessageBox(QMessageBox.Icon.Information,
                                    QCoreApplication.translate("PinPrompt", "Sign letters"),
                                    QCoreApplication.translate(
                                        "PinPrompt", "Enter the PIN on the reader."),
                                    QMessageBox.StandardButton.NoButton, self._parent)
            self._box.setWindowModality(Qt.WindowModality.NonModal)
            self._box.show()


class SignerSession:
    """The opened signer of this session (None until the first signing, and after a lock)."""

    # The seam tests answer (KeePassXC's MessageBox::setNextAnswer): (parent, prompt) -> secret.
    ask_secret: Callable[[QWidget, str], str | None] = staticmethod(ask_secret_dialog)

    def __init__(self) -> None:
        self.signer: LetterSigner | None = None
        self.username: str | None = None
        self._helpers: tuple[object, ...] = ()

    def is_open_for(self, desk: Desk) -> bool:
        return self.signer is not None and self.username == desk.actor.username

    def ensure(self, parent: QWidget, desk: Desk, info: SignerInfo,
               on_ready: Callable[[LetterSigner], None], on_error: Callable[[BaseException], None],
               on_refused: Callable[[], None]) -> None:
        """Call `on_ready(signer)` with the session's signer, prompting and opening it first
        if needed; `on_refused()` when the user cancels the prompt."""
        if self.signer is not None and self.is_open_for(desk):
            on_ready(self.signer)
            return
        self.close()
        from app.letters.signers import token_uses_pin_pad

        notice = _ReaderNotice(parent)
        pin_pad = info.kind == "pkcs11" and token_uses_pin_pad(info.module, info.token)
        if pin_pad:  # the reader asks for the PIN: nothing is typed here
            secret: str | None = ""
            notice(True)
        else:
            secret = type(self).ask_secret(parent, prompt_text(info))
        if secret is None:
            on_refused()
            return
        ask = _OnGuiThread(lambda: type(self).ask_secret(parent, signature_prompt_text(info)))

        def op(progress: workers.Progress) -> LetterSigner:
            from app.letters.signers import set_signature_pin_source
            from app.services import letters

            signer = letters.open_signer(desk, secret or "", info)
            # An ID card's signing key asks for its signature PIN at every signature.
            set_signature_pin_source(signer, ask, notice)
            return signer

        def opened(signer: LetterSigner) -> None:
            notice(False)
            self.signer, self.username = signer, desk.actor.username
            self._helpers = (ask, notice)  # they live as long as the signer asks through them
            on_ready(signer)

        def failed(exc: BaseException) -> None:
            notice(False)
            on_error(exc)

        workers.run_op(parent, op, opened, failed, kind="read")

    def close(self) -> None:
        signer, self.signer, self.username = self.signer, None, None
        close = getattr(signer, "close", None)
        if callable(close):
            try:
                close()
            except Exception:  # a token pulled out meanwhile: nothing left to close
                pass
