"""Form fields as wide as their content needs, not as wide as the window.

At 1280×800 the forms of Settings and Export stretched a four-digit date or a "Save" button
across a thousand pixels; `cap_widths` gives each kind of field a sensible most and keeps
buttons at their own size (they stay left-aligned in their row).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

TEXT_MAX = 560      # a name, an address, a file path: about 80 characters
CHOICE_MAX = 420    # a combo box's longest entry
NUMBER_MAX = 180    # a date, a number of days or minutes


def header_width(view: QWidget, text: str, extra: int = 0) -> int:
    """A header section wide enough for `text` in `view`'s font (with the style's margins)."""
    from PySide6.QtWidgets import QStyle

    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, view)
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin + 8 + extra


def cap_widths(root: QWidget) -> None:
    """Cap the fields under `root` (call once the form is built)."""
    for w in root.findChildren(QWidget):
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # their own inner line edit
        if isinstance(w, QAbstractSpinBox):
            w.setMaximumWidth(max(NUMBER_MAX, w.minimumSizeHint().width()))
        elif isinstance(w, QComboBox):
            w.setMaximumWidth(max(CHOICE_MAX, w.minimumSizeHint().width()))
        elif isinstance(w, QLineEdit):
            w.setMaximumWidth(TEXT_MAX)
        elif isinstance(w, QAbstractButton) and not isinstance(parent, QDialogButtonBox):
            policy = w.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)
            w.setSizePolicy(policy)


class ElidedTipDelegate(QStyledItemDelegate):
    """A column that gives way when the window is narrow (a long unit name is shortened with
    an ellipsis) shows the whole text in a tooltip, so nothing is out of reach."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt's name
                  option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                  ) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid() \
                and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            rect = view.visualRect(index)
            if text and view.fontMetrics().horizontalAdvance(text) + 8 > rect.width():
                QToolTip.showText(event.globalPos(), text, view, rect)
                return True
        return bool(super().helpEvent(event, view, option, index))
