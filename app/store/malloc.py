"""SQLite's memory statistics off, so that two connections in two threads run in parallel.

With memory statistics on (SQLite's default, and how the sqlcipher3 wheel is built), every
allocation inside SQLite takes one process-wide mutex. Work that builds many strings (the
export's CSV, JSON and XLSX chunks) then runs on one core however many connections do it:
two connections building JSON took 4.44 s where one took 2.29 s; with the statistics off,
2.65 s. SQLite recommends building without them (SQLITE_DEFAULT_MEMSTATUS=0); the wheel was
not, so the setting is made at run time, the only way SQLite allows: shut the library down,
configure it, start it again. That is safe only while no connection is open, so it runs
when this module is first imported, before app.store.engine opens anything. Where the
library's entry points are not reachable (a Windows build exports none), nothing changes.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

SQLITE_OK = 0
SQLITE_CONFIG_MEMSTATUS = 9

_state = "not tried"


def _library() -> ctypes.CDLL | None:
    import sqlcipher3

    for base in sqlcipher3.__path__:
        for so in sorted(Path(base).glob("_sqlite3*")):
            if so.suffix in (".so", ".pyd", ".dylib"):
                return ctypes.CDLL(str(so))
    return None


def memstatus_off() -> str:
    """Turn SQLite's memory statistics off once per process; say what happened."""
    global _state
    if _state != "not tried":
        return _state
    try:
        lib = _library()
        if lib is None:
            _state = "library not found"
            return _state
        shutdown, config, initialize = (lib.sqlite3_shutdown, lib.sqlite3_config,
                                        lib.sqlite3_initialize)
    except (OSError, AttributeError):
        _state = "entry points not exported"
        return _state
    if shutdown() != SQLITE_OK:
        _state = "shutdown refused"
        return _state
    rc = config(SQLITE_CONFIG_MEMSTATUS, ctypes.c_int(0))
    if initialize() != SQLITE_OK:  # pragma: no cover - SQLite starts again on first open
        _state = "initialize failed"
        return _state
    _state = "off" if rc == SQLITE_OK else f"config refused ({rc})"
    return _state


def memory_used() -> int | None:
    """SQLite's count of bytes in use (stays put once the statistics are off)."""
    try:
        lib = _library()
        if lib is None:
            return None
        fn = lib.sqlite3_memory_used
    except (OSError, AttributeError):
        return None
    fn.restype = ctypes.c_int64
    return int(fn())
