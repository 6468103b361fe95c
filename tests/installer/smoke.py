"""The installed app's smoke run through its command line, as an administrator would script it.

Used by the installer tests and by `.ci/run`:
    python -m tests.installer.smoke WORKDIR -- /path/to/permit-desk [args...]
The command under test may be an installed launcher, a frozen build or the .deb's
/usr/bin/permit-desk; this process only makes the inputs (a CSV, a test PKCS#12).
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

PASSPHRASES = {
    "vadovas": "head-passphrase-2026",
    "rastine": "clerk-passphrase-2026",
    "saugumas": "security-passphrase-2026",
}
PERSON = "48503140127"  # a valid Lithuanian personal code (F, 1985-03-14)
STAFF_CSV = (
    "\ufeffpersonal_code;last_name;first_name;position;unit;category;clearance_level;"
    "clearance_number;clearance_issued;clearance_valid_until\r\n"
    f"{PERSON};Žukauskienė;Aušra;Vyriausioji specialistė;Analizės skyrius;"
    "valstybės tarnautojas;Slaptai;SL-001;2024-01-15;2029-01-14\r\n"
    "37911023450;Čepulis;Šarūnas;Patarėjas;Ryšių skyrius;darbuotojas;;;;\r\n"
)
P12_PASSWORD = "slaptas-1"


class SmokeFailure(AssertionError):
    pass


def isolated_env(workdir: Path) -> dict[str, str]:
    """A clean home, no pip or Qt surprises, the store in the work directory."""
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PERMIT_DESK_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen", PERMIT_DESK_STORE=str(workdir / "store" / "pd.db"),
               LANG="C.UTF-8")
    return env


class Cli:
    def __init__(self, command: Sequence[str], workdir: Path,
                 env: dict[str, str] | None = None) -> None:
        self.command = list(command)
        self.workdir = workdir
        self.env = env or isolated_env(workdir)
        self.log: list[str] = []

    def __call__(self, user: str | None, *args: str | Path, ok: bool = True,
                 extra_env: dict[str, str] | None = None,
                 timeout: float = 180) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if user:
            env["PERMIT_DESK_PASSPHRASE"] = PASSPHRASES[user]
            env["PERMIT_DESK_USER"] = user
        env.update(extra_env or {})
        argv = [*self.command, *map(str, args)]
        out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout,
                             cwd=self.workdir)
        step = " ".join(map(str, args[:2]))
        if ok and out.returncode != 0:
            raise SmokeFailure(f"`{step}` exited {out.returncode}:\n{out.stdout}\n{out.stderr}")
        if "Traceback" in out.stderr:
            raise SmokeFailure(f"`{step}` printed a traceback:\n{out.stderr}")
        self.log.append(f"ok {step}")
        return out


def make_signer(workdir: Path) -> tuple[Path, Path]:
    """A test CA and the head's PKCS#12 (tests/letters/pki.py), written to the work dir."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from tests.letters.pki import make_ca, make_leaf, write_p12

    root = make_ca("Testinis diegimo CA")
    p12 = write_p12(workdir / "vadovas.p12", make_leaf("Jonas Žukauskas", root), [root],
                    P12_PASSWORD)
    pem = workdir / "root.pem"
    pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    return p12, pem


def expect(cond: bool, what: str, out: subprocess.CompletedProcess[str]) -> None:
    if not cond:
        raise SmokeFailure(f"{what}:\n{out.stdout}\n{out.stderr}")


def doctor(cli: Cli) -> subprocess.CompletedProcess[str]:
    out = cli("vadovas", "doctor")
    lines = ["ok   schema", "ok   integrity", "ok   key slots", "ok   audit trail"]
    if sys.platform.startswith("linux"):  # SQLite's entry points reachable (app/store/malloc)
        lines.append("ok   sqlite: memory statistics off")
    for line in lines:
        expect(line in out.stdout, f"doctor lacks '{line}'", out)
    expect("FAIL" not in out.stdout, "doctor reported a failure", out)
    return out


def init_store(cli: Cli) -> None:
    out = cli("vadovas", "init", "--institution", "Testinė įstaiga", "--head", "vadovas",
              "--head-name", "Jonas Žukauskas", "--institution-code", "188692688",
              "--no-keyring")
    expect("RECOVERY KEY" in out.stdout, "init printed no recovery key", out)


