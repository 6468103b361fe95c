"""The PIN or key-password prompt, and the signer kept open for the session until the lock.

The head types the secret once per session: the opened signer stays in the window's
SignerSession and is closed (key dropped, token logged out) when the window locks or closes.
Opening the signer (parsing the PKCS#12 file or logging in to the token) runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

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


class SignerSession:
    """The opened signer of this session (None until the first signing, and after a lock)."""

    # The seam tests answer (KeePassXC's MessageBox::setNextAnswer): (parent, prompt) -> secret.
    ask_secret: Callable[[QWidget, str], str | None] = staticmethod(ask_secret_dialog)

    def __init__(self) -> None:
        self.signer: LetterSigner | None = None
        self.username: str | None = None

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
        secret = type(self).ask_secret(parent, prompt_text(info))
        if secret is None:
            on_refused()
            return

        def op(progress: workers.Progress) -> LetterSigner:
            from app.services import letters

            return letters.open_signer(desk, secret, info)

        def opened(signer: LetterSigner) -> None:
            self.signer, self.username = signer, desk.actor.username
            on_ready(signer)

        workers.run_op(parent, op, opened, on_error, kind="read")

    def close(self) -> None:
        signer, self.signer, self.username = self.signer, None, None
        close = getattr(signer, "close", None)
        if callable(close):
            try:
                close()
            except Exception:  # a token pulled out meanwhile: nothing left to close
                pass
