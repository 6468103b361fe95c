"""Backups as a service: the administrator's folder and schedule, taking a backup (with its
audit entry and `backup.last_at`), restoring one (who may, and both stores' trails; the
archive and the swap are app.exchange.backup's, a server's dump app.exchange.pg_backup's),
and the worklist's reminder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.exchange.backup import (
    BackupInfo,
    BackupRefused,
    RestoreResult,
    last_audit_seq,
    open_backup,
    open_live,
    swap_in_backup,
    unpacked,
    write_backup,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import audit, server_backup
from app.services.desk import Actor, Desk, file_store, load_actor
from app.services.errors import InvalidInput, ServiceError
from app.store import engine as eng
from app.store.errors import StoreError, translate
from app.store.models import Setting
from app.store.server import ServerStore
from app.store.store import OpenStore
from app.store.swap import test_pause

FOLDER = "backup.folder"
EVERY_DAYS = "backup.every_days"
LAST_AT = "backup.last_at"
BACKUP_ROLES = (Role.ADMIN,)


@dataclass(frozen=True)
class BackupConfig:
    folder: str
    every_days: int
    last_at: str


def config(desk: Desk) -> BackupConfig:
    # One read for the three settings: the admin's worklist asks this every refresh, and
    # three reads were twelve round trips on a server (checkout ping, BEGIN, SELECT, ROLLBACK).
    with desk.read() as s:
        got = {k: v for k, v in s.execute(select(Setting.key, Setting.value)
                                          .where(Setting.key.in_((FOLDER, EVERY_DAYS, LAST_AT))))}
    every = got.get(EVERY_DAYS) or "0"
    return BackupConfig(got.get(FOLDER) or "", int(every) if every.isdigit() else 0,
                        got.get(LAST_AT) or "")


def _put(s: object, key: str, value: str) -> None:
    row = s.get(Setting, key)  # type: ignore[attr-defined]
    if row is None:
        s.add(Setting(key=key, value=value))  # type: ignore[attr-defined]
    else:
        row.value = value


def configure(desk: Desk, *, folder: Path | None = None, every_days: int | None = None
              ) -> BackupConfig:
    """Where backups go by default and how often the worklist asks for one (admin)."""
    if every_days is not None and every_days < 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The backup interval is a number of "
                "days, 0 for no reminder.")))
    if folder is None and every_days is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Give --folder DIR, --every-days N, or "
                "both.")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "configure backups"), *BACKUP_ROLES) as s:
        rows = {k: s.get(Setting, k) for k in (FOLDER, EVERY_DAYS)}
        before = {k: (r.value if r is not None else None) for k, r in rows.items()}
        after: dict[str, str] = {}
        if folder is not None:
            after[FOLDER] = str(folder.expanduser().resolve())
        if every_days is not None:
            after[EVERY_DAYS] = str(every_days)
        for k, v in after.items():
            _put(s, k, v)
        desk.record(s, "backup.configure", "setting", "backup", before=before, after=after)
    desk.announce("setting")
    return config(desk)


def default_name(desk: Desk) -> str:
    stamp = f"{desk.clock().astimezone(UTC):%Y%m%dT%H%M%SZ}"
    if isinstance(desk.store, ServerStore):
        return f"{desk.store.locator.database}-{stamp}.pgbackup"
    return f"{file_store(desk).paths.db.stem}-{stamp}.backup.tar"


def backup(desk: Desk, out: Path | None = None, *, new_recovery_key: bool = False
           ) -> BackupInfo:
    """An encrypted backup archive at `out` (default: the configured folder). On a server,
    `new_recovery_key` seals this backup and later ones to a new recovery key (shown once)."""
    desk.require(QT_TRANSLATE_NOOP("Core", "back up the store"), *BACKUP_ROLES)
    if new_recovery_key and not isinstance(desk.store, ServerStore):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A file store's backups open with "
                "the store's own recovery key; `permit-desk rekey --new-recovery-key` "
                "replaces it.")))
    if out is None:
        folder = desk.setting(FOLDER)
        if not folder:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Say where the backup goes (--out "
                    "FILE), or set a backup folder first (permit-desk backup --configure "
                    "--folder DIR).")))
        out = Path(folder) / default_name(desk)
    elif out.is_dir():
        out = out / default_name(desk)
    if isinstance(desk.store, ServerStore):
        info: BackupInfo = server_backup.backup(desk, desk.store, out, _recorded(desk),
                                                new_key=new_recovery_key)
    else:
        # Two steps: the archive is written (outside the database), then recorded.
        info = write_backup(file_store(desk), out, created_by=desk.actor.username,
                            now=desk.clock())
        with desk.unit() as s:
            _recorded(desk)(s, info)
    desk.announce("setting")
    return info


def _recorded(desk: Desk) -> Callable[[Session, BackupInfo], None]:
    """What a backup leaves in the store: when it was taken, and its audit entry."""
    def record(s: Session, info: BackupInfo) -> None:
        _put(s, LAST_AT, info.created_at)
        desk.record(s, "backup", "store", info.store_id,
                    after={"path": str(info.path), "size": info.size, "sha256": info.sha256})
    return record


def restore(archive: Path, db_path: Path, username: str, passphrase: str,
            *, now: datetime | None = None) -> RestoreResult:
    """Replace the store at `db_path` with a verified backup: checked completely in a
    scratch folder, then swapped in; the live store is moved aside (never deleted) and is
    untouched if anything fails before the swap.

    An administrator of the live store allows the restore with the live store's passphrase;
    its trail records the restore before the swap, and the restored trail goes on with an
    entry naming the backup, who restored it and how many live entries it rolled back. Only
    when the live store cannot be opened at all (missing, damaged) does an administrator of
    the backup's store allow it, and the result says so."""
    with unpacked(archive, db_path) as u:
        when = now or datetime.now(UTC)
        manifest = u.manifest
        live_store, live_problem = open_live(u.live, username, passphrase)
        opened: OpenStore | None = None
        actor: Actor | None = None
        live_last = 0
        try:
            if live_store is not None:
                with live_store.read_session() as s:
                    try:
                        actor = load_actor(s, username)
                    except ServiceError:
                        actor = None
                    live_last = last_audit_seq(s)
                if actor is None or not actor.has(Role.ADMIN):
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an "
                            "administrator of this store; restoring a backup needs the "
                            "administrator role here."), username))
            opened = open_backup(u.db, live_store, username, passphrase)
            problems = eng.integrity_problems(opened.engine)
            if problems:
                raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup is damaged (%1); "
                        "nothing was changed."), problems[0]))
            # Not a desk's unit of work: two stores, no desk, and two commits on purpose. The
            # backup's copy records the restore first; then, before anything moves, the live
            # trail says so (store.restore.begin), so a restore stopped between the two
            # leaves both trails telling what happened.
            with opened.session() as s:
                if live_store is None:
                    actor = load_actor(s, username)
                    if not actor.has(Role.ADMIN):
                        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an "
                                "administrator in the backup's store; restoring needs the "
                                "administrator role."), username))
                chain = audit.verify_session(s)
                if not chain.ok:
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup's audit trail "
                            "does not verify (%1); nothing was changed."), chain.problem))
                backup_last = last_audit_seq(s)
                rolled_back = max(0, live_last - backup_last) if live_store is not None else 0
                assert actor is not None
                record = {
                    "from": str(archive), "backup_created_at": manifest.get("created_at"),
                    "backup_created_by": manifest.get("created_by"), "at": when.isoformat(),
                    "restored_by": username, "rolled_back_entries": rolled_back,
                    "backup_last_entry": backup_last,
                    "authorised_in": "live store" if live_store is not None else "backup",
                }
                if live_store is None:
                    record["live_store_problem"] = live_problem
                Desk(opened, actor).record(s, "store.restore", "store", u.store_id,
                                           after=record)
                s.commit()
            eng.checkpoint_wal(opened.engine)
            opened.close()
            test_pause("restore.checked")
            if live_store is not None:
                # The live trail says it before anything moves: the restore, by whom, of what.
                with live_store.session() as s:
                    Desk(live_store, actor).record(
                        s, "store.restore.begin", "store", u.store_id,
                        after={"from": str(archive),
                               "backup_created_at": manifest.get("created_at"),
                               "at": when.isoformat(), "rolled_back_entries": rolled_back,
                               "backup_last_entry": backup_last})
                    s.commit()
                eng.checkpoint_wal(live_store.engine)
                live_store.close()
        except BaseException as exc:
            told = translate(exc, u.live.db)
            if told is not None and not isinstance(exc, StoreError):
                raise told from None
            raise
        finally:
            for st in (opened, live_store):
                if st is not None:
                    st.close()
        replaced_db, replaced_keys = swap_in_backup(u, when)
        return RestoreResult(u.store_id, str(manifest.get("created_at", "")), replaced_db,
                             replaced_keys, live_store is not None, live_problem, rolled_back)


def backup_due(desk: Desk, cfg: BackupConfig | None = None) -> str | None:
    """A reminder sentence when the schedule's interval has passed since the last backup;
    None when backups are up to date or no schedule is set. `cfg`: the configuration the
    caller has already read (the worklist, which also shows its values)."""
    cfg = config(desk) if cfg is None else cfg
    if cfg.every_days <= 0:
        return None
    if not cfg.last_at:
        return (f"No backup of this store has been made yet; back up every {cfg.every_days} "
                "days.")
    try:
        last = datetime.strptime(cfg.last_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return "The date of the last backup cannot be read; make a backup now."
    age = desk.clock().astimezone(UTC) - last
    if age < timedelta(days=cfg.every_days):
        return None
    return (f"The last backup is {age.days} days old (taken {last:%Y-%m-%d}); the schedule "
            f"asks for one every {cfg.every_days} days.")
