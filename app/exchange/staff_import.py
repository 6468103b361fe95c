"""Parsing HR staff exports (CSV or XLSX) into typed rows and a complete list of problems."""

from __future__ import annotations

import csv
import gc
import io
import re
import unicodedata
import zipfile
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TypeVar, cast
from zoneinfo import ZoneInfo

from app.domain.enums import LABELS_EN, LABELS_LT, ClearanceLevel, StaffCategory
from app.domain.personal_code import InvalidPersonalCode, parse_personal_code
from app.domain.text import fold
from app.domain.text_input import printable, text_problem
from app.i18n import QT_TRANSLATE_NOOP, Message, msg

PERSON_COLUMNS: tuple[str, ...] = (
    "personal_code",
    "last_name",
    "first_name",
    "position",
    "unit",
    "category",
)
CLEARANCE_COLUMNS: tuple[str, ...] = (
    "clearance_level",
    "clearance_number",
    "clearance_issued",
    "clearance_valid_until",
)
COLUMNS: tuple[str, ...] = PERSON_COLUMNS + CLEARANCE_COLUMNS
# Bounds on what a staff file may make this process hold. An institution has at most tens of
# thousands of people; a 60,000-row workbook unpacks to about 37 MB with a ratio of about 14.
MAX_LINES = 200_000
MAX_CSV_CELL = 131_072  # characters; the csv module's own limit (a name is at most 200)
XLSX_MAX_UNPACKED = 128 * 1024 * 1024  # bytes, all parts together, read from the zip directory
XLSX_MAX_RATIO = 100  # unpacked size over packed size, per part above XLSX_RATIO_FROM
XLSX_RATIO_FROM = 1024 * 1024
XLSX_MAX_PARTS = 1000
XLSX_MAX_COLUMNS = 100  # columns read per row; the staff columns are the first ten or so

# A cell as it comes out of either reader: CSV gives text; XLSX also numbers, dates, booleans
# and rarer values (times, decimals, rich text), which _value() reads as their text.
Cell = object

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class ClearanceRow:
    level: ClearanceLevel
    number: str
    issued: date
    valid_until: date


