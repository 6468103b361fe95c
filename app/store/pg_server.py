"""The PostgreSQL server enforcing Permit Desk's roles and its append-only audit trail.

Who is who on the server
    Every Permit Desk user is their own LOGIN role, a member of one NOLOGIN group role per
    Permit Desk role they hold (`GROUPS`: permit_desk_head, _deputy, _clerk,
    _security_officer, _inspector, _admin). Table privileges are granted to the groups only,
    never to a login. `permit_desk_owner` (NOLOGIN) owns every table; the IT administrator
    runs migrations as a PostgreSQL superuser with `SET ROLE permit_desk_owner`.
    `permit_desk_keeper` (NOLOGIN, CREATEROLE) owns the few SECURITY DEFINER functions that
    create and drop logins and grant group membership; only permit_desk_admin may call them,
    so a Permit Desk admin manages users without holding CREATEROLE themselves. Group roles
    are cluster-wide in PostgreSQL: one cluster serves one institution.

What the database refuses, whoever asks
    * Privileges follow what the services write (`WRITES`, read from app/services and
      app/exchange): the inspector only reads (and appends audit entries, since reads are
      audited), the clerk cannot write decisions, only the admin changes users and policy.
    * audit_entry, audit_checkpoint and decision are append-only for everyone, the owner
      and its members included: BEFORE UPDATE OR DELETE row triggers and BEFORE TRUNCATE
      statement triggers refuse with a sentence. No service updates a decision row (a
      reconsideration adds a new row that supersedes the old), so the whole row is protected.
    * The owner owns those tables and so could drop or disable the triggers: two event
      triggers (made by the superuser, which only a superuser can remove) refuse any DDL on
      the protected tables, any drop of them, of their triggers or of the guard functions,
      and check after every DDL that each protective trigger still exists and is enabled.
      The guard functions belong to the superuser who ran `secure()`, so the owner cannot
      replace their bodies either. A superuser session is let through: it could drop the
      event triggers anyway, and future migrations of these tables need it.
    * Row-level security (forced, so the owner too): an audit entry can be inserted only in
      the name of the login inserting it (username = session_user).
    * The chain is checked under the database's own serialisation: the one-row table
      audit_chain_head (the superuser's, so the owner cannot move it) is locked FOR UPDATE
      by the insert trigger, the new entry must carry seq = head.seq + 1 and prev_hash =
      head.hash, and its hash is recomputed in SQL exactly as
      app.domain.audit_chain.entry_hash computes it (a test compares the two encodings for
      every Unicode code point and for random text), so a forked or forged entry is
      refused at the INSERT. Two writers that both read the same last entry cannot both
      commit: the second waits on the head row, then finds its seq taken.

Live worklists: statement-level AFTER triggers on the tables worklists read (`NOTIFIED`)
send `pg_notify('permit_desk_changes', '{"kind": "request", "ids": [..]}')`, delivered at
COMMIT; ids only, since every login can LISTEN (app.store.notify hears them). Settings, users
and the policy (`NOTIFIED_WHOLE`) say their kind only.

Passwords never reach the server in clear: the client computes the SCRAM-SHA-256 verifier
(libpq's PQencryptPasswordConn) and only that is sent, so no log line can hold a password.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from app.domain.audit_chain import ENTRY_DOMAIN, GENESIS
from app.domain.enums import Role

OWNER = "permit_desk_owner"
KEEPER = "permit_desk_keeper"
GROUPS: dict[str, str] = {r.value: f"permit_desk_{r.value}" for r in Role}

APPEND_ONLY = ("audit_entry", "audit_checkpoint", "decision")
CHAIN_HEAD = "audit_chain_head"

_H, _D, _C, _S, _I, _A = (Role.HEAD, Role.DEPUTY, Role.CLERK, Role.SECURITY_OFFICER,
                          Role.INSPECTOR, Role.ADMIN)
_ENTER = (_C, _S, _H, _D)  # app.services.requests.ENTER_ROLES
_EVERYONE = tuple(Role)

# table -> privilege -> roles whose services write it that way. Every group also reads
# every table; nobody gets UPDATE, DELETE or TRUNCATE on APPEND_ONLY (the triggers would
# refuse it anyway). Where a privilege comes from:
WRITES: dict[str, dict[str, tuple[Role, ...]]] = {
    # settings.py, backups.py, letters.py (trust settings: admin; "choose the signer": head)
    # A deputy's signing certificate joins the signer register when they sign: rows of their
    # own key prefix only (row-level security, _secure_settings).
    "setting": {"INSERT": (_A, _H, _D), "UPDATE": (_A, _H, _D), "DELETE": (_A,)},
    # staff.py and staff import (WRITERS)
    "person": {"INSERT": (_S, _A), "UPDATE": (_S, _A)},
    # clearances.py WRITERS; the head withdraws one when a reviewed declaration is a violation
    "clearance": {"INSERT": (_S, _A), "UPDATE": (_S, _A, _H)},
    "clearance_event": {"INSERT": (_S, _A, _H)},
    # users.py: add, deactivate, link, set roles
    "app_user": {"INSERT": (_A,), "UPDATE": (_A,)},
    "user_role": {"INSERT": (_A,), "DELETE": (_A,)},
    "delegation": {"INSERT": (_H,), "UPDATE": (_H,)},
    "policy_version": {"INSERT": (_A,)},
    # requests.py: enter/edit (legs, companions, contacts replaced), every state change
    "travel_request": {"INSERT": _ENTER, "UPDATE": _ENTER},
    "itinerary_leg": {"INSERT": _ENTER, "UPDATE": _ENTER, "DELETE": _ENTER},
    "companion": {"INSERT": _ENTER, "UPDATE": _ENTER, "DELETE": _ENTER},
    "foreign_contact": {"INSERT": _ENTER, "UPDATE": _ENTER, "DELETE": _ENTER},
    "request_event": {"INSERT": _ENTER},
    "state_count": {"INSERT": _ENTER, "UPDATE": _ENTER},
    # kept beside state_count by the same writers (transitions.py: state, depart, countries, legs)
    "request_tally": {"INSERT": _ENTER, "UPDATE": _ENTER},
    "leg_tally": {"INSERT": _ENTER, "UPDATE": _ENTER},
    # decisions.py: the head, or a deputy under a delegation
    "decision": {"INSERT": (_H, _D)},
    "declaration": {"INSERT": _ENTER, "UPDATE": (_S, _H)},
    # a return (clerk, security officer) opens the debrief; the security officer records it
    "debrief": {"INSERT": (_C, _S), "UPDATE": (_S,)},
    "violation": {"INSERT": (_S, _H)},
    # queued with decisions (head, deputy), by hand (clerk), with violations (security
    # officer, head); signed by head/deputy; printed or re-languaged by the clerk too
    "letter": {"INSERT": (_H, _D, _C, _S), "UPDATE": (_H, _D, _C)},
    "register_counter": {"INSERT": (_H, _D, _C, _S), "UPDATE": (_H, _D, _C, _S)},
    "trust_anchor": {"INSERT": (_A,)},
    "revocation_list": {"INSERT": (_A,)},
    # every action is audited, refusals and reads included
    "audit_entry": {"INSERT": _EVERYONE},
    "audit_checkpoint": {"INSERT": _EVERYONE},
}

# A login name the keeper functions accept: lower-case ASCII (psql folds unquoted names to
# lower case, so a mixed-case login would be a trap), not a system or Permit Desk role name.
_SAFE_LOGIN = r"^[a-z0-9_][a-z0-9_.-]{0,62}$"
_SAFE_LOGIN_RE = re.compile(_SAFE_LOGIN)


def check_login_name(username: str) -> str:
    """The name itself if it can be a Permit Desk login; ValueError with a sentence if not."""
    if not _SAFE_LOGIN_RE.fullmatch(username) or username.startswith(("pg_", "permit_desk_")) \
            or username in ("postgres", "public"):
        raise ValueError(f"{username!r} cannot be a server login: use 1-63 lower-case letters, "
                         "digits, dots, dashes or underscores, not starting with pg_ or "
                         "permit_desk_.")
    return username


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _run(conn: Connection, sql: str) -> None:
    """Run SQL text as is on the driver connection (no parameter parsing: `%` is literal)."""
    conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]


def _scalar(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = conn.connection.driver_connection.execute(sql, params).fetchone()  # type: ignore[union-attr]
    return None if row is None else row[0]


# ---- prepare: roles and database-level privileges (superuser) -------------------------------


def prepare(conn: Connection) -> None:
    """Create the group, owner and keeper roles and close the database to everyone else.

    Run by the IT administrator as a PostgreSQL superuser, connected to the Permit Desk
    database; safe to run again."""
    for role in [*GROUPS.values(), OWNER]:
        _run(conn, f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {_ident(role)} NOLOGIN;
            END IF; END $$""")
    _run(conn, f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{KEEPER}') THEN
            CREATE ROLE {_ident(KEEPER)} NOLOGIN CREATEROLE;
        END IF; END $$""")
    db = _ident(str(_scalar(conn, "SELECT current_database()")))
    _run(conn, f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    _run(conn, "REVOKE ALL ON SCHEMA public FROM PUBLIC")
    for role in [*GROUPS.values(), OWNER]:
        _run(conn, f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {_ident(role)}")
        _run(conn, f"GRANT USAGE ON SCHEMA public TO {_ident(role)}")
    _run(conn, f"GRANT CREATE ON SCHEMA public TO {_ident(OWNER)}")


def install_schema(conn: Connection) -> None:
    """Create or upgrade the tables as permit_desk_owner (a superuser runs this)."""
    from app.store import schema

    _run(conn, f"SET ROLE {_ident(OWNER)}")
    try:
        schema.upgrade(conn)
    finally:
        _run(conn, "RESET ROLE")


# ---- secure: privileges, append-only guards, the chain, login management (superuser) -------


def _grant_tables(conn: Connection) -> None:
    tables = [str(t) for (t,) in conn.connection.driver_connection.execute(  # type: ignore[union-attr]
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> %s",
        (CHAIN_HEAD,)).fetchall()]
    groups = ", ".join(_ident(g) for g in GROUPS.values())
    for table in tables:
        _run(conn, f"REVOKE ALL ON TABLE {_ident(table)} FROM PUBLIC, {groups}")
        _run(conn, f"GRANT SELECT ON TABLE {_ident(table)} TO {groups}")
    for table, privileges in WRITES.items():
        if table not in tables:
            continue
        for privilege, roles in privileges.items():
            to = ", ".join(_ident(GROUPS[r.value]) for r in roles)
            _run(conn, f"GRANT {privilege} ON TABLE {_ident(table)} TO {to}")
        if "INSERT" in privileges:
            # The sequences behind its serial columns (an INSERT takes the next id).
            seqs = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "SELECT s.oid::regclass::text FROM pg_depend d JOIN pg_class s"
                " ON s.oid = d.objid AND s.relkind = 'S'"
                " WHERE d.refobjid = %s::regclass AND d.deptype IN ('a', 'i')",
                (f"public.{table}",)).fetchall()
            to = ", ".join(_ident(GROUPS[r.value]) for r in privileges["INSERT"])
            for (seq,) in seqs:
                _run(conn, f"GRANT USAGE ON SEQUENCE {seq} TO {to}")
    # pg_dump reads every sequence's position (SELECT last_value), and the administrator takes
    # the backups (app.exchange.pg_backup); a position tells nothing that max(id) does not.
    _run(conn, "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO "
               f"{_ident(GROUPS[Role.ADMIN.value])}")


_GUARDS = """
CREATE OR REPLACE FUNCTION public.permit_desk_refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
        'The %%s table is append-only: a recorded entry can never be changed or deleted, '
        'not even by its owner.', TG_TABLE_NAME);
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_refuse_ddl() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    cmd record;
    -- By oid as well as by name, so a rename cannot take a table out of the list.
    protected oid[] := ARRAY(SELECT c.oid FROM pg_class c
        WHERE c.oid = ANY (ARRAY[%(protected_oids)s]::oid[])
           OR (c.relnamespace = 'public'::regnamespace
               AND c.relname = ANY (ARRAY[%(protected)s])));
    guards oid[] := ARRAY(SELECT p.oid FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'permit\\_desk\\_%%');
    missing text;
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN;  -- a superuser could drop this event trigger anyway
    END IF;
    FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF (cmd.classid = 'pg_class'::regclass AND cmd.objid = ANY (protected))
           OR (cmd.classid = 'pg_trigger'::regclass AND (SELECT tgrelid FROM pg_trigger
                WHERE oid = cmd.objid) = ANY (protected))
           OR (cmd.classid = 'pg_rewrite'::regclass AND (SELECT ev_class FROM pg_rewrite
                WHERE oid = cmd.objid) = ANY (protected))
           OR (cmd.classid = 'pg_policy'::regclass AND (SELECT polrelid FROM pg_policy
                WHERE oid = cmd.objid) = ANY (protected))
           OR (cmd.classid = 'pg_proc'::regclass AND cmd.objid = ANY (guards)) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
                '%%s on %%s is refused: the audit trail and recorded decisions, and what '
                'protects them, cannot be changed on this server.',
                cmd.command_tag, cmd.object_identity);
        END IF;
    END LOOP;
    SELECT string_agg(format('%%s.%%s', c.relname, g.fn), ', ') INTO missing
    FROM pg_class c
    CROSS JOIN (VALUES ('permit_desk_refuse_change'), ('permit_desk_refuse_truncate'))
        AS g(fn)
    WHERE c.oid = ANY (protected) AND c.relname = ANY (ARRAY[%(append_only)s])
      AND NOT EXISTS (SELECT FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                      WHERE t.tgrelid = c.oid AND p.proname = g.fn AND t.tgenabled IN ('O', 'A'));
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'Refused: the protective triggers %%s would be missing or disabled.', missing);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_refuse_drop() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    obj record;
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN;
    END IF;
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        IF (obj.object_type = 'table' AND (obj.objid = ANY (ARRAY[%(protected_oids)s]::oid[])
                OR (obj.schema_name = 'public' AND obj.object_name = ANY (ARRAY[%(protected)s])))
           )
           OR (obj.object_type IN ('trigger', 'rule', 'policy')
                AND obj.address_names[2] = ANY (ARRAY[%(protected)s]))
           OR (obj.object_type = 'function' AND obj.schema_name = 'public'
                AND obj.object_identity LIKE 'public.permit\\_desk\\_%%') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
                'Dropping %%s %%s is refused: the audit trail and recorded decisions, and '
                'what protects them, cannot be removed on this server.',
                obj.object_type, obj.object_identity);
        END IF;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_refuse_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
        'The %%s table is append-only: it can never be emptied, not even by its owner.',
        TG_TABLE_NAME);
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_chain_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    head record;
    expected text;
