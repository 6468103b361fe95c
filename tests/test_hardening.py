"""A running command holds the master key, the database key and the passphrase in memory: its
entry point turns core dumps off first, so a crash never writes them to disk in clear."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Reads what the kernel says about the process after the CLI's entry point ran (an expected
# failure: no store, no letter), in the same process.
AFTER_MAIN = """
import ctypes, resource, sys
from app.cli import main
rc = main(["--store", {store!r}, "--user", "x", "verify", {pdf!r}])
libc = ctypes.CDLL(None, use_errno=True)
print("rc", rc)
print("dumpable", libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
print("rlimit_core", *resource.getrlimit(resource.RLIMIT_CORE))
with open("/proc/self/limits") as f:
    print([line.split()[4:6] for line in f if line.startswith("Max core file size")][0])
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PERMIT_DESK_PASSPHRASE="x")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env)


def test_the_command_line_turns_core_dumps_off(tmp_path: Path) -> None:
    # Whatever the shell allowed before, as a developer's `ulimit -c unlimited` would.
    code = ("import resource; resource.setrlimit(resource.RLIMIT_CORE, "
            "(resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
            + AFTER_MAIN.format(store=str(tmp_path / "none.db"),
                                pdf=str(tmp_path / "missing.pdf")))
    done = _run(code)
    assert done.stdout.splitlines() == ["rc 1", "dumpable 0", "rlimit_core 0 0",
                                        "['0', '0']"], done.stdout + done.stderr
    assert done.stderr.startswith("permit-desk: ")


def test_before_the_entry_point_a_process_may_dump() -> None:
    """The check above measures the entry point, not the test machine's defaults."""
    done = _run("import ctypes; print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))")
    assert done.stdout.strip() == "1", done.stdout + done.stderr


def test_hardening_is_idempotent_and_reports_what_it_did() -> None:
    done = _run("from app.hardening import no_core_dumps\n"
                "print(no_core_dumps()); print(no_core_dumps())")
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == second == "('core size limit 0', 'not dumpable')"