@dataclass(frozen=True, slots=True)
class StaffRow:
    personal_code: str
    last_name: str
    first_name: str
    position: str
    unit: str
    category: StaffCategory
    clearance: ClearanceRow | None
    line: int  # as the user sees it in a spreadsheet: the header is line 1


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem; `code` is stable, `message` the English sentence, translatable (a
    Message from app/i18n.py: the import wizard says it in the window's language)."""

    line: int
    code: str
    message: str
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class StaffImportParse:
    rows: tuple[StaffRow, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


# What can be wrong with a file or a row, as translatable templates (app/i18n.py).
_T = {
    "empty": QT_TRANSLATE_NOOP("Core", "The file is empty."),
    "unreadable_xlsx": QT_TRANSLATE_NOOP("Core", "The file %1 is not a readable XLSX workbook "
                                         "(%2)."),
    "workbook_as_csv": QT_TRANSLATE_NOOP("Core", "The file %1 is a workbook, not CSV text; give "
                                         "it the .xlsx ending."),
    "encoding": QT_TRANSLATE_NOOP("Core", "The file is not UTF-8 text (byte 0x%1 on line %2); "
                                  "save it again as \"CSV UTF-8\"."),
    "file_type": QT_TRANSLATE_NOOP("Core", "The file type of %1 is not supported; use CSV or "
                                   "XLSX."),
    "old_sheet_type": QT_TRANSLATE_NOOP("Core", "The file type of %1 is not supported; use CSV "
                                        "or XLSX. Save it as .xlsx or CSV."),
    "duplicate_column": QT_TRANSLATE_NOOP("Core", "The column %1 appears twice."),
    "missing_column": QT_TRANSLATE_NOOP("Core", "The header row lacks these columns: %1."),
    "no_people": QT_TRANSLATE_NOOP("Core", "The file has a header row but no people below it."),
    "cell": QT_TRANSLATE_NOOP("Core", "%1 %2: %3"),
    "quoted": QT_TRANSLATE_NOOP("Core", "\"%1\""),
    "empty_cell": QT_TRANSLATE_NOOP("Core", "(empty)"),
    "date_format": QT_TRANSLATE_NOOP("Core", "dates are written YYYY-MM-DD, e.g. 2026-03-31."),
    "no_such_date": QT_TRANSLATE_NOOP("Core", "there is no such date in the calendar."),
    "unknown_clearance_level": QT_TRANSLATE_NOOP("Core", "not a known clearance level."),
    "unknown_category": QT_TRANSLATE_NOOP("Core", "not a known staff category."),
    "missing_value": QT_TRANSLATE_NOOP("Core", "a value is required."),
    "duplicate_code": QT_TRANSLATE_NOOP("Core", "the same personal code is on lines %1 and %2."),
    "partial_clearance_1": QT_TRANSLATE_NOOP("Core", "The clearance is only partly filled in: %1 "
                                             "is empty (leave all four empty for a person "
                                             "without clearance)."),
    "partial_clearance": QT_TRANSLATE_NOOP("Core", "The clearance is only partly filled in: %1 "
                                           "are empty (leave all four empty for a person "
                                           "without clearance)."),
    "dates_reversed": QT_TRANSLATE_NOOP("Core", "the clearance would end before it was issued "
                                        "(%1)."),
    "xlsx_unpacked": QT_TRANSLATE_NOOP("Core", "The workbook %1 would unpack to %2 MB, more than "
                                       "the %3 MB a staff file may hold; nothing was read."),
    "xlsx_ratio": QT_TRANSLATE_NOOP("Core", "The part %1 of the workbook %2 would unpack to %3 "
                                    "times its packed size, more than the %4 times a staff file "
                                    "may have; nothing was read."),
    "xlsx_parts": QT_TRANSLATE_NOOP("Core", "The workbook %1 has %2 parts, more than the %3 a "
                                    "staff file may have; nothing was read."),
    "xlsx_nested": QT_TRANSLATE_NOOP("Core", "The part %1 of the workbook %2 is itself an "
                                     "archive, which a staff file never holds; nothing was read."),
    "xlsx_doctype": QT_TRANSLATE_NOOP("Core", "The part %1 of the workbook %2 declares a DOCTYPE "
                                      "(XML entities), which a staff file never holds; nothing "
                                      "was read."),
    "too_many_lines": QT_TRANSLATE_NOOP("Core", "The file has more than %1 lines, the most a "
                                        "staff file may have."),
    "unreadable_csv": QT_TRANSLATE_NOOP("Core", "Line %1 is not readable CSV (%2)."),
    "csv_cell_too_large": QT_TRANSLATE_NOOP("Core", "Line %1 holds a cell longer than %2 "
                                            "characters, the most a staff file may hold in one "
                                            "cell."),
}


class _Refused(Exception):
    """A file refused as a whole, raised from inside a reader."""

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message)
        self.code, self.message = code, message


# --- Words for levels and categories ---------------------------------------------


@lru_cache(maxsize=4096)
def _word_key(s: str) -> str:
    # "Visiškai  slaptai", "visiskai slaptai", "TOP_SECRET", "top-secret" all meet here.
    return " ".join(fold(s).replace("_", " ").replace("-", " ").split())


def _vocabulary(enum: type[E]) -> dict[str, E]:
    words: dict[str, E] = {}
    for member in enum:
        for text in (member.value, LABELS_LT[member], LABELS_EN[member]):
            words[_word_key(text)] = member
    return words


_LEVELS = _vocabulary(ClearanceLevel)
_CATEGORIES = _vocabulary(StaffCategory)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


# --- Public entry points -----------------------------------------------------------


def parse_staff_file(path: Path, today: date | None = None) -> StaffImportParse:
    return parse_staff_bytes(path.read_bytes(), path.name, today)


def parse_staff_bytes(data: bytes, filename: str, today: date | None = None
                      ) -> StaffImportParse:
    """Parse a CSV or XLSX export; every bad row is reported, good rows are returned.
    `today` (Europe/Vilnius; the desk's clock) refuses birth dates after it."""
    if today is None:
        today = datetime.now(ZoneInfo("Europe/Vilnius")).date()
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx":
        if not data:
            return _file_error("empty_file", msg(_T["empty"]))
        try:
            _check_xlsx_archive(data, filename)
            table = _xlsx_rows(data, filename)
            try:
                return _parse_table(table, today)
            finally:
                table.close()
        except _Refused as e:
            return _file_error(e.code, e.message)
    if suffix in (".csv", ".txt"):
        if data.startswith(b"PK\x03\x04"):
            return _file_error(
                "file_type",
                msg(_T["workbook_as_csv"], filename),
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            return _file_error(
                "encoding",
                msg(_T["encoding"], f"{data[e.start]:02X}", line),
            )
        if not text.strip():
            return _file_error("empty_file", msg(_T["empty"]))
        # Normalising the whole text once is far cheaper than cell by cell.
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        try:
            return _parse_table(_csv_rows(text), today, text_only=True)
        except _Refused as e:
            return _file_error(e.code, e.message)
    which = "old_sheet_type" if suffix in (".xls", ".ods") else "file_type"
    return _file_error("file_type", msg(_T[which], repr(filename)))


# --- Readers ----------------------------------------------------------------------


def _sniff_delimiter(header_line: str) -> str:
    # csv.Sniffer guesses from content and is fooled by commas inside names and
    # positions; the header line has only our column names, so counting is reliable.
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str) -> Iterator[Sequence[Cell]]:
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first_line))
    # One record is one spreadsheet line even when a quoted cell holds a line break.
    records = 0
    try:
        for record in reader:
            records += 1
            yield record
    except csv.Error as e:
        if "field limit" in str(e):  # a cell past csv.field_size_limit(): MAX_CSV_CELL
            raise _Refused("csv_cell_too_large",
                           msg(_T["csv_cell_too_large"], records + 1, MAX_CSV_CELL)) from e
        raise _Refused("unreadable_csv", msg(_T["unreadable_csv"], records + 1, str(e))) from e


