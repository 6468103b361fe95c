"""The screens beyond the core three, in navigation order: "module:Class" entries.

The main window imports each one; a screen that does not exist yet is skipped, so screens
can be added by adding a line here. `Screen.visible_for(actor)` may hide one by role.
"""

from __future__ import annotations

EXTRA_SCREENS: tuple[str, ...] = (
    "ui.screens.staff:StaffScreen",
    "ui.screens.letters:LettersScreen",
    "ui.screens.aftercare:AftercareScreen",
    "ui.screens.dashboard:DashboardScreen",
    "ui.screens.audit:AuditScreen",
    "ui.screens.inspection:InspectionScreen",
    "ui.screens.settings:SettingsScreen",
)