def office_and_decision(cli: Cli, check: Callable[[subprocess.CompletedProcess[str]], None]
                        = lambda _out: None) -> str:
    """A clerk and a security officer added, two people imported, a request entered,
    submitted and approved by the head (no signer yet); its id. `check` also looks at each
    user add's output (the server run: nothing from the drivers on stderr)."""
    for user, role, name in (("rastine", "clerk", "Rūta Šimkutė"),
                             ("saugumas", "security_officer", "Gintarė Ąžuolaitė")):
        check(cli("vadovas", "user", "add", user, "--role", role, "--full-name", name,
                  extra_env={"PERMIT_DESK_NEW_PASSPHRASE": PASSPHRASES[user]}))
    csv = cli.workdir / "darbuotojai.csv"
    csv.write_text(STAFF_CSV, encoding="utf-8", newline="")
    out = cli("saugumas", "staff", "import", csv)
    expect("Imported: 2 added" in out.stdout, "staff import", out)
    today = datetime.date.today()
    depart, back = today + datetime.timedelta(days=40), today + datetime.timedelta(days=47)
    out = cli("rastine", "request", "new", "--person", PERSON, "--countries", "BY",
              "--depart", depart.isoformat(), "--return", back.isoformat(),
              "--purpose", "Aplankyti tėvus Gardine", "--reason-category", "family",
              "--crossing", "Medininkai")
    rid = out.stdout.strip()
    expect(rid.isdigit(), "request new printed no id", out)
    out = cli("rastine", "request", "submit", rid)
    expect("submitted" in out.stdout, "submit", out)
    out = cli("vadovas", "request", "decide", rid, "--approve", "--reason", "Pagrįsta")
    expect("approved" in out.stdout, "decide", out)
    return rid


def smoke_run(command: Sequence[str], workdir: Path) -> list[str]:
    """init, doctor, users, staff import, request new/submit/decide, signer, letter, verify."""
    workdir.mkdir(parents=True, exist_ok=True)
    cli = Cli(command, workdir)
    init_store(cli)
    doctor(cli)
    rid = office_and_decision(cli)
    p12, root = make_signer(workdir)
    cli("vadovas", "signer", "set", "--pkcs12", p12)
    letter = workdir / "leidimas.pdf"
    out = cli("vadovas", "letter", rid, "--out", letter,
              extra_env={"PERMIT_DESK_PIN": P12_PASSWORD})
    expect(letter.exists() and letter.read_bytes().startswith(b"%PDF"), "no letter", out)
    out = cli("rastine", "verify", letter, "--trust", root)
    expect("VALID: intact" in out.stdout, "the letter did not verify", out)
    out = cli("vadovas", "audit", "verify")
    doctor(cli)
    return cli.log


# What `doctor` says about a store on a server reached as app/store/server.py promises:
# TLS, the server's certificate checked against the CA, SCRAM with channel binding.
SERVER_DOCTOR_LINES = ("ok   TLS: ", "ok   certificate: verified (sslmode verify-full)",
                       "ok   SCRAM: ", "ok   audit trail")
# Words that would mean psycopg, libpq or SQLAlchemy spoke up on stderr (a warning about a
# missing C implementation or libpq, a deprecation, a traceback).
QUIET = ("psycopg", "libpq", "sqlalchemy", "warning", "traceback", "error")


def quiet(out: subprocess.CompletedProcess[str]) -> None:
    said = [word for word in QUIET if word in out.stderr.lower()]
    expect(not said, f"stderr mentions {said}", out)


def server_smoke_run(cli: Cli, setup_user: str, setup_password: str,
                     doctor_cli: Cli | None = None) -> list[str]:
    """On an empty database: `server setup` (the schema made by the app's own migrations),
    doctor (TLS, certificate, SCRAM), two users added (each a PostgreSQL login), a staff
    import and a request taken to a decision (writes through psycopg), `request list`.
    `cli` carries `--store postgresql://...?sslrootcert=CA`; `doctor_cli` is the same
    command under a tracer, if the caller watches doctor's connections."""
    out = cli("vadovas", "server", "setup", "--institution", "Testinė įstaiga", "--head",
              "vadovas", "--head-name", "Jonas Žukauskas", "--institution-code", "188692688",
              "--setup-user", setup_user,
              extra_env={"PERMIT_DESK_SETUP_PASSWORD": setup_password})
    expect("Store created on postgresql://" in out.stdout, "server setup", out)
    quiet(out)
    out = (doctor_cli or cli)("vadovas", "doctor")
    for line in SERVER_DOCTOR_LINES:
        expect(line in out.stdout, f"doctor lacks '{line}'", out)
    expect("TLSv1." in out.stdout and "scram-sha-256" in out.stdout
           and "channel binding" in out.stdout, "doctor: TLS version or SCRAM", out)
    expect("FAIL" not in out.stdout, "doctor reported a failure", out)
    quiet(out)
    rid = office_and_decision(cli, check=quiet)
    out = cli("rastine", "request", "list", "--json")
    listed = {row["id"]: row for row in json.loads(out.stdout)}
    expect(listed.get(int(rid), {}).get("state") == "approved",
           "request list lacks the approved request", out)
    quiet(out)
    return cli.log


def main(argv: Sequence[str]) -> int:
    if "--" not in argv or argv.index("--") != 1:
        print(__doc__, file=sys.stderr)
        return 2
    workdir, command = Path(argv[0]), list(argv[2:])
    try:
        for line in smoke_run(command, workdir):
            print(line)
    except SmokeFailure as exc:
        print(f"SMOKE RUN FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke run passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