# What marks a part that would make an XML parser expand entities (or fetch them), in the
# encodings expat reads without a declaration: UTF-8 (and ASCII, Latin-1), UTF-16.
_DOCTYPE = tuple("<!DOCTYPE".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _check_xlsx_archive(data: bytes, filename: str) -> None:
    """Refuse a zip bomb from its directory before anything is inflated (zipfile never
    inflates a part past the size the directory gives: it stops there and fails the CRC),
    then read each part once, in pieces, for a DOCTYPE or a nested archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = z.infolist()
            if len(parts) > XLSX_MAX_PARTS:
                raise _Refused("xlsx_too_many_parts",
                               msg(_T["xlsx_parts"], filename, len(parts), XLSX_MAX_PARTS))
            total = sum(p.file_size for p in parts)
            if total > XLSX_MAX_UNPACKED:
                raise _Refused("xlsx_too_large", msg(_T["xlsx_unpacked"], filename,
                                                     -(-total // 1_000_000),
                                                     XLSX_MAX_UNPACKED // 1_000_000))
            for p in parts:
                ratio = p.file_size / max(p.compress_size, 1)
                if p.file_size > XLSX_RATIO_FROM and ratio > XLSX_MAX_RATIO:
                    raise _Refused("xlsx_ratio", msg(_T["xlsx_ratio"], p.filename, filename,
                                                     int(ratio), XLSX_MAX_RATIO))
            for p in parts:
                if not p.is_dir():
                    _check_xlsx_part(z, p, filename)
    except _Refused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError,
            RuntimeError, ValueError, KeyError) as e:  # a damaged or encrypted archive
        raise _Refused("unreadable_xlsx", msg(_T["unreadable_xlsx"], filename, str(e))) from e


def _check_xlsx_part(z: zipfile.ZipFile, part: zipfile.ZipInfo, filename: str) -> None:
    with z.open(part) as f:
        head = f.read(4)
        if head.startswith(_ZIP_MAGIC):
            raise _Refused("xlsx_nested", msg(_T["xlsx_nested"], part.filename, filename))
        tail = b""
        chunk = head
        while chunk:
            window = tail + chunk
            if any(d in window for d in _DOCTYPE):
                raise _Refused("xlsx_doctype",
                               msg(_T["xlsx_doctype"], part.filename, filename))
            tail = window[-24:]
            chunk = f.read(1 << 20)


def _xlsx_rows(data: bytes, filename: str) -> Generator[Sequence[Cell], None, None]:
    from openpyxl import load_workbook  # imported here: CSV-only use should stay light

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, TypeError) as e:
        raise _Refused("unreadable_xlsx", msg(_T["unreadable_xlsx"], filename, str(e))) from e
    try:
        ws = wb.worksheets[0]
        # A sheet may claim A1:XFD1048576 as its dimension; read only the cells it holds,
        # and no further right than the staff columns can be, so no row grows to 16,384.
        ws.reset_dimensions()
        yield from ws.iter_rows(max_col=XLSX_MAX_COLUMNS, values_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, TypeError,
            IndexError) as e:  # XML that is not well-formed, a sheet part missing...
        raise _Refused("unreadable_xlsx", msg(_T["unreadable_xlsx"], filename, str(e))) from e
    finally:
        wb.close()  # read-only workbooks keep the archive open until closed


# --- Cells ------------------------------------------------------------------------

# A cell once read: trimmed NFC text, or a date when the workbook stored a real date.
Value = str | date


def _value(cell: Cell) -> Value:
    if type(cell) is str:  # the common case first: every CSV cell, most XLSX cells
        s = cell.strip()
        # macOS tools may write decomposed (NFD) letters; store what the keyboard types.
        return s if s.isascii() else unicodedata.normalize("NFC", s)
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        # A personal code typed into a number cell may come back as 33309240064.0.
        return str(int(cell))
    return str(cell)


def _as_text(v: Value) -> str:
    return v if isinstance(v, str) else v.isoformat()


def _header_key(cell: Cell) -> str:
    return "_".join(_as_text(_value(cell)).casefold().replace("-", " ").split())


class _RowProblems:
    """Collects a row's problems so that one bad cell does not hide the next."""

    __slots__ = ("line", "errors")

    def __init__(self, line: int) -> None:
        self.line = line
        self.errors: list[RowError] = []

    def add(self, code: str, column: str, value: str, reason: Message) -> None:
        # Shown escaped and cut: a message never carries a control character or a novel.
        text = printable(value if len(value) <= 60 else value[:60] + "…")
        shown = msg(_T["quoted"], text) if value else msg(_T["empty_cell"])
        self.errors.append(RowError(self.line, code, msg(_T["cell"], column, shown, reason),
                                    column, value))


def _date(v: Value, column: str, problems: _RowProblems) -> date | None:
    if isinstance(v, date):
        return v
    m = _ISO_DATE.fullmatch(v)
    if not m:
        problems.add("bad_date", column, v, msg(_T["date_format"]))
        return None
    try:
        return date.fromisoformat(v)  # the regex above keeps out its other formats
    except ValueError:
        problems.add("bad_date", column, v, msg(_T["no_such_date"]))
        return None


def _word(text: str, vocabulary: dict[str, E], column: str, problems: _RowProblems) -> E | None:
    found = vocabulary.get(_word_key(text))
    if found is None:
        problems.add(f"unknown_{column}", column, text, msg(_T[f"unknown_{column}"]))
    return found


# --- The table --------------------------------------------------------------------


def _file_error(code: str, message: Message) -> StaffImportParse:
    return StaffImportParse((), (RowError(1, code, message),))


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Building ~200,000 small objects triggers many cyclic collections, each scanning
    # every live object of the whole program (in the UI or a test run that doubled the
    # time). Rows hold no reference cycles, so reference counting frees all of it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_table(table: Iterable[Sequence[Cell]], today: date,
                 text_only: bool = False) -> StaffImportParse:
    """The rows below the header; text_only means every cell is already NFC text (CSV)."""
    with _gc_paused():
        return _parse_rows(table, today, text_only)


