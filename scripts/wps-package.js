// The two deployments of the WPS 加载项, written next to the built add-in (build/wps/) after webpack:
// - online: build/wps/ is copied to the office's web server as it is; jsplugins.xml lists it for
//   WPS (oem.ini's JSPluginsServer points at it) and publish.html tells an administrator what to set;
// - offline: build/wps/offline/ holds the add-in folder `ProgressReport_<version>` and install scripts
//   for Windows and Linux that copy it into the user's jsaddons folder and register it in publish.xml.
// No archive is made (WPS reads the folder); the paths are those of
// https://github.com/herman-hang/wps (jsaddons on Windows and Linux, publish.xml and jsplugins.xml) and
// https://blog.csdn.net/du_lun/article/details/117968811 (oem.ini [Server] JSPluginsServer).
const fs = require('fs');
const path = require('path');

const ADDIN_NAME = 'ProgressReport';
const ADDIN_TYPE = 'et'; // WPS 表格
const PACKAGE_FILES = ['offline', 'jsplugins.xml', 'publish.html'];

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function jspluginsXml(baseUrl) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Online mode: WPS loads the add-in from ${escapeXml(baseUrl)} each time it starts. -->
<jsplugins>
  <jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${escapeXml(baseUrl)}" />
</jsplugins>
`;
}

function publishHtml(baseUrl, version) {
  const jsplugins = `${baseUrl}jsplugins.xml`;
  const record = `<jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${baseUrl}" enable="true" />`;
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
    <title>进展报表助手 · WPS 加载项发布页</title>
  </head>
  <body style="font-family: sans-serif; max-width: 760px; margin: 24px auto; line-height: 1.6">
    <h1>进展报表助手 · WPS 表格加载项 ${escapeXml(version)}</h1>
    <p>本页由本单位的网站服务器提供，加载项的文件就在同一目录：<code>${escapeXml(baseUrl)}</code>。不需要连接互联网。</p>
    <h2>方式一：统一配置（推荐，管理员）</h2>
    <p>在每台电脑 WPS 安装目录的 <code>office6/cfgs/oem.ini</code> 中加入以下内容，然后重新启动 WPS：</p>
    <pre>[Support]
JsApiPlugin=true
[Server]
JSPluginsServer=${escapeXml(jsplugins)}</pre>
    <h2>方式二：单个用户</h2>
    <p>在用户的 jsaddons 目录（Windows：<code>%APPDATA%\\kingsoft\\wps\\jsaddons</code>；Linux：<code>~/.local/share/Kingsoft/wps/jsaddons</code>）的 <code>publish.xml</code> 的 <code>&lt;jsplugins&gt;</code> 中加入一行，然后重新启动 WPS：</p>
    <pre>${escapeXml(record)}</pre>
    <p>没有网站服务器时，使用 <code>offline/</code> 目录中的离线安装包（见其中的“安装说明.txt”）。</p>
  </body>
</html>
`;
}

function installWindowsPs1(version) {
  return `# 离线安装“进展报表助手”WPS 表格加载项（当前用户）。用法：右键“使用 PowerShell 运行”，或运行 install-windows.cmd。
$ErrorActionPreference = 'Stop'
$name = '${ADDIN_NAME}'
$version = '${version}'
$addons = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
$folder = "$($name)_$($version)"
New-Item -ItemType Directory -Force -Path $addons | Out-Null
$target = Join-Path $addons $folder
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse -Path (Join-Path $PSScriptRoot $folder) -Destination $target
$publish = Join-Path $addons 'publish.xml'
$url = ([System.Uri]($target + '\\')).AbsoluteUri
$record = '<jsplugin name="' + $name + '" type="${ADDIN_TYPE}" url="' + $url + '" version="' + $version + '" enable="true" />'
if (Test-Path $publish) { $xml = [IO.File]::ReadAllText($publish) } else { $xml = "<?xml version=""1.0"" encoding=""UTF-8""?>\`r\`n<jsplugins>\`r\`n</jsplugins>\`r\`n" }
$xml = [regex]::Replace($xml, '[ \\t]*<jsplugin(online)?\\s[^>]*name="' + $name + '"[^>]*/>\\r?\\n?', '')
$xml = $xml.Replace('</jsplugins>', '  ' + $record + "\`r\`n</jsplugins>")
[IO.File]::WriteAllText($publish, $xml, (New-Object System.Text.UTF8Encoding($false)))
Write-Host "已安装到 $target 。请关闭并重新打开 WPS 表格。"
`;
}

function installWindowsCmd() {
  return '@echo off\r\nchcp 65001 >nul\r\npowershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"\r\npause\r\n';
}

function installLinuxSh(version) {
  return `#!/bin/sh
