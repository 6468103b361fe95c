"""A real, throwaway PostgreSQL cluster for tests: TLS with a CA made here, SCRAM logins only.

The cluster is what an institution's server looks like from a workstation, not a
convenience copy: it listens on 127.0.0.1 only, accepts nothing but `hostssl ... scram-sha-256`
(no trust, no plain `host`, no unix-socket logins), and presents a server certificate
for localhost/127.0.0.1 issued by a CA that exists only for this run, so a client must use
`sslmode=verify-full` against `ca_pem` to connect at all.

initdb and postgres refuse to run as root, and CI runs as root: then every server program
runs as the `postgres` system user (created if missing) and the cluster's directory is
handed to it. A developer who is not root runs them as themselves.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVICE_USER = "postgres"
NOT_INSTALLED = ("PostgreSQL is not installed: sudo apt-get install postgresql "
                 "(make system-test-packages does it)")


class PostgresMissing(RuntimeError):
    """The PostgreSQL server programs (initdb, pg_ctl, postgres) are not on this machine."""


def find_bindir() -> Path:
    """The newest PostgreSQL server bin directory (initdb lives there, not on PATH)."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                             check=False)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(Path(out.stdout.strip()))
    initdb = shutil.which("initdb")  # distributions that put the server programs on PATH
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    versions = []
    for d in Path("/usr/lib/postgresql").glob("*/bin"):
        try:
            versions.append((int(d.parent.name), d))
        except ValueError:
            continue
    candidates += [d for _, d in sorted(versions, reverse=True)]
    for d in candidates:
        if all((d / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres", "pg_isready")):
            return d
    raise PostgresMissing(NOT_INSTALLED)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _make_tls(directory: Path) -> tuple[Path, Path, Path]:
    """A CA for this run and a server certificate it issues for localhost and 127.0.0.1."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Permit Desk test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_pem = directory / "ca.pem"
    ca_pem.write_bytes(_pem(ca))
    crt = directory / "server.crt"
    crt.write_bytes(_pem(cert) + _pem(ca))
    key_file = directory / "server.key"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return ca_pem, crt, key_file


class PgServer:
    """One cluster: `start()` it, hand out URLs and fresh databases, `stop()` it."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.base: Path | None = None
        self.data: Path | None = None
        self.port = 0
        self.password = secrets.token_urlsafe(24)
        self.ca_pem = Path()
        self._as_service_user = os.geteuid() == 0

    # ---- running the server's programs -----------------------------------------------------
    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / tool), *args]
        if self._as_service_user:
            cmd = ["runuser", "-u", SERVICE_USER, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
        if check and done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}")
        return done

    def _hand_over(self, path: Path) -> None:
        """Give the cluster's files to the service user (only when we run as root)."""
        if not self._as_service_user:
            return
        user = pwd.getpwnam(SERVICE_USER)
        for root, dirs, files in os.walk(path):
            os.chown(root, user.pw_uid, user.pw_gid)
            for name in dirs + files:
                os.chown(os.path.join(root, name), user.pw_uid, user.pw_gid)

    @staticmethod
    def _ensure_service_user() -> None:
        try:
            pwd.getpwnam(SERVICE_USER)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", SERVICE_USER],
                           check=True, capture_output=True)

    # ---- life cycle ----------------------------------------------------------------------------
    def start(self, base_dir: Path | None = None) -> PgServer:
        """initdb, TLS, a locked-down pg_hba.conf, then start and wait until it accepts.

        `base_dir` must be reachable by the service user; by default a new directory under
        the system's temporary directory (pytest's own are private to root)."""
        if self._as_service_user:
            self._ensure_service_user()
        base = Path(base_dir) if base_dir else Path(tempfile.mkdtemp(prefix="permit-desk-pg-"))
        base.mkdir(parents=True, exist_ok=True)
        base.chmod(0o755)  # the service user walks in; the data dir itself stays 0700
        self.base = base
        self.data = base / "data"
        sock = base / "sock"
        sock.mkdir()
        pwfile = base / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        pwfile.chmod(0o600)
        self._hand_over(base)
        self._run("initdb", "--pgdata", str(self.data), "--username", "postgres",
                  "--pwfile", str(pwfile), "--auth=scram-sha-256", "--data-checksums",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions")
        pwfile.unlink()
        tls = base / "tls"
        tls.mkdir()
        self.ca_pem, crt, key = _make_tls(tls)
        self.port = _free_port()
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{sock}'",
            "ssl": "on",
            "ssl_cert_file": f"'{crt}'",
            "ssl_key_file": f"'{key}'",
            "ssl_min_protocol_version": "'TLSv1.2'",
            "password_encryption": "'scram-sha-256'",
            "max_connections": "100",
            # A throwaway cluster: losing it in a power cut costs nothing, waiting for the
            # disk on every commit costs minutes over a test run.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# Permit Desk test cluster\n")
            conf.writelines(f"{k} = {v}\n" for k, v in settings.items())
        # Only TLS with a SCRAM password from the loopback address: no trust, no plain host,
        # no unix-socket logins.
        (self.data / "pg_hba.conf").write_text(
            "hostssl all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        self._hand_over(base)
        self._run("pg_ctl", "--pgdata", str(self.data), "--log", str(base / "server.log"),
                  "--wait", "--timeout", "60", "start")
        for _ in range(100):
            if self._run("pg_isready", "-h", "127.0.0.1", "-p", str(self.port),
                         "-t", "5", check=False).returncode == 0:
                return self
        raise RuntimeError(f"PostgreSQL did not become ready: see {base / 'server.log'}")

    def stop(self) -> None:
        """Stop at once (nothing here needs a clean shutdown) and remove every file."""
        if self.data is not None and (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "--pgdata", str(self.data), "--mode", "immediate", "--wait",
                      "stop", check=False)
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
        self.base = self.data = None

    def log(self) -> str:
        """The server's log so far (for a test's failure message)."""
        if self.base is None:
            return ""
        path = self.base / "server.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    # ---- addresses -----------------------------------------------------------------------------
    def url(self, user: str, password: str, dbname: str) -> str:
        """A SQLAlchemy URL that verifies the server against this run's CA."""
        return (f"postgresql+psycopg://{quote(user, safe='')}:{quote(password, safe='')}"
                f"@localhost:{self.port}/{quote(dbname, safe='')}"
                f"?sslmode=verify-full&sslrootcert={quote(str(self.ca_pem))}")

    def dsn(self, user: str, password: str, dbname: str, sslmode: str = "verify-full") -> str:
        """The same address as a libpq URI, for psycopg.connect()."""
        return (f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}"
                f"@localhost:{self.port}/{quote(dbname, safe='')}"
                f"?sslmode={sslmode}&sslrootcert={quote(str(self.ca_pem))}")

    def superuser_url(self, dbname: str = "postgres") -> str:
        return self.url("postgres", self.password, dbname)

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        return self.dsn("postgres", self.password, dbname)

    def create_database(self, name: str) -> str:
        """A new empty database (a copy of template0: cheap), returning its name."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.superuser_dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'")
                         .format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.superuser_dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                         .format(sql.Identifier(name)))
