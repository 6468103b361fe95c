"""Dates between Qt and Python: PySide6 converts them at run time, its stubs do not say so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def py_date(d: QDate) -> date:
    """QDate.toPython(), typed: the stub says `object`, the value is a datetime.date."""
    value = d.toPython()
    if not isinstance(value, date):
        raise TypeError(f"QDate.toPython() gave {type(value).__name__}, not a date")
    return value


def qdate(d: date) -> QDate:
    """A QDate of a Python date (the stubs lack the QDate(date) overload PySide6 accepts)."""
    return QDate(d.year, d.month, d.day)
