<#
.SYNOPSIS
Builds Facilitator for Windows: dist\Facilitator\ (one folder, no Python needed on the
target), a zip of it, and, when Inno Setup is installed, the installer
dist\Facilitator-<version>-windows-setup.exe.

.DESCRIPTION
The same steps as packaging/build-linux.sh: a build environment with the project and its
[postgres] extra (team mode), PyInstaller and tzdata (Windows has no time zone database),
then PyInstaller with packaging\facilitator.spec. The folder holds Facilitator.exe (the
window), facilitator-cli.exe (the command line) and, in licences\, the licence of every
component it ships. Inno Setup 6.3 or newer (ISCC.exe on PATH or in its usual folder) then
compiles packaging\facilitator.iss with the version of facilitator\__init__.py.

Runs in Windows PowerShell 5.1 and PowerShell 7. If scripts are blocked on the machine:
    powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1

.PARAMETER Venv
Build with this existing virtual environment (the project already installed in it)
instead of a fresh one in build\venv-windows.

.PARAMETER Python
The Python that makes the fresh environment. Default: the py launcher's 3.11 when
present, otherwise python on PATH. Python 3.11 or newer, 64-bit (x64).

.PARAMETER RequireInstaller
Fail when Inno Setup is not found, instead of building the folder and the zip only (CI).

.EXAMPLE
packaging\build-windows.ps1

.EXAMPLE
packaging\build-windows.ps1 -Venv .venv -RequireInstaller
#>
[CmdletBinding()]
param(
    [string]$Venv,
    [string]$Python,
    [switch]$RequireInstaller
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Invoke-Native {
    # Runs a program and stops the build when it fails. Its output passes through; while it
    # runs, its standard error is plain output (Windows PowerShell would otherwise stop at
    # pip's or PyInstaller's first warning under 'Stop').
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$ArgumentList = @()
    )
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        & $FilePath @ArgumentList
        $code = $LASTEXITCODE
    }
    finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) {
        throw "exit status ${code}: $FilePath $($ArgumentList -join ' ')"
    }
}

function Test-Native {
    # Whether a program runs and exits with 0 (its output is dropped).
    param([string]$FilePath, [string[]]$ArgumentList = @())
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        & $FilePath @ArgumentList *> $null
        return ($LASTEXITCODE -eq 0)
    }
    catch {
        return $false
    }
    finally {
        $ErrorActionPreference = $saved
    }
}

function Find-Iscc {
    # Inno Setup's command-line compiler: on PATH, or where its installer puts it (for all
    # users or for the current user). Inno Setup 7 compiles this script too.
    $command = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($command) {
        return $command.Path
    }
    $bases = @(${env:ProgramFiles(x86)}, $env:ProgramFiles)
    if ($env:LOCALAPPDATA) {
        $bases += (Join-Path $env:LOCALAPPDATA 'Programs')
    }
    foreach ($edition in @('Inno Setup 6', 'Inno Setup 7')) {
        foreach ($base in $bases) {
            if (-not $base) {
                continue
            }
            $candidate = Join-Path (Join-Path $base $edition) 'ISCC.exe'
            if (Test-Path -LiteralPath $candidate -PathType Leaf) {
                return $candidate
            }
        }
    }
    return $null
}

$root = Split-Path -Parent $PSScriptRoot
$fresh = -not $Venv
if ($fresh) {
    $venvDir = Join-Path $root 'build\venv-windows'
}
else {
    # Resolved before moving to the repository, so that a relative path means what it says.
    $venvDir = (Resolve-Path -LiteralPath $Venv).Path
}
$venvPython = Join-Path $venvDir 'Scripts\python.exe'
$out = Join-Path $root 'dist\Facilitator'

