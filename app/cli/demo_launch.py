"""`make run`: open Permit Desk on a demo store, creating it (with demo data) on first use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEMO_PASSPHRASE = "demo-passphrase-2026"
DEMO_USERS = {
    "vadovas": (["head", "admin"], "Jonas Žukauskas", "Direktorius"),
    "pavaduotojas": (["deputy"], "Aušra Čepulienė", "Direktoriaus pavaduotoja"),
    "rastine": (["clerk"], "Rūta Šimkutė", "Raštinės vedėja"),
    "saugumas": (["security_officer"], "Gintarė Ąžuolaitė", "Saugumo pareigūnė"),
    "inspektorius": (["inspector"], "Vytautas Ėmužis", "Vidaus auditorius"),
}


def demo_store_path() -> Path:
    env = os.environ.get("PERMIT_DESK_STORE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("permit-desk", appauthor=False)) / "demo" / "permit-desk-demo.db"


def ensure_demo_store(path: Path, staff: int = 2000, requests: int = 20000) -> bool:
    """Create the demo store if it is missing; True when it was created now."""
    from app.services import demo, users
    from app.services.opening import init_store
    from app.store.store import StorePaths

    if StorePaths(path).exists():
        return False
    print(f"Creating the demo store at {path} (first run only)...", flush=True)
    new = init_store(path, institution="Demonstracinė valstybės institucija",
                     head_username="vadovas", head_full_name=DEMO_USERS["vadovas"][1],
                     passphrase=DEMO_PASSPHRASE, bind=False, institution_code="188600000",
                     institution_address="Gedimino pr. 1, LT-01103 Vilnius",
                     head_position="Direktorius")
    desk = new.desk
    try:
        for name, (roles, full, position) in DEMO_USERS.items():
            if name != "vadovas":
                users.add_user(desk, name, full_name=full, roles=roles,
                               passphrase=DEMO_PASSPHRASE, position=position)
        demo.generate(desk, staff=staff, requests=requests, seed=2026)
        from app.services import signing_setup

        signing_setup.install_demo_signer(desk, path.parent)
    finally:
        desk.lock()
    print(f"Demo store ready. Users: {', '.join(DEMO_USERS)}; passphrase: {DEMO_PASSPHRASE}")
    return True


def main() -> int:
    from app.hardening import no_core_dumps
    from app.quiet import quiet_third_parties

    no_core_dumps()  # the keys in memory never reach a core file
    quiet_third_parties()
    path = demo_store_path()
    ensure_demo_store(path)
    from ui.app import run

    return run(store=path, demo_passphrase=DEMO_PASSPHRASE)


if __name__ == "__main__":
    sys.exit(main())