def _parse_rows(table: Iterable[Sequence[Cell]], today: date,
                text_only: bool) -> StaffImportParse:
    it = iter(table)
    header = next(it, None)
    keys = [_header_key(c) for c in header] if header is not None else []
    if not any(keys):
        return _file_error("empty_file", msg(_T["empty"]))
    index: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k in COLUMNS:
            if k in index:
                return _file_error("duplicate_column", msg(_T["duplicate_column"], k))
            index[k] = i
    missing = [c for c in COLUMNS if c not in index]
    if missing:
        return _file_error(
            "missing_column",
            msg(_T["missing_column"], ", ".join(missing)),
        )

    positions = [index[c] for c in COLUMNS]
    rows: list[StaffRow] = []
    errors: list[RowError] = []
    first_line_of: dict[str, int] = {}
    duplicated: set[str] = set()
    line = 1
    people = 0
    for raw in it:
        line += 1
        if line > MAX_LINES:
            return _file_error("too_many_lines", msg(_T["too_many_lines"], MAX_LINES))
        n = len(raw)
        values: list[Value]
        if text_only:
            text = cast("Sequence[str]", raw)  # text_only: a CSV row, every cell a str
            values = [text[p].strip() if p < n else "" for p in positions]
        else:
            values = [_value(raw[p]) if p < n else "" for p in positions]
        # Spreadsheets often end with empty lines; extra columns alone do not make a person.
        if not any(values):
            continue
        people += 1
        problems = _RowProblems(line)
        row = _parse_row(values, problems, today)
        code = _as_text(values[0])
        if code:
            first = first_line_of.setdefault(code, line)
            if first != line:
                duplicated.add(code)
                problems.add(
                    "duplicate_personal_code",
                    "personal_code",
                    code,
                    msg(_T["duplicate_code"], first, line),
                )
        if problems.errors:
            errors.extend(problems.errors)
        elif row is not None:
            rows.append(row)

    if not people:
        return _file_error("empty_file", msg(_T["no_people"]))
    # Neither copy of a duplicated person can be trusted to be the right one.
    kept = tuple(r for r in rows if r.personal_code not in duplicated) if duplicated else rows
    return StaffImportParse(tuple(kept), tuple(errors))


