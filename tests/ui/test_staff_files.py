"""HR files for the staff UI tests: valid people with clearances, and deliberately bad rows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.domain.personal_code import make_personal_code

HEADER = ("personal_code", "last_name", "first_name", "position", "unit", "category",
          "clearance_level", "clearance_number", "clearance_issued", "clearance_valid_until")
SURNAMES = ("Žukauskas", "Čepulis", "Ąžuolaitis", "Šimkus", "Kazlauskas", "Petraitis")


def code(i: int) -> str:
    return make_personal_code("M" if i % 2 else "F", date(1960, 1, 1) + timedelta(days=i // 1000),
                              i % 1000)


def rows(n: int, start: int = 0, unit: str = "Analizės skyrius") -> list[tuple[str, ...]]:
    return [(code(i), SURNAMES[i % len(SURNAMES)], f"Vardas{i}", "Specialistas", unit,
             "valstybės tarnautojas", "Slaptai", f"SL-{i:06d}", "2024-01-15", "2029-01-14")
            for i in range(start, start + n)]


def write_csv(path: Path, table: list[tuple[str, ...]]) -> Path:
    text = "\r\n".join(";".join(r) for r in [HEADER, *table]) + "\r\n"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path
