/**
 * The one PowerShell program a Windows scan runs (issue 9.1). It is constant text, never built
 * from input, and is passed with -EncodedCommand (UTF-16LE base64), so no quoting can break it.
 *
 * Each section runs in its own try/catch and fails alone, as a warning naming it. The answer is one
 * JSON document, printed as base64 of its UTF-8 bytes after a marker: immune to the console code
 * page (reg.exe and PowerShell's console output use it, which garbled Russian and German names).
 * If the .NET calls for base64 are refused (Constrained Language Mode), it prints the JSON with every
 * non-ASCII character escaped as \uXXXX instead: also code-page proof.
 *
 * Written for Windows PowerShell 5.1 (every supported Windows 10 and 11 has it); Set-StrictMode is
 * off, so a missing value reads as $null. The workflows run it for real on windows-latest.
 */
export const PROBE_FORMAT = 'safeswitch-windows-probe/1';
export const BASE64_MARKER = 'SAFESWITCH-PROBE-BASE64:';
export const JSON_MARKER = 'SAFESWITCH-PROBE-JSON:';

export const PROBE_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$r = @{ format = '${PROBE_FORMAT}'; warnings = @() }
function Warn([string]$section, $err) {
  $text = [string]$err
  if ($err -is [System.Management.Automation.ErrorRecord]) { $text = [string]$err.Exception.Message }
  $r.warnings += @{ section = $section; message = ($text -replace '\s+', ' ').Trim() }
}
function Section([string]$name, [scriptblock]$body) {
  try { $r[$name] = @(& $body) } catch { Warn $name $_ }
}
function Text($v) { if ($null -eq $v) { $null } else { [string]$v } }

Section 'os' { Get-CimInstance -ClassName Win32_OperatingSystem | Select-Object Caption, Version, OSArchitecture }

Section 'securityCenter' {
  Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | ForEach-Object {
    $exe = Text $_.pathToSignedProductExe
    $exists = $null
    if ($exe -and $exe -notmatch '^[A-Za-z]+://') {
      try { $exists = Test-Path -LiteralPath ([Environment]::ExpandEnvironmentVariables($exe.Trim('"'))) -PathType Leaf } catch { $exists = $null }
    }
    @{ displayName = Text $_.displayName; instanceGuid = Text $_.instanceGuid; productState = $_.productState;
       pathToSignedProductExe = $exe; timestamp = Text $_.timestamp; productExeExists = $exists }
  }
}

Section 'defender' { Get-MpComputerStatus | Select-Object AMRunningMode, RealTimeProtectionEnabled, AntivirusSignatureAge, AntivirusEnabled }

$views = @(
  @{ source = 'registry-64'; user = $null; path = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall' },
  @{ source = 'registry-32'; user = $null; path = 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall' }
)
try {
  foreach ($hive in Get-ChildItem -LiteralPath 'Registry::HKEY_USERS') {
    if ($hive.PSChildName -like '*_Classes') { continue }
    foreach ($tail in 'Software\Microsoft\Windows\CurrentVersion\Uninstall', 'Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall') {
      $views += @{ source = 'registry-user'; user = $hive.PSChildName; path = ('Registry::HKEY_USERS\' + $hive.PSChildName + '\' + $tail) }
    }
  }
} catch { Warn 'programs:users' $_ }
$programs = @()
foreach ($view in $views) {
  try {
    if (-not (Test-Path -LiteralPath $view.path)) { continue }
    $unread = 0
    foreach ($key in Get-ChildItem -LiteralPath $view.path) {
      try {
        $p = Get-ItemProperty -LiteralPath $key.PSPath
        if ($p.DisplayName) {
          $programs += @{ name = Text $p.DisplayName; version = Text $p.DisplayVersion; publisher = Text $p.Publisher;
            uninstallString = Text $p.UninstallString; quietUninstallString = Text $p.QuietUninstallString;
            installLocation = Text $p.InstallLocation; source = $view.source; key = $key.PSChildName; user = $view.user }
        }
      } catch { $unread++ }
    }
    if ($unread -gt 0) { Warn ('programs:' + $view.source) ($unread.ToString() + ' uninstall entries could not be read under ' + $view.path) }
  } catch { Warn ('programs:' + $view.source) $_ }
}
$r.programs = $programs

$vendorKeys = @()
foreach ($root in 'HKLM:\SOFTWARE\WOW6432Node\KasperskyLab', 'HKLM:\SOFTWARE\KasperskyLab') {
  try {
    if (-not (Test-Path -LiteralPath $root)) { continue }
    $denied = @()
    $found = @(Get-ChildItem -LiteralPath $root -Recurse -Depth 3 -ErrorAction SilentlyContinue -ErrorVariable denied | Where-Object { $_.PSChildName -eq 'environment' })
    if ($denied.Count -gt 0) { Warn 'kaspersky-keys' ($denied.Count.ToString() + ' keys under ' + $root + ' could not be read') }
    foreach ($key in $found) {
      $v = Get-ItemProperty -LiteralPath $key.PSPath
      $d = $null
      $dataPath = $key.PSPath -replace '\\environment$', '\Data'
      try { if (Test-Path -LiteralPath $dataPath) { $d = Get-ItemProperty -LiteralPath $dataPath } } catch { $d = $null }
      $vendorKeys += @{ key = $key.Name; productName = Text $v.ProductName; insDisplayName = Text $v.Ins_DisplayName;
        productVersion = Text $v.ProductVersion; insProductVersion = Text $v.Ins_ProductVersion; productCode = Text $v.ProductCode;
        uninstallString = Text $v.Ins_UninstallString; productRoot = Text $v.ProductRoot; insProductPath = Text $v.Ins_ProductPath;
        dataRoot = Text $v.DataRoot; licKeyType = Text $d.LicKeyType; licDaysTillExpiration = Text $d.LicDaysTillExpiration }
    }
  } catch { Warn 'kaspersky-keys' $_ }
}
$r.vendorKeys = $vendorKeys

Section 'drivers' { Get-CimInstance -ClassName Win32_SystemDriver | Select-Object Name, PathName, State }
Section 'services' { Get-CimInstance -ClassName Win32_Service | Select-Object Name, DisplayName, State, StartMode, PathName }

$certificates = @()
foreach ($store in 'Cert:\LocalMachine\Root', 'Cert:\CurrentUser\Root') {
  try { $certificates += @(Get-ChildItem -Path $store | Select-Object Subject, Thumbprint, PSParentPath) } catch { Warn 'certificates' $_ }
}
$r.certificates = $certificates

$json = ConvertTo-Json -InputObject $r -Depth 6 -Compress
try {
  '${BASE64_MARKER}' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
} catch {
  '${JSON_MARKER}' + (-join ($json.ToCharArray() | ForEach-Object { if ([int]$_ -gt 126) { '\u' + ([int]$_).ToString('x4') } else { [string]$_ } }))
}
`;

/** -EncodedCommand takes the script as base64 of its UTF-16LE text. */
export const encodedProbe = (): string => Buffer.from(PROBE_SCRIPT, 'utf16le').toString('base64');
