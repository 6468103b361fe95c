"""No third-party warning or log line reaches a user; the error path loads no pyHanko."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOISY = """
import logging, warnings
from app.quiet import quiet_third_parties
quiet_third_parties()
warnings.warn("old API", DeprecationWarning)
logging.getLogger("somelib").warning("a library's warning")
logging.getLogger("pyhanko.sign.validation").error("validation failed")
print("done")
"""


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**clean, **env})


def test_library_warnings_and_log_records_print_nothing() -> None:
    done = _run(NOISY)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "done\n"
    assert done.stderr == ""


def test_a_developer_still_sees_warnings_when_asking_for_them() -> None:
    done = _run(NOISY, PYTHONWARNINGS="default")
    assert "DeprecationWarning: old API" in done.stderr


def test_an_expected_cli_failure_is_one_sentence_and_loads_no_pyhanko(tmp_path: Path) -> None:
    code = f"""
import sys
from app.cli import main
rc = main(["--store", {str(tmp_path / "none.db")!r}, "--user", "x", "verify",
           {str(tmp_path / "missing.pdf")!r}])
print(rc, sorted(m for m in sys.modules if m.startswith("pyhanko")))
"""
    done = _run(code, PERMIT_DESK_PASSPHRASE="x")
    assert done.stdout.strip() == "1 []", done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("permit-desk: ")
