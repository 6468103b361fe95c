"""The dashboard: the few numbers a head reads at a glance, and requests per month by outcome
(all countries or one). Computed in a worker; QtCharts is imported when the chart is first drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from ui import workers
from ui.errors import describe
from ui.screens.base import Screen

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

    from app.services.dashboard import DashboardNumbers
    from app.services.desk import Changes

OUTCOME_COLORS = {"approved": "#2e7d32", "denied": "#c62828", "pending": "#f9a825",
                  "declared": "#6a1b9a", "violation": "#000000", "other": "#9e9e9e"}


def outcome_word(outcome: str) -> str:
    return {
        "approved": QCoreApplication.translate("Dashboard", "approved"),
        "denied": QCoreApplication.translate("Dashboard", "denied"),
        "pending": QCoreApplication.translate("Dashboard", "waiting for a decision"),
        "declared": QCoreApplication.translate("Dashboard", "declared afterwards"),
        "violation": QCoreApplication.translate("Dashboard", "violation"),
        "other": QCoreApplication.translate("Dashboard", "draft, returned or cancelled"),
    }.get(outcome, outcome)


def country_name(code: str) -> str:
    return {"RU": QCoreApplication.translate("Dashboard", "Russia"),
            "BY": QCoreApplication.translate("Dashboard", "Belarus")}.get(code, code)


class Tile(QFrame):
    """One number, large, with what it counts beneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 26pt; font-weight: 600;")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, n: int, alarm: bool = False) -> None:
        self.number.setText(QLocale().toString(n))
        color = "#a40000" if alarm and n else "palette(text)"
        self.number.setStyleSheet(f"font-size: 26pt; font-weight: 600; color: {color};")
        self.setAccessibleName(f"{self.caption.text()}: {n}")