BEGIN
    SELECT seq, hash INTO head FROM public.audit_chain_head FOR UPDATE;
    IF NEW.seq IS DISTINCT FROM head.seq + 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = format(
            'Audit entry %%s does not continue the audit trail, which ends at entry %%s.',
            NEW.seq, head.seq);
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM head.hash THEN
        RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = format(
            'Audit entry %%s does not link to the entry before it.', NEW.seq);
    END IF;
    expected := encode(sha256('\\x%(domain)s'::bytea || convert_to(
        '[' || NEW.seq::text || ',' || to_json(NEW.at)::text || ','
        || to_json(NEW.username)::text || ',' || to_json(NEW.acting_for)::text || ','
        || to_json(NEW.action)::text || ',' || to_json(NEW.entity)::text || ','
        || to_json(NEW.entity_id)::text || ',' || to_json(NEW.before)::text || ','
        || to_json(NEW.after)::text || ',' || to_json(NEW.prev_hash)::text || ']',
        'UTF8')), 'hex');
    IF NEW.hash IS DISTINCT FROM expected THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = format(
            'Audit entry %%s is refused: its hash is not the hash of its contents.', NEW.seq);
    END IF;
    UPDATE public.audit_chain_head SET seq = NEW.seq, hash = NEW.hash;
    RETURN NEW;
