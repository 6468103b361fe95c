"""Backups as a service: the administrator's folder and schedule, taking a backup (with its
audit entry and `backup.last_at`), restoring one, and the worklist's reminder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.enums import Role
from app.exchange.backup import BackupInfo, RestoreResult, restore_backup, write_backup
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk, file_store
from app.services.errors import InvalidInput
from app.store.models import Setting

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
    every = desk.setting(EVERY_DAYS, "0")
    return BackupConfig(desk.setting(FOLDER), int(every) if every.isdigit() else 0,
                        desk.setting(LAST_AT))


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
    with desk.change(QT_TRANSLATE_NOOP("Core", "configure backups"), *BACKUP_ROLES) as s:
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
        s.commit()
    desk.announce("setting")
    return config(desk)


def default_name(desk: Desk) -> str:
    return f"{file_store(desk).paths.db.stem}-{desk.clock().astimezone(UTC):%Y%m%dT%H%M%SZ}.backup.tar"


def backup(desk: Desk, out: Path | None = None) -> BackupInfo:
    """An encrypted backup archive at `out` (default: the configured folder)."""
    desk.require(QT_TRANSLATE_NOOP("Core", "back up the store"), *BACKUP_ROLES)
    if out is None:
        folder = desk.setting(FOLDER)
        if not folder:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Say where the backup goes (--out "
                    "FILE), or set a backup folder first (permit-desk backup --configure "
                    "--folder DIR).")))
        out = Path(folder) / default_name(desk)
    elif out.is_dir():
        out = out / default_name(desk)
    info = write_backup(file_store(desk), out, created_by=desk.actor.username, now=desk.clock())
    with desk.store.session() as s:
        _put(s, LAST_AT, info.created_at)
        desk.record(s, "backup", "store", info.store_id,
                    after={"path": str(info.path), "size": info.size, "sha256": info.sha256})
        s.commit()
    desk.announce("setting")
    return info


def restore(archive: Path, db_path: Path, username: str, passphrase: str) -> RestoreResult:
    """Replace the store at `db_path` with a verified backup; `username` must be an
    administrator of the live store, with their passphrase there (of the backup's store only
    when the live one is missing or damaged: the result says so)."""
    return restore_backup(archive, db_path, username, passphrase)


def backup_due(desk: Desk) -> str | None:
    """A reminder sentence when the schedule's interval has passed since the last backup;
    None when backups are up to date or no schedule is set."""
    cfg = config(desk)
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
