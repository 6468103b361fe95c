"""The Windows installer script cannot be built here; at least it must agree with the spec."""

from __future__ import annotations

from tests.installer.conftest import INSTALLER, REPO


def test_spec_and_windows_installer_agree() -> None:
    """The .iss ships what the spec builds, and takes the version from pyproject.toml."""
    spec = (INSTALLER / "permit-desk.spec").read_text()
    iss = (INSTALLER / "windows" / "permit-desk.iss").read_text()
    assert 'NAME = "permit-desk"' in spec
    assert '#define AppExe "permit-desk.exe"' in iss
    assert '#define DistDir "..\\..\\dist\\permit-desk"' in iss
    assert "{autopf}" in iss and "PrivilegesRequired=admin" in iss
    assert "userappdata" not in iss.split("[UninstallDelete]")[1].split("Deliberately")[0]
    ps1 = (INSTALLER / "windows" / "build_windows.ps1").read_text()
    assert "/DAppVersion=$version" in ps1 and "pyproject.toml" in ps1
    assert (REPO / "installer" / "permit-desk.ico").exists()