END $$;
"""

_KEEPER_FUNCTIONS = """
CREATE OR REPLACE FUNCTION public.permit_desk_managed(username text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    -- A login these functions may touch: a plain login, never a superuser or a role that
    -- can create roles, and never a member (even indirectly) of the owner or the keeper.
    SELECT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = username AND r.rolcanlogin
        AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                 OR r.rolbypassrls)
        AND NOT pg_has_role(r.oid, '%(owner)s', 'MEMBER')
        AND NOT pg_has_role(r.oid, '%(keeper)s', 'MEMBER'))
$$;

CREATE OR REPLACE FUNCTION public.permit_desk_check_request(
    username text, verifier text, groups text[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF username !~ '%(safe)s' OR username LIKE 'pg\\_%%' OR username LIKE 'permit\\_desk\\_%%'
       OR username IN ('postgres', 'public') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_name', MESSAGE = format(
            '%%L cannot be a server login.', username);
    END IF;
    IF verifier IS NOT NULL AND verifier !~
            '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_password', MESSAGE =
            'The password must arrive as a SCRAM-SHA-256 verifier, never in clear.';
    END IF;
    IF groups IS NOT NULL AND NOT groups <@ ARRAY[%(groups)s]::text[] THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE =
            'A login can only be given Permit Desk roles.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_add_login(
    username text, verifier text, groups text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE g text;
BEGIN
    PERFORM public.permit_desk_check_request(username, verifier, groups);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = username) THEN
        RAISE EXCEPTION USING ERRCODE = 'duplicate_object', MESSAGE = format(
            'The server already has a login %%L.', username);
    END IF;
    EXECUTE format('CREATE ROLE %%I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE '
                   'NOREPLICATION NOBYPASSRLS PASSWORD %%L', username, verifier);
    FOREACH g IN ARRAY groups LOOP
        EXECUTE format('GRANT %%I TO %%I', g, username);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_set_roles(username text, groups text[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE g text;
BEGIN
    PERFORM public.permit_desk_check_request(username, NULL, groups);
    IF NOT public.permit_desk_managed(username) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            '%%L is not a Permit Desk login that can be managed here.', username);
    END IF;
    FOREACH g IN ARRAY ARRAY[%(groups)s]::text[] LOOP
        IF pg_has_role(username, g, 'MEMBER') AND NOT g = ANY (groups) THEN
            EXECUTE format('REVOKE %%I FROM %%I', g, username);
        END IF;
    END LOOP;
    FOREACH g IN ARRAY groups LOOP
        EXECUTE format('GRANT %%I TO %%I', g, username);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_set_password(username text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM public.permit_desk_check_request(username, verifier, NULL);
    IF NOT public.permit_desk_managed(username) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            '%%L is not a Permit Desk login that can be managed here.', username);
    END IF;
    EXECUTE format('ALTER ROLE %%I PASSWORD %%L', username, verifier);
END $$;

CREATE OR REPLACE FUNCTION public.permit_desk_remove_login(username text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM public.permit_desk_check_request(username, NULL, NULL);
    IF NOT public.permit_desk_managed(username) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            '%%L is not a Permit Desk login that can be managed here.', username);
    END IF;
    EXECUTE format('DROP ROLE %%I', username);
END $$;
"""

_KEEPER_SIGNATURES = ("permit_desk_add_login(text, text, text[])",
                      "permit_desk_set_roles(text, text[])",
                      "permit_desk_set_password(text, text)",
                      "permit_desk_remove_login(text)")


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def secure(conn: Connection) -> None:
    """Grants, append-only guards, the chain head and the login functions; idempotent.

    Run by a PostgreSQL superuser after install_schema(); the guard functions belong to
    that superuser, so the owner role can neither drop nor rewrite them."""
    if not _scalar(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
        raise PermissionError("secure() must run as a PostgreSQL superuser: it creates event "
                              "triggers, which only a superuser can.")
    _grant_tables(conn)
    # The head of the chain: one row, seeded from (or brought back in step with) the last
    # entry; the insert trigger locks it, so appends are serialised by the database itself.
    # It belongs to the superuser, like the guards: the owner role must not be able to move
    # the head, which would stop every append.
    _run(conn, f"""CREATE TABLE IF NOT EXISTS public.{CHAIN_HEAD} (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        seq integer NOT NULL, hash varchar(64) NOT NULL)""")
    _run(conn, f"REVOKE ALL ON public.{CHAIN_HEAD} FROM PUBLIC")
    oids = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
        "SELECT c.oid FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
        " AND c.relname = ANY (%s)", ([*APPEND_ONLY, CHAIN_HEAD],)).fetchall()
    _run(conn, _GUARDS % {"protected": _quoted([*APPEND_ONLY, CHAIN_HEAD]),
                          "protected_oids": ", ".join(str(int(o)) for (o,) in oids),
                          "append_only": _quoted(APPEND_ONLY), "domain": ENTRY_DOMAIN.hex()})
    _run(conn, f"""INSERT INTO public.{CHAIN_HEAD} AS h (seq, hash)
        SELECT coalesce(max(seq), 0),
               coalesce((SELECT hash FROM public.audit_entry ORDER BY seq DESC LIMIT 1),
                        '{GENESIS}')
        FROM public.audit_entry
        ON CONFLICT (one) DO UPDATE SET seq = excluded.seq, hash = excluded.hash""")
    for table in APPEND_ONLY:
        t = _ident(table)
        _run(conn, f"""CREATE OR REPLACE TRIGGER permit_desk_append_only
            BEFORE UPDATE OR DELETE ON public.{t}
            FOR EACH ROW EXECUTE FUNCTION public.permit_desk_refuse_change()""")
        _run(conn, f"""CREATE OR REPLACE TRIGGER permit_desk_no_truncate
            BEFORE TRUNCATE ON public.{t}
            FOR EACH STATEMENT EXECUTE FUNCTION public.permit_desk_refuse_truncate()""")
        # Also when a replica session would skip ordinary triggers.
        _run(conn, f"ALTER TABLE public.{t} ENABLE ALWAYS TRIGGER permit_desk_append_only")
        _run(conn, f"ALTER TABLE public.{t} ENABLE ALWAYS TRIGGER permit_desk_no_truncate")
    _run(conn, """CREATE OR REPLACE TRIGGER permit_desk_chain
        BEFORE INSERT ON public.audit_entry
        FOR EACH ROW EXECUTE FUNCTION public.permit_desk_chain_append()""")
    _run(conn, "ALTER TABLE public.audit_entry ENABLE ALWAYS TRIGGER permit_desk_chain")
    # Nobody writes an entry in another user's name; the owner is held to it too (FORCE).
    _run(conn, "ALTER TABLE public.audit_entry ENABLE ROW LEVEL SECURITY")
    _run(conn, "ALTER TABLE public.audit_entry FORCE ROW LEVEL SECURITY")
    _run(conn, "DROP POLICY IF EXISTS permit_desk_read ON public.audit_entry")
    _run(conn, "DROP POLICY IF EXISTS permit_desk_own_name ON public.audit_entry")
    _run(conn, "CREATE POLICY permit_desk_read ON public.audit_entry FOR SELECT USING (true)")
    # Rows stay visible to an UPDATE or DELETE (of the owner, the only one with the
    # privilege) so that the trigger refuses it aloud, not a silent "0 rows".
    for verb in ("update", "delete"):
        _run(conn, f"DROP POLICY IF EXISTS permit_desk_{verb}_refused ON public.audit_entry")
        _run(conn, f"""CREATE POLICY permit_desk_{verb}_refused ON public.audit_entry
            FOR {verb.upper()} USING (true)""")
    _run(conn, """CREATE POLICY permit_desk_own_name ON public.audit_entry FOR INSERT
        WITH CHECK (username = session_user)""")
    _run(conn, "DROP EVENT TRIGGER IF EXISTS permit_desk_guard_ddl")
    _run(conn, "DROP EVENT TRIGGER IF EXISTS permit_desk_guard_drop")
    _run(conn, """CREATE EVENT TRIGGER permit_desk_guard_ddl ON ddl_command_end
        EXECUTE FUNCTION public.permit_desk_refuse_ddl()""")
    _run(conn, """CREATE EVENT TRIGGER permit_desk_guard_drop ON sql_drop
        EXECUTE FUNCTION public.permit_desk_refuse_drop()""")
    for fn in ("permit_desk_refuse_change()", "permit_desk_refuse_truncate()",
               "permit_desk_refuse_ddl()", "permit_desk_refuse_drop()",
               "permit_desk_chain_append()"):
        _run(conn, f"REVOKE ALL ON FUNCTION public.{fn} FROM PUBLIC")
    _install_keeper(conn)
    _install_notify(conn)
    _secure_settings(conn)
    _install_expiry(conn)


def _install_keeper(conn: Connection) -> None:
    _run(conn, _KEEPER_FUNCTIONS % {"owner": OWNER, "keeper": KEEPER, "safe": _SAFE_LOGIN,
                                    "groups": _quoted(GROUPS.values())})
    for fn in ("permit_desk_managed(text)", "permit_desk_check_request(text, text, text[])",
               *_KEEPER_SIGNATURES):
        _run(conn, f"ALTER FUNCTION public.{fn} OWNER TO {_ident(KEEPER)}")
        _run(conn, f"REVOKE ALL ON FUNCTION public.{fn} FROM PUBLIC")
    _run(conn, f"GRANT EXECUTE ON FUNCTION public.permit_desk_managed(text), "
               f"public.permit_desk_check_request(text, text, text[]) TO {_ident(KEEPER)}")
    for fn in _KEEPER_SIGNATURES:
        _run(conn, f"GRANT EXECUTE ON FUNCTION public.{fn} TO {_ident(GROUPS['admin'])}")
    # The keeper may grant only what the functions grant: membership of the groups.
    for group in GROUPS.values():
        _run(conn, f"GRANT {_ident(group)} TO {_ident(KEEPER)} WITH ADMIN OPTION")


# ---- live worklists: a NOTIFY when a change commits (issue 15) ------------------------------

NOTIFY_CHANNEL = "permit_desk_changes"
# Table -> the word Desk.announce uses for its changes. The payload is that word and the rows'
# ids, nothing personal: every login may LISTEN on the channel.
NOTIFIED: dict[str, str] = {
    "travel_request": "request", "decision": "decision", "letter": "letter",
    "clearance": "clearance", "debrief": "debrief", "declaration": "declaration",
    "violation": "violation", "delegation": "delegation", "person": "person"}
# Tables whose rows have no single id (setting by key, user_role by user and role) or whose
# screens re-read them whole (users, the policy): their changes say the kind only, ids null,
# so the Settings screen on another workstation shows a new policy, user or signer register
# without waiting for its next refresh.
NOTIFIED_WHOLE: dict[str, str] = {
    "setting": "setting", "app_user": "user", "user_role": "user", "policy_version": "policy"}
# A statement that touches more rows says "many" (ids null): listeners refresh the kind whole,
# and a staff import or a migration does not queue one message per row.
NOTIFY_MAX_IDS = 100

_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION public.permit_desk_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_NARGS > 1 THEN  -- the kind whole: the rows have no single id
        IF TG_OP = 'DELETE' THEN
            PERFORM FROM old_rows LIMIT 1;
        ELSE
            PERFORM FROM new_rows LIMIT 1;
        END IF;
        IF FOUND THEN
            PERFORM pg_notify('%(channel)s', json_build_object('kind', TG_ARGV[0],
                                                              'ids', NULL)::text);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        ids := ARRAY(SELECT r.id FROM old_rows r ORDER BY r.id LIMIT %(max)s + 1);
    ELSE
        ids := ARRAY(SELECT r.id FROM new_rows r ORDER BY r.id LIMIT %(max)s + 1);
    END IF;
    IF cardinality(ids) > 0 THEN
        -- Delivered at COMMIT, to every session LISTENing; nothing if the work rolls back.
        PERFORM pg_notify('%(channel)s', json_build_object('kind', TG_ARGV[0], 'ids',
            CASE WHEN cardinality(ids) > %(max)s THEN NULL ELSE to_json(ids) END)::text);
    END IF;
    RETURN NULL;
END $$;
"""


def _install_notify(conn: Connection) -> None:
    """One statement-level trigger per event on each NOTIFIED table (transition tables allow
    one event per trigger). The function is the superuser's, like the guards, and its name
    puts it under the guard event triggers; secure() makes the triggers anew each run."""
    _run(conn, _NOTIFY_FUNCTION % {"channel": NOTIFY_CHANNEL, "max": NOTIFY_MAX_IDS})
    _run(conn, "REVOKE ALL ON FUNCTION public.permit_desk_notify_change() FROM PUBLIC")
    tables = [(t, f"'{k}'") for t, k in NOTIFIED.items()]
    tables += [(t, f"'{k}', 'whole'") for t, k in NOTIFIED_WHOLE.items()]
    for table, args in tables:
        if _scalar(conn, "SELECT to_regclass(%s)", (f"public.{table}",)) is None:
            continue
        for event, referencing in (("INSERT", "NEW TABLE AS new_rows"),
                                   ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                                   ("DELETE", "OLD TABLE AS old_rows")):
            _run(conn, f"""CREATE OR REPLACE TRIGGER permit_desk_notify_{event.lower()}
                AFTER {event} ON public.{_ident(table)} REFERENCING {referencing}
                FOR EACH STATEMENT EXECUTE FUNCTION public.permit_desk_notify_change({args})""")


# ---- managing logins (a Permit Desk admin, through the keeper's functions) ------------------


def _groups_for(roles: Iterable[Role | str]) -> list[str]:
    out = []
    for r in roles:
        try:
            out.append(GROUPS[Role(r).value])
        except ValueError:
            raise ValueError(f"{r!r} is not a Permit Desk role.") from None
    return sorted(set(out))


def scram_verifier(conn: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of the password, made on this side of the connection."""
    raw = conn.connection.driver_connection
    verifier: bytes = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256")
    return verifier.decode("ascii")


def _call(conn: Connection, sql: str, params: Sequence[Any]) -> None:
    conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]


def add_login(conn: Connection, username: str, password: str,
              roles: Iterable[Role | str]) -> None:
    """A new server login for a Permit Desk user, member of the groups of their roles."""
    check_login_name(username)
    _call(conn, "SELECT public.permit_desk_add_login(%s, %s, %s)",
          (username, scram_verifier(conn, username, password), _groups_for(roles)))


def set_roles(conn: Connection, username: str, roles: Iterable[Role | str]) -> None:
    """Make the login a member of exactly the groups of these roles."""
    check_login_name(username)
    _call(conn, "SELECT public.permit_desk_set_roles(%s, %s)", (username, _groups_for(roles)))


def set_password(conn: Connection, username: str, password: str) -> None:
    """A new password for a login: one's own (any user), or anyone's (an admin)."""
    check_login_name(username)
    verifier = scram_verifier(conn, username, password)
    if _scalar(conn, "SELECT session_user") == username:
        # PostgreSQL lets every login change its own password; no keeper needed.
        from psycopg import sql

        conn.connection.driver_connection.execute(  # type: ignore[union-attr]
            sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(verifier)))
        return
    _call(conn, "SELECT public.permit_desk_set_password(%s, %s)", (username, verifier))


def remove_login(conn: Connection, username: str) -> None:
    """Drop the login (its history stays: audit entries name users by their user name)."""
    check_login_name(username)
    _call(conn, "SELECT public.permit_desk_remove_login(%s)", (username,))


__all__ = ["APPEND_ONLY", "GROUPS", "KEEPER", "NOTIFIED", "NOTIFIED_WHOLE", "NOTIFY_CHANNEL",
           "OWNER", "WRITES", "add_login",
           "check_login_name", "install_schema", "prepare", "remove_login", "scram_verifier",
           "secure", "set_password", "set_roles"]


# ---- settings: who writes which keys ---------------------------------------------------------

# The keys a deputy may write: the signer register, when they sign with a new certificate
# (app.services.letters.remember_signing_certificate). Everything else is the head's and the
# administrator's.
DEPUTY_SETTING_KEYS = "trust.signer.%"


def _secure_settings(conn: Connection) -> None:
    everyone = ", ".join(_ident(g) for g in GROUPS.values())
    keepers = ", ".join(_ident(GROUPS[r.value]) for r in (_A, _H))
    deputy = _ident(GROUPS[_D.value])
    _run(conn, "ALTER TABLE public.setting ENABLE ROW LEVEL SECURITY")
    for name in ("read", "keepers", "deputy_insert", "deputy_update"):
        _run(conn, f"DROP POLICY IF EXISTS permit_desk_{name} ON public.setting")
    _run(conn, f"CREATE POLICY permit_desk_read ON public.setting FOR SELECT TO {everyone} "
               "USING (true)")
    _run(conn, f"CREATE POLICY permit_desk_keepers ON public.setting FOR ALL TO {keepers} "
               "USING (true) WITH CHECK (true)")
    _run(conn, f"CREATE POLICY permit_desk_deputy_insert ON public.setting FOR INSERT TO {deputy} "
               f"WITH CHECK (key LIKE '{DEPUTY_SETTING_KEYS}')")
    _run(conn, f"CREATE POLICY permit_desk_deputy_update ON public.setting FOR UPDATE TO {deputy} "
               f"USING (key LIKE '{DEPUTY_SETTING_KEYS}') "
               f"WITH CHECK (key LIKE '{DEPUTY_SETTING_KEYS}')")


# ---- expiry: the calendar's, applied by whoever opens the store first on a day --------------

# Only those who keep clearances may write them; expiry needs no role, so it goes through
# this one function, which can do nothing but expire live clearances whose valid-until date
# has passed. The caller's date is taken only up to the server's own date in Vilnius: a
# workstation with its clock set ahead cannot expire anything early.
_EXPIRY = """
CREATE OR REPLACE FUNCTION public.permit_desk_expire_due(p_today date, p_now timestamp)
RETURNS TABLE (id integer, level varchar, valid_until date)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_today date := least(p_today, (now() AT TIME ZONE 'Europe/Vilnius')::date);
BEGIN
    RETURN QUERY
    WITH due AS (
        SELECT c.id FROM public.clearance c
        WHERE c.valid_until < v_today AND c.status IN ('active', 'suspended')
        ORDER BY c.id FOR UPDATE
    ), done AS (
        UPDATE public.clearance c SET status = 'expired', updated_at = p_now
        FROM due WHERE c.id = due.id
        RETURNING c.id, c.level, c.valid_until
    ), events AS (
        INSERT INTO public.clearance_event
            (clearance_id, at, status, level, valid_until, user_id, reason)
        SELECT d.id, p_now, 'expired', d.level, d.valid_until, NULL,
               'expired on ' || to_char(d.valid_until + 1, 'YYYY-MM-DD')
        FROM done d
    )
    SELECT d.id, d.level::varchar, d.valid_until FROM done d ORDER BY d.id;
END $$;
"""


def _install_expiry(conn: Connection) -> None:
    _run(conn, _EXPIRY)
    _run(conn, f"ALTER FUNCTION public.permit_desk_expire_due(date, timestamp) OWNER TO {OWNER}")
    _run(conn, "REVOKE ALL ON FUNCTION public.permit_desk_expire_due(date, timestamp) "
               "FROM PUBLIC")
    everyone = ", ".join(_ident(g) for g in GROUPS.values())
    _run(conn, "GRANT EXECUTE ON FUNCTION public.permit_desk_expire_due(date, timestamp) "
               f"TO {everyone}")
