; Inno Setup script for the frozen Windows build (dist\permit-desk from installer\permit-desk.spec).
; It cannot be built on the Linux CI machine; the steps are in README.md
; ("Installing on an air-gapped workstation"). Build with:
;   iscc /DAppVersion=0.1.0 installer\windows\permit-desk.iss
; AppVersion must be [project].version of pyproject.toml; build_windows.ps1 passes it.
;
; Kept in step with the spec: the same NAME ("permit-desk"), the same dist folder, and the
; same icon. Per machine, to Program Files. The stores and key files live in each user's
; %APPDATA%\permit-desk and are never touched by install, upgrade or uninstall.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z permit-desk.iss
#endif
#define AppName "Permit Desk"
#define AppExe "permit-desk.exe"
#define DistDir "..\..\dist\permit-desk"

[Setup]
; A fixed AppId makes a newer installer an upgrade of the older one, in place.
AppId={{5E0C2B7A-3F4D-4C1E-9B8A-7D2F6A1C9E40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Permit Desk maintainers
DefaultDirName={autopf}\Permit Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=permit-desk-{#AppVersion}-setup
SetupIconFile=..\permit-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Permit Desk before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "lithuanian"; MessagesFile: "compiler:Languages\Lithuanian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the program folder wholesale: no stale modules from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} doctor"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppExe}"" doctor"; WorkingDir: "{app}"

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only what the program itself may leave in its own folder (byte-code caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
; Deliberately nothing under {userappdata}: the encrypted stores and key files stay.
