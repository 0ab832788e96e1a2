# Windows: DGTi Desk as a per-user .msi, in target\installer\windows\.
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 -AppImageOnly
# Needs: a JDK 17 with jpackage and jmods (e.g. Eclipse Temurin 17) on the PATH or in JAVA_HOME,
# and WiX Toolset 3.x (3.11 or 3.14: candle.exe and light.exe on the PATH). jpackage of JDK 17
# does not work with WiX 4 or later. Builds target\app first when it is missing (-Rebuild forces it).
# The .msi: per-user install (no administrator rights) into %LOCALAPPDATA%\Programs\DGTi Desk,
# Start-menu group "DGTi", desktop shortcut, a folder chooser, and a fixed upgrade code so a newer
# version replaces the installed one. jpackage of JDK 17 has no per-launcher shortcut setting (the
# add-launcher keys are module, main-jar, main-class, arguments, java-options, app-version, icon,
# win-console), so dgti-desk.exe also gets a Start-menu entry and a desktop shortcut (not checked on
# Windows). Data stays in %LOCALAPPDATA%\DGTi Desk (the application's own folder, never touched by
# the installer).
# Optional signing (not needed to build): set WIN_SIGN_CERT_THUMBPRINT to a code-signing
# certificate's thumbprint in the user's store; signtool.exe (Windows SDK) then signs both .exe
# launchers before packing and the .msi after, with WIN_SIGN_TIMESTAMP_URL (default DigiCert's).
[CmdletBinding()]
param(
    [switch]$AppImageOnly,
    [switch]$Rebuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$appDir = Join-Path $repo 'target\app'
$out = Join-Path $repo 'target\installer'
$inputDir = Join-Path $out 'input'
$fxDir = Join-Path $out 'javafx'
$dest = Join-Path $out 'windows'

function Log($message) { Write-Host "== $message" }

function Invoke-Native {
    # Runs a program and stops on a non-zero exit code (PowerShell does not, for native programs).
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with $LASTEXITCODE" }
}

# Shared settings: installer\common.env (KEY=VALUE lines).
$cfg = @{}
foreach ($line in Get-Content (Join-Path $repo 'installer\common.env') -Encoding UTF8) {
    if ($line -match '^\s*#' -or $line -notmatch '=') { continue }
    $key, $value = $line -split '=', 2
    $cfg[$key.Trim()] = $value.Trim()
}

# Tools.
$jpackage = 'jpackage'
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
}
if (-not $AppImageOnly) {
    foreach ($tool in 'candle.exe', 'light.exe') {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
            throw "$tool not found: install WiX Toolset 3.x (https://github.com/wixtoolset/wix3/releases) and put its bin folder on the PATH"
        }
    }
}

# target\app from the Maven build.
$mainJar = Join-Path $appDir $cfg.MAIN_JAR
if ($Rebuild -or -not (Test-Path $mainJar)) {
    Log 'building target\app (mvnw package -DskipTests)'
    Push-Location $repo
    try { Invoke-Native (Join-Path $repo 'mvnw.cmd') @('-B', '-q', 'package', '-DskipTests') } finally { Pop-Location }
}

# The version: the pom's, as Implementation-Version in the jar's manifest.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($mainJar)
try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
} finally { $zip.Dispose() }
if ($manifest -notmatch '(?m)^Implementation-Version:\s*(\S+)') { throw "no Implementation-Version in $mainJar" }
$version = $Matches[1]
Log "version $version"

# --input without javafx-* jars; the JavaFX platform jars (javafx-*-win.jar) for --module-path.
Remove-Item -Recurse -Force $inputDir, $fxDir, $dest -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $inputDir 'lib'), $fxDir, $dest | Out-Null
Copy-Item $mainJar $inputDir
foreach ($jar in Get-ChildItem (Join-Path $appDir 'lib') -Filter *.jar) {
    if ($jar.Name -like 'javafx-*') {
        if ($jar.Name -match '^javafx-[a-z]+-[0-9.]+-[a-z0-9_-]+\.jar$') { Copy-Item $jar.FullName $fxDir }
    } else {
        Copy-Item $jar.FullName (Join-Path $inputDir 'lib')
    }
}
if (-not (Get-ChildItem $fxDir)) { throw "no JavaFX platform jars in $appDir\lib" }