class DashboardScreen(Screen):
    roles = (Role.HEAD, Role.DEPUTY, Role.SECURITY_OFFICER, Role.INSPECTOR)
    loaded = Signal(object)  # DashboardNumbers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers: DashboardNumbers | None = None
        self.chart_view: QChartView | None = None  # made on the first chart (QtCharts is heavy)
        self.heading = QLabel(self.tr("Dashboard"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.abroad_tile = Tile(self.tr("abroad today"))
        self.pending_tile = Tile(self.tr("requests wait for a decision"))
        self.overdue_tile = Tile(self.tr("debriefs overdue"))
        self.expiring_tile = Tile(self.tr("clearances expiring"))
        tiles = QGridLayout()
        for i, t in enumerate((self.abroad_tile, self.pending_tile, self.overdue_tile,
                               self.expiring_tile)):
            tiles.addWidget(t, 0, i)

        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country shown in the chart"))
        self.country.addItem(self.tr("All countries"), "")
        self.country.currentIndexChanged.connect(lambda _i: self.refresh())
        self.chart_title = QLabel(self.tr("Requests by month of departure and outcome, last "
                                          "12 months"))
        self.chart_title.setStyleSheet("font-weight: 600;")
        self.chart_box = QVBoxLayout()
        self.chart_placeholder = QLabel(self.tr("Loading…"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_box.addWidget(self.chart_placeholder, 1)

        self.abroad_title = QLabel(self.tr("Abroad today"))
        self.abroad_title.setStyleSheet("font-weight: 600;")
        self.abroad_list = QListWidget()
        self.abroad_list.setAccessibleName(self.tr("Abroad today"))
        self.abroad_list.setWordWrap(True)
        self.abroad_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.abroad_list.itemActivated.connect(
            lambda item: self.open_request.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        chart_head = QHBoxLayout()
        chart_head.addWidget(self.chart_title, 1)
        chart_head.addWidget(self.country)
        left = QVBoxLayout()
        left.addLayout(chart_head)
        left.addLayout(self.chart_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.abroad_title)
        right.addWidget(self.abroad_list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        if self.desk is None:
            return
        desk, country = self.desk, str(self.country.currentData() or "") or None
        self.message.setText(self.tr("Counting…"))

        def op(progress: workers.Progress) -> DashboardNumbers:
            from app.services import dashboard

            return dashboard.numbers(desk, country=country)

        workers.run_op(self, op, self._loaded, self._failed, kind="read")

    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and self.isVisible() and \
                changes.kinds & {"request", "debrief", "clearance", "violation"}:
            self.refresh()

    def _loaded(self, n: DashboardNumbers) -> None:
        if self.desk is None:
            return
        self.numbers = n
        self.message.clear()
        day = QLocale().toString(QDate(n.today.year, n.today.month, n.today.day),
                                 QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("Dashboard, %1").replace("%1", day))
        self.abroad_tile.set(n.abroad_count)
        self.pending_tile.set(n.pending_decisions)
        self.overdue_tile.set(n.overdue_debriefs, alarm=True)
        self.expiring_tile.set(n.expiring_clearances, alarm=True)
        self.expiring_tile.caption.setText(self.tr("clearances expiring within %1 days")
                                           .replace("%1", str(n.expiring_within_days)))
        if self.country.count() == 1:
            self.country.blockSignals(True)
            for code in n.countries:
                self.country.addItem(country_name(code), code)
            self.country.blockSignals(False)
        self.abroad_list.clear()
        from PySide6.QtWidgets import QListWidgetItem

        for r in n.abroad:
            text = self.tr("%1\n%2, back %3").replace("%1", r.traveller).replace(
                "%2", ", ".join(country_name(c) for c in r.countries)).replace(
                "%3", r.return_.isoformat())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.abroad_list.addItem(item)
        if n.abroad_count > len(n.abroad):
            more = QListWidgetItem(self.tr("… and %1 more").replace(
                "%1", str(n.abroad_count - len(n.abroad))))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.abroad_list.addItem(more)
        elif not n.abroad:
            self.abroad_list.addItem(self.tr("Nobody is abroad today."))
        self._draw_chart(n)
        self.loaded.emit(n)

    def chart_series(self, n: DashboardNumbers) -> dict[str, list[int]]:
        """Per outcome, the count in each month (the chart's bar sets, oldest month first)."""
        index = {m: i for i, m in enumerate(n.months)}
        out: dict[str, list[int]] = {}
        for mc in n.per_month:
            if mc.month in index:
                out.setdefault(mc.outcome, [0] * len(n.months))[index[mc.month]] += mc.n
        return out

    def _draw_chart(self, n: DashboardNumbers) -> None:
        from PySide6.QtCharts import (  # QtCharts is loaded only here
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QStackedBarSeries,
            QValueAxis,
        )
        from PySide6.QtGui import QColor, QPainter

        from app.services.dashboard import OUTCOMES

        series = QStackedBarSeries()
        data = self.chart_series(n)
        top = 0
        for outcome in OUTCOMES:
            if outcome not in data:
                continue
            bars = QBarSet(outcome_word(outcome))
            bars.setColor(QColor(OUTCOME_COLORS[outcome]))
            bars.append([float(v) for v in data[outcome]])
            series.append(bars)
        for i in range(len(n.months)):
            top = max(top, sum(v[i] for v in data.values()))
        chart = QChart()
        chart.addSeries(series)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        months = QBarCategoryAxis()
        locale = QLocale()
        # Twelve months name each month once, so the short name is unique (equal category
        # labels would merge into one bar) and fits under a bar in Lithuanian too.
        months.append([locale.toString(QDate(int(m[:4]), int(m[5:]), 1), "MMM")
                       for m in n.months])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        counts = QValueAxis()
        counts.setRange(0, max(1, top) * 1.05)
        counts.setLabelFormat("%d")
        counts.applyNiceNumbers()
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
        if self.chart_view is None:
            self.chart_view = QChartView()
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setAccessibleName(self.chart_title.text())
            self.chart_placeholder.hide()
            self.chart_box.addWidget(self.chart_view, 1)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    def clear(self) -> None:
        super().clear()
        self.numbers = None
        self.abroad_list.clear()
        self.message.clear()
        for t in (self.abroad_tile, self.pending_tile, self.overdue_tile, self.expiring_tile):
            t.number.setText("–")
        if self.chart_view is not None:
            from PySide6.QtCharts import QChart

            self.chart_view.setChart(QChart())
