; Field Credit Workstation (小微信贷调查工作台): the Windows installer, Inno Setup 6.3 or later.
;
;   uv run python tools/build.py --installer       (on Windows; see docs/WINDOWS.md)
;
; tools/build.py passes /DAppVersion=<version> /DSourceDir=<build\dist\fcw>
; /O<build\installer> and writes build\installer\FieldCreditWorkstation-<version>-setup.exe.
;
; Per user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\FieldCreditWorkstation (Inno's {autopf} in
; non-administrative mode), the Start-menu entry to the user's own menu.
; IT may install for all users into Program Files with `setup.exe /ALLUSERS`
; (administrator rights then); an fcw.ini put into the built folder before
; compiling is installed beside the programs (idle lock, docs/WINDOWS.md).
;
; The workspace never lives in the program folder: the program keeps it in
; %LOCALAPPDATA%\FieldCreditWorkstation\FieldCreditWorkstation\workspace (Qt's
; local app-data folder, ui/app.py) with its backups, and its logs beside it.
; The uninstaller removes only what this script installed, so the workspace,
; backups and logs stay: there is deliberately no [UninstallDelete] section.
; This file is UTF-8 with a byte-order mark (ISCC reads it as UTF-8 then).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\fcw"
#endif
#define AppName "小微信贷调查工作台"
#define AppNameLatin "Field Credit Workstation"
#define GuiProgram "fcw-gui.exe"

[Setup]
AppId={{B9E7DC25-1AE8-49E2-B5E5-B8B5DA06BC29}
AppName={#AppName} {#AppNameLatin}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameLatin}
DefaultDirName={autopf}\FieldCreditWorkstation
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=FieldCreditWorkstation-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiProgram}
UninstallDisplayName={#AppName} {#AppNameLatin}
CloseApplications=yes
SetupLogging=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif
Name: "en_US"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole built folder: fcw.exe (command line), fcw-gui.exe (windowed), _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiProgram}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiProgram}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiProgram}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