_N_PERSON = len(PERSON_COLUMNS)
_FREE_TEXT = ("last_name", "first_name", "position", "unit")
# A position or unit may be written on two lines in a spreadsheet cell; a name may not.
_MULTI_LINE = ("position", "unit")


def _check_text(column: str, text: str, problems: _RowProblems, lines: bool = False) -> None:
    problem = text_problem(text, column, lines=lines)
    if problem is not None:
        problems.add(problem[0], column, text, problem[1])


def _parse_row(values: Sequence[Value], problems: _RowProblems, today: date
               ) -> StaffRow | None:
    code, last, first, position, unit, category_text = [
        v if type(v) is str else _as_text(v) for v in values[:_N_PERSON]
    ]
    texts = (code, last, first, position, unit, category_text)
    if not all(texts):
        for column, text in zip(PERSON_COLUMNS, texts, strict=True):
            if not text:
                problems.add("missing_value", column, text, msg(_T["missing_value"]))
    if code:
        try:
            parse_personal_code(code, today)
        except InvalidPersonalCode as e:
            problems.add(f"personal_code_{e.reason_code}", "personal_code", code, msg(e.reason))
    for column, text in zip(_FREE_TEXT, (last, first, position, unit), strict=True):
        if text:
            _check_text(column, text, problems, lines=column in _MULTI_LINE)
    category = _word(category_text, _CATEGORIES, "category", problems) if category_text else None
    clearance = _parse_clearance(values[_N_PERSON:], problems)
    if problems.errors or category is None:
        return None
    return StaffRow(
        personal_code=code,
        last_name=last,
        first_name=first,
        position=position,
        unit=unit,
        category=category,
        clearance=clearance,
        line=problems.line,
    )


