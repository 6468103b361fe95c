"""What `doctor` can know about a store's server from one login's own connection: TLS, the
certificate check, SCRAM, data checksums, the server's version and the database's collation.

Encryption at rest is not among them: on a server it is the disk's job (LUKS or BitLocker),
which no database connection can see.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

MIN_SERVER_VERSION = 150000
# Prefix searches (LIKE 'abc%') use the indexes only under a byte-order collation.
C_COLLATIONS = ("C", "POSIX", "C.UTF-8", "C.utf8")


@dataclass(frozen=True)
class ServerFacts:
    ssl: bool
    tls_version: str
    cipher: str
    bits: int
    sslmode: str
    ca_file: str
    channel_binding: str
    password_encryption: str
    # The login's own stored verifier's kind ("SCRAM-SHA-256", "md5"), "" when this login may
    # not read pg_authid (only a superuser may).
    own_verifier: str
    data_checksums: bool
    server_version: str
    server_version_num: int
    collation: str
    ctype: str
    locale_provider: str

    @property
    def collation_is_c(self) -> bool:
        return self.locale_provider == "c" and self.collation in C_COLLATIONS

    @property
    def version_supported(self) -> bool:
        return self.server_version_num >= MIN_SERVER_VERSION


def server_facts(engine: Engine) -> ServerFacts:
    query = engine.url.query
    with engine.connect() as conn:
        ssl = conn.execute(text(
            "SELECT ssl, coalesce(version, ''), coalesce(cipher, ''), coalesce(bits, 0) "
            "FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).one()
        settings = {name: str(conn.execute(text(f"SHOW {name}")).scalar()) for name in
                    ("password_encryption", "data_checksums", "server_version",
                     "server_version_num")}
        db = conn.execute(text(
            "SELECT datcollate, datctype, datlocprovider FROM pg_database "
            "WHERE datname = current_database()")).one()
        verifier = ""
        if conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))\
                .scalar():
            stored = conn.execute(text("SELECT rolpassword FROM pg_authid "
                                       "WHERE rolname = current_user")).scalar()
            verifier = str(stored or "").split("$", 1)[0] if str(stored or "").startswith(
                "SCRAM-SHA-256$") else ("md5" if str(stored or "").startswith("md5") else "none")
        conn.rollback()
    return ServerFacts(
        ssl=bool(ssl[0]), tls_version=str(ssl[1]), cipher=str(ssl[2]), bits=int(ssl[3]),
        sslmode=str(query.get("sslmode", "")), ca_file=str(query.get("sslrootcert", "")),
        channel_binding=str(query.get("channel_binding", "")),
        password_encryption=settings["password_encryption"], own_verifier=verifier,
        data_checksums=settings["data_checksums"] == "on",
        server_version=settings["server_version"],
        server_version_num=int(settings["server_version_num"]),
        collation=str(db[0]), ctype=str(db[1]), locale_provider=str(db[2]))
