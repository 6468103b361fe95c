"""What the program's entry points do first: a crash never writes the keys to disk.

While a command or the window runs, its memory holds the master key, the database key and
the passphrase (Python cannot reliably wipe them). A core dump would write that memory to
disk in clear, where anyone who can read the dump folder (or systemd-coredump's store, or
a crash report) reads the keys. Called by `permit-desk` (app.cli.main), `make run`
(app.cli.demo_launch) and the window (ui.app.run), beside quiet_third_parties().

- Linux: RLIMIT_CORE is set to 0 (soft and hard, so nothing in the process raises it
  again) and PR_SET_DUMPABLE to 0, which also stops a core pipe handler
  (systemd-coredump, apport) from collecting the process, and stops other processes of the
  same user from attaching a debugger (ptrace) or reading /proc/PID/mem. Root still can.
- macOS and other Unix: RLIMIT_CORE 0 only.
- Windows: SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) so a crash shows no
  Windows Error Reporting dialog and is not queued for upload from it, and
  WerAddExcludedApplication excludes the program from Windows Error Reporting for the
  user. A machine whose administrator configured WER LocalDumps in the registry, or that
  runs a debugger such as ProcDump, can still capture a full dump: that is the machine
  owner's choice and cannot be refused from inside the process. Untested here (the CI is
  Linux).
Each step is best effort: a platform that refuses one still runs the program.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def no_core_dumps() -> tuple[str, ...]:
    """Turn core dumps off for this process; returns what was done, for `doctor` and tests."""
    done: list[str] = []
    if sys.platform == "win32":
        done += _windows()
        return tuple(done)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("core size limit 0")
    except (ImportError, OSError, ValueError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
        except (OSError, AttributeError):
            pass
    return tuple(done)


def _windows() -> list[str]:  # pragma: no cover - Windows only
    import ctypes

    done = []
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        done.append("no error reporting dialog")
    except (OSError, AttributeError):
        pass
    try:
        wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined,unused-ignore]
        if wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False) == 0:
            done.append("excluded from error reporting")
    except (OSError, AttributeError):
        pass
    return done