def _parse_clearance(values: Sequence[Value], problems: _RowProblems) -> ClearanceRow | None:
    if not any(values):
        return None  # a person without clearance
    level_v, number_v, issued_v, until_v = values
    before = len(problems.errors)
    # The filled cells are checked even when some are missing, so one pass shows all.
    level = _word(_as_text(level_v), _LEVELS, "clearance_level", problems) if level_v else None
    if number_v:
        _check_text("clearance_number", _as_text(number_v), problems)
    issued = _date(issued_v, "clearance_issued", problems) if issued_v else None
    valid_until = _date(until_v, "clearance_valid_until", problems) if until_v else None
    empty = [c for c, v in zip(CLEARANCE_COLUMNS, values, strict=True) if not v]
    if empty:
        problems.errors.append(
            RowError(
                problems.line,
                "partial_clearance",
                msg(_T["partial_clearance_1" if len(empty) == 1 else "partial_clearance"],
                    ", ".join(empty)),
                empty[0],
                "",
            )
        )
    if issued and valid_until and valid_until < issued:
        problems.add(
            "clearance_dates_reversed",
            "clearance_valid_until",
            valid_until.isoformat(),
            msg(_T["dates_reversed"], issued.isoformat()),
        )
    if len(problems.errors) != before or level is None or issued is None or valid_until is None:
        return None
    return ClearanceRow(level, _as_text(number_v), issued, valid_until)


# --- Template ----------------------------------------------------------------------


def template_rows(lang: str = "lt") -> tuple[tuple[str, ...], tuple[str | date, ...]]:
    """The header and one example person (with clearance), worded for `lang` ("lt"/"en");
    the import reads either language's words for category and level."""
    from app.domain.personal_code import make_personal_code

    labels = LABELS_LT if lang == "lt" else LABELS_EN
    example: tuple[str | date, ...] = (
        make_personal_code("M", date(1980, 1, 15), 1),
        "Pavardenis",
        "Vardenis",
        "Vyresnysis specialistas" if lang == "lt" else "Senior specialist",
        "Analizės skyrius" if lang == "lt" else "Analysis Division",
        labels[StaffCategory.CIVIL_SERVANT],
        labels[ClearanceLevel.SECRET],
        "SL-0001",
        date(2025, 1, 15),
        date(2030, 1, 14),
    )
    return COLUMNS, example


def write_template(path: Path, lang: str = "lt") -> None:
    """A staff file to fill in: the header and one example row, as CSV (UTF-8 with BOM,
    semicolons, as a Lithuanian spreadsheet saves it) or XLSX (the personal code a text
    cell, dates real dates), chosen by the file's ending. The import accepts it as written."""
    header, example = template_rows(lang)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        cells = [c.isoformat() if isinstance(c, date) else c for c in example]
        buf = io.StringIO(newline="")
        csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([header, cells])
        path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "staff"
        sheet.append(list(header))
        sheet.append(list(example))
        for cell in sheet[2]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.number_format = "@"  # text: a personal code keeps its digits
        for column, width in zip("ABCDEFGHIJ", (14, 16, 14, 24, 20, 22, 16, 18, 16, 20),
                                 strict=True):
            sheet.column_dimensions[column].width = width
        book.save(path)
    else:
        raise ValueError(f"A template is written as .csv or .xlsx, not {suffix or 'no ending'}.")