Push-Location $root
try {
    if ($fresh) {
        $pythonArgs = @()
        if ($Python) {
            $pythonExe = $Python
        }
        elseif ((Get-Command py -ErrorAction SilentlyContinue) -and (Test-Native 'py' @('-3.11', '-c', 'pass'))) {
            $pythonExe = 'py'
            $pythonArgs = @('-3.11')
        }
        elseif (Get-Command python -ErrorAction SilentlyContinue) {
            $pythonExe = 'python'
        }
        else {
            throw 'No Python found: install Python 3.11 (64-bit) with the py launcher, or pass -Python C:\path\to\python.exe'
        }
        if (-not (Test-Native $pythonExe ($pythonArgs + @('-c', 'import sys; sys.exit(sys.version_info < (3, 11))')))) {
            throw "Python 3.11 or newer is needed; '$pythonExe $pythonArgs' is not one (pass -Python C:\path\to\python.exe)"
        }
        Write-Host "== build environment: $venvDir"
        Invoke-Native $pythonExe ($pythonArgs + @('-m', 'venv', '--clear', $venvDir))
        Invoke-Native $venvPython @('-m', 'pip', 'install', '-q', '--upgrade', 'pip')
        Invoke-Native $venvPython @('-m', 'pip', 'install', '-q', '.[postgres]')
    }
    elseif (-not (Test-Path -LiteralPath $venvPython -PathType Leaf)) {
        throw "$venvPython does not exist: -Venv takes a virtual environment's folder"
    }

    # The installer is for x64 Windows (x64 programs also run on Windows 11 on Arm).
    $machine = (Invoke-Native $venvPython @('-c', 'import platform; print(platform.machine())') | Out-String).Trim()
    if ($machine -ne 'AMD64') {
        throw "The build's Python is for $machine; packaging\facilitator.iss installs x64 programs: use a 64-bit (x64) Python"
    }

    Invoke-Native $venvPython @('-m', 'pip', 'install', '-q', 'pyinstaller>=6.10,<7', 'tzdata', 'psycopg[binary]>=3.2')

    Write-Host '== pyinstaller'
    if (Test-Path -LiteralPath $out) {
        Remove-Item -LiteralPath $out -Recurse -Force
    }
    Invoke-Native $venvPython @(
        '-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN',
        '--distpath', 'dist', '--workpath', 'build\pyinstaller', 'packaging\facilitator.spec'
    )
    foreach ($program in @('Facilitator.exe', 'facilitator-cli.exe')) {
        if (-not (Test-Path -LiteralPath (Join-Path $out $program) -PathType Leaf)) {
            throw "PyInstaller made no $program in $out"
        }
    }
    Copy-Item -LiteralPath 'LICENSE', 'README.md', 'CHANGELOG.md' -Destination $out
    # The licence of every component the folder ships, in licences\ (the About box says so).
    Invoke-Native $venvPython @('packaging\collect_licences.py', (Join-Path $out 'licences')) | Out-Null

    $version = (Invoke-Native $venvPython @('-c', 'import facilitator; print(facilitator.__version__)') | Out-String).Trim()

    # .NET's zip writer (forward slashes in the names on both PowerShell editions; it needs
    # full paths, as .NET does not follow PowerShell's current folder).
    Add-Type -AssemblyName System.IO.Compression
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = Join-Path $root "dist\Facilitator-$version-windows-x64.zip"
    if (Test-Path -LiteralPath $zip) {
        Remove-Item -LiteralPath $zip -Force
    }
    [System.IO.Compression.ZipFile]::CreateFromDirectory(
        $out, $zip, [System.IO.Compression.CompressionLevel]::Optimal, $true)
    Write-Host "== built $out and $zip"

    $iscc = Find-Iscc
    if ($iscc) {
        Write-Host "== installer ($iscc)"
        Invoke-Native $iscc @('/Q', "/DAppVersion=$version", (Join-Path $root 'packaging\facilitator.iss'))
        $setup = Join-Path $root "dist\Facilitator-$version-windows-setup.exe"
        if (-not (Test-Path -LiteralPath $setup -PathType Leaf)) {
            throw "Inno Setup wrote no $setup"
        }
        Write-Host "== built $setup"
    }
    elseif ($RequireInstaller) {
        throw 'Inno Setup 6.3 or newer is not installed (ISCC.exe is neither on PATH nor in Program Files)'
    }
    else {
        Write-Warning 'Inno Setup is not installed: no installer was made (install Inno Setup 6.3 or newer, e.g. winget install JRSoftware.InnoSetup, and run this again)'
    }
}
finally {
    Pop-Location
}
