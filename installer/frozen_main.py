"""Entry point of the frozen build: the same `permit-desk` command line (no command: the window)."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
