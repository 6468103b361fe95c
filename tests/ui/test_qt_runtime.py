"""The Qt binding itself: a long session emits signals and processes events many times."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal, QCoreApplication
app = QCoreApplication([])
class O(QObject):
    s = Signal(object)
o = O(); got = []
o.s.connect(lambda v: got.append(v))
for i in range(20000):
    o.s.emit(i)
for i in range(40000):
    app.processEvents()
print(len(got))
"""


def test_signals_and_event_processing_survive_a_long_session() -> None:
    # PySide6 6.12.0 aborted here with "bool_dealloc" after about a thousand emits.
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "20000"