# 离线安装“进展报表助手”WPS 表格加载项（当前用户，不要用 root 运行）。用法：sh install-linux.sh
set -eu
NAME=${ADDIN_NAME}
VERSION=${version}
FOLDER="\${NAME}_\${VERSION}"
HERE=$(cd "$(dirname "$0")" && pwd)
ADDONS="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$ADDONS"
rm -rf "$ADDONS/$FOLDER"
cp -R "$HERE/$FOLDER" "$ADDONS/$FOLDER"
PUBLISH="$ADDONS/publish.xml"
RECORD="<jsplugin name=\\"$NAME\\" type=\\"${ADDIN_TYPE}\\" url=\\"file://$ADDONS/$FOLDER/\\" version=\\"$VERSION\\" enable=\\"true\\" />"
[ -f "$PUBLISH" ] || printf '<?xml version="1.0" encoding="UTF-8"?>\\n<jsplugins>\\n</jsplugins>\\n' > "$PUBLISH"
grep -v "name=\\"$NAME\\"" "$PUBLISH" | awk -v rec="  $RECORD" '/<\\/jsplugins>/ { print rec } { print }' > "$PUBLISH.tmp"
mv "$PUBLISH.tmp" "$PUBLISH"
echo "已安装到 $ADDONS/$FOLDER 。请关闭并重新打开 WPS 表格。"
`;
}

function offlineReadme(version) {
  return `进展报表助手 · WPS 表格加载项 ${version} · 离线安装

Windows：双击 install-windows.cmd（或右键 install-windows.ps1 →“使用 PowerShell 运行”）。
Linux（统信 UOS、麒麟等）：在本目录打开终端，运行 sh install-linux.sh（用普通用户，不要用 root）。

脚本把 ${ADDIN_NAME}_${version} 文件夹复制到当前用户的 jsaddons 目录，并在其中的 publish.xml 里登记本加载项；
然后关闭并重新打开 WPS 表格，功能区会出现“进展报表助手”选项卡（检查报表、汇总报表）。
不需要连接互联网。卸载：删除 jsaddons 中的 ${ADDIN_NAME}_${version} 文件夹和 publish.xml 中 name="${ADDIN_NAME}" 的一行。
`;
}

function copyDir(from, to, skip = []) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(source, target);
    else fs.copyFileSync(source, target);
  }
}

/** Writes the online listing, the publish page and the offline folder into `outDir` (the built add-in). */
function writeWpsPackage({ outDir, baseUrl, version }) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  fs.writeFileSync(path.join(outDir, 'jsplugins.xml'), jspluginsXml(base));
  fs.writeFileSync(path.join(outDir, 'publish.html'), publishHtml(base, version));
  const offline = path.join(outDir, 'offline');
  fs.rmSync(offline, { recursive: true, force: true });
  copyDir(outDir, path.join(offline, `${ADDIN_NAME}_${version}`), PACKAGE_FILES);
  fs.writeFileSync(path.join(offline, 'install-windows.ps1'), '\ufeff' + installWindowsPs1(version)); // BOM: Windows PowerShell 5 reads the Chinese text as UTF-8
  fs.writeFileSync(path.join(offline, 'install-windows.cmd'), installWindowsCmd());
  fs.writeFileSync(path.join(offline, 'install-linux.sh'), installLinuxSh(version), { mode: 0o755 });
  fs.writeFileSync(path.join(offline, '安装说明.txt'), offlineReadme(version));
}

module.exports = { writeWpsPackage, ADDIN_NAME, ADDIN_TYPE };
