"""Entry point of the frozen build: the same `permit-desk` command line (no command: the window)."""

import multiprocessing
import os
import sys

# A store on a server goes through psycopg's C implementation and the libpq bundled with it
# (psycopg_binary, frozen in); never psycopg's fallback onto whatever libpq the machine has.
os.environ.setdefault("PSYCOPG_IMPL", "binary")

from app.cli import main  # noqa: E402 (after PSYCOPG_IMPL, which psycopg reads on import)

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
