# Builds the frozen app and the Inno Setup installer on a Windows build machine.
# Run from the repository root in PowerShell:  .\installer\windows\build_windows.ps1
# Needs Python 3.11 (x64) and Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
py -3.11 -m venv .venv
# Exactly the locked versions (hash-checked), then the project itself without dependencies.
.\.venv\Scripts\python -m pip install --require-hashes -r requirements-dev.lock
.\.venv\Scripts\python -m pip install --no-deps --no-build-isolation -e .
Get-ChildItem resources\translations\*.ts | ForEach-Object {
  .\.venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
.\.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist installer\permit-desk.spec
.\dist\permit-desk\permit-desk.exe --help | Out-Null
$version = (.\.venv\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\permit-desk.iss
Write-Host "dist\permit-desk-$version-setup.exe"