# The console launcher dgti-desk.exe: the same program, attached to the console.
$cliProps = Join-Path $out "$($cfg.CLI_LAUNCHER).properties"
@(
    "main-jar=$($cfg.MAIN_JAR)",
    "main-class=$($cfg.MAIN_CLASS)",
    'win-console=true'
) | Set-Content -Encoding ASCII $cliProps

$common = @(
    '--name', $cfg.APP_NAME,
    '--app-version', $version,
    '--vendor', $cfg.VENDOR,
    '--description', $cfg.DESCRIPTION,
    '--copyright', $cfg.COPYRIGHT
)
$imageArgs = $common + @(
    '--type', 'app-image', '--dest', $dest,
    '--input', $inputDir,
    '--main-jar', $cfg.MAIN_JAR,
    '--main-class', $cfg.MAIN_CLASS,
    '--module-path', $fxDir,
    '--add-modules', $cfg.ADD_MODULES,
    '--jlink-options', $cfg.JLINK_OPTIONS,
    '--icon', (Join-Path $repo 'installer\icon\dgti-desk.ico'),
    '--add-launcher', "$($cfg.CLI_LAUNCHER)=$cliProps"
)
foreach ($option in $cfg.JAVA_OPTIONS -split '\s+') {
    if ($option) { $imageArgs += @('--java-options', $option) }
}
Log "jpackage app-image $version"
Invoke-Native $jpackage $imageArgs
$image = Join-Path $dest $cfg.APP_NAME
$cli = Join-Path $image "$($cfg.CLI_LAUNCHER).exe"

# Base CDS archive for the packaged runtime, of the JDK and JavaFX classes a start loads (see
# installer/common.sh, dump_base_cds): Windows gets no archive of the application's own classes.
if ($env:CDS -ne '0') {
    Log 'base CDS archive for the packaged runtime'
    $classList = Join-Path $repo 'installer\cds\startup.classlist'
    $env:JAVA_TOOL_OPTIONS = "-Xshare:dump -XX:SharedClassListFile='$classList' -Xlog:cds=warning"
    try { & $cli --version | Out-Null } finally { Remove-Item Env:\JAVA_TOOL_OPTIONS }
    if (-not (Test-Path (Join-Path $image 'runtime\bin\server\classes.jsa'))) { throw 'no classes.jsa in the runtime' }
}
Invoke-Native $cli @('--self-test')

function Sign($files) {
    if (-not $env:WIN_SIGN_CERT_THUMBPRINT) { return }
    $timestamp = if ($env:WIN_SIGN_TIMESTAMP_URL) { $env:WIN_SIGN_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
    Invoke-Native 'signtool.exe' (@('sign', '/sha1', $env:WIN_SIGN_CERT_THUMBPRINT, '/fd', 'SHA256',
        '/tr', $timestamp, '/td', 'SHA256') + $files)
}
Sign @((Join-Path $image "$($cfg.APP_NAME).exe"), $cli)

if ($AppImageOnly) { exit 0 }

Log "jpackage msi $version"
$msiArgs = $common + @(
    '--type', 'msi', '--dest', $dest,
    '--app-image', $image,
    '--icon', (Join-Path $repo 'installer\icon\dgti-desk.ico'),
    '--install-dir', "Programs\$($cfg.APP_NAME)",
    '--win-per-user-install',
    '--win-menu',
    '--win-menu-group', $cfg.WIN_MENU_GROUP,
    '--win-shortcut',
    '--win-dir-chooser',
    '--win-upgrade-uuid', $cfg.WIN_UPGRADE_UUID
)
$resources = Join-Path $PSScriptRoot 'resources'
if (Test-Path $resources) { $msiArgs += @('--resource-dir', $resources) }
Invoke-Native $jpackage $msiArgs
$msi = Get-ChildItem $dest -Filter *.msi | Select-Object -First 1
Sign @($msi.FullName)
Log "$($msi.FullName) ($([math]::Round($msi.Length / 1MB, 1)) MB)"
