; Inno Setup script: the Windows installer of Facilitator, made from the PyInstaller
; folder dist\Facilitator (packaging\facilitator.spec). packaging\build-windows.ps1 runs it
; with the version of facilitator/__init__.py:
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\facilitator.iss
;
; and it writes dist\Facilitator-<version>-windows-setup.exe. Paths below are relative to
; this file's folder (packaging\).
;
; The installer installs for the current user by default (no administrator needed) and
; offers to install for all users (a dialog; or /ALLUSERS and /CURRENTUSER on its command
; line). It adds Start-menu entries for the app and its uninstaller, an optional desktop
; icon, and opens .facilitator workshop bundles with Facilitator when double-clicked. It
; speaks English and Turkish, chosen from Windows' display language.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (the x64compatible architecture)
#endif
#ifndef AppVersion
  #error Give the version: ISCC.exe /DAppVersion=<facilitator.__version__> packaging\facilitator.iss
#endif

#define AppName "Facilitator"
#define AppExe "Facilitator.exe"
#define BundleClass "Facilitator.Bundle"

[Setup]
; The one identity of Facilitator's installations: upgrades and the uninstaller find the
; previous install by it. Never change it.
AppId={{DDFF5D7D-2854-4340-8F08-17450CC5946F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Facilitator developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\LICENSE
SetupIconFile=..\resources\icons\facilitator.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=Facilitator-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "tr"; MessagesFile: "compiler:Languages\Turkish.isl"

[CustomMessages]
en.BundleType=Facilitator workshop bundle
tr.BundleType=Facilitator çalıştay paketi

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries and modules wholesale: a module or migration left over
; from the previous version must not be found by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .facilitator bundles open in Facilitator (its import preview). HKA is the current user's
; classes for a per-user install, the machine's for an install for all users.
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: ""; ValueData: "{#BundleClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-facilitator-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.facilitator\OpenWithProgids"; ValueType: string; ValueName: "{#BundleClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleClass}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
