"""What the program's entry points do first: no third-party warning or log line reaches a user.

The command line's errors are one sentence on stderr and the window speaks in dialogs; a
library's DeprecationWarning (cryptography's about DSA, printed by pyHanko's import) or a
log record (pyHanko logs every failed validation with a traceback) would break both.
Called by `permit-desk` (app.cli.main), `make run` (app.cli.demo_launch) and the window
(ui.app.run) before anything imports those libraries. Warnings stay visible to developers:
`python -W default` or PYTHONWARNINGS set them, and the tests turn them into errors.
"""

from __future__ import annotations

import logging
import sys
import warnings

# Libraries that log at WARNING or above on paths the product treats as a normal outcome.
_NOISY_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "fontTools", "PIL", "alembic")


def quiet_third_parties() -> None:
    if not sys.warnoptions:
        warnings.simplefilter("ignore")
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    # A root logger with a handler keeps logging's "last resort" (stderr) from printing any
    # other library's record; the product reports through its own messages, not logging.
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())
