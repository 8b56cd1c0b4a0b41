// The offline structural check of manifest.xml: what Office needs to load the add-in, checked
// without the online validation service. Used by `npm run validate` and by the tests.
const fs = require('fs');
const path = require('path');

function tags(xml, name) {
  const re = new RegExp(`<${name}\\b([^>]*?)(/>|>([\\s\\S]*?)</${name}>)`, 'g');
  const out = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ attrs: m[1], inner: m[3] ?? '' });
  return out;
}
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47) return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Returns the list of problems (empty when the manifest is sound). */
function checkManifest(xml, root) {
  const problems = [];
  const need = (cond, message) => cond || problems.push(message);
  need(/^<\?xml[^>]*encoding="UTF-8"/i.test(xml.trim()), 'XML declaration with UTF-8 encoding');
  need(/<OfficeApp\b[^>]*xsi:type="TaskPaneApp"/.test(xml), 'OfficeApp of xsi:type TaskPaneApp');
  const open = (xml.match(/<[A-Za-z][^!?>]*[^/]>/g) || []).length;
  const close = (xml.match(/<\/[^>]+>/g) || []).length;
  need(open === close, `balanced elements (${open} opened, ${close} closed)`);
  const id = tags(xml, 'Id')[0]?.inner.trim();
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id || ''), 'Id is a GUID');
  need(/^\d+\.\d+\.\d+\.\d+$/.test(tags(xml, 'Version')[0]?.inner.trim() || ''), 'Version is n.n.n.n');
  for (const el of ['ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Permissions', 'SourceLocation'])
    need(tags(xml, el).length > 0, `${el} present`);
  need(tags(xml, 'DefaultLocale')[0]?.inner.trim() === 'zh-CN', 'DefaultLocale is zh-CN');
  need(/<Override Locale="en-US"/.test(xml), 'en-US overrides present');
  need(/<Host Name="Workbook"\/>/.test(xml), 'Host Workbook');
  need(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/.test(xml), 'ExcelApi requirement set declared');
  need(/<OfficeTab id="TabHome">/.test(xml), 'ribbon group on the Home tab');
  // every resid must name a resource, every resource URL must be https
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) need(ids.has(m[1]), `resource ${m[1]} defined`);
  for (const m of xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)) need(m[1].startsWith('https://'), `https URL: ${m[1]}`);
  // icons: the files exist with the size they claim
  for (const size of [16, 32, 64, 80]) {
    const file = path.join(root, 'assets', `icon-${size}.png`);
    const dims = fs.existsSync(file) ? pngSize(file) : undefined;
    need(dims && dims[0] === size && dims[1] === size, `assets/icon-${size}.png is ${size}×${size}`);
  }
  for (const m of xml.matchAll(/\/assets\/(icon-\d+\.png)"/g)) need(fs.existsSync(path.join(root, 'assets', m[1])), `assets/${m[1]} exists`);
  return problems;
}

module.exports = { checkManifest };
