// Prints the task pane's gzipped JavaScript after `npm run build`: what taskpane.html loads first,
// and the chunks that load later (file reading, ExcelJS, the Excel adapter). Markdown table on stdout.
const fs = require('fs');
const path = require('path');
const { gzipSync } = require('zlib');

const dir = path.join(__dirname, '..', 'build');
const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
// our own scripts only: office.js comes from Microsoft's CDN (or a copy served beside the pane) and is not ours to size
const first = [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)"?/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src))
  .map((src) => src.replace(/^\.?\//, ''));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
const chunks = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('commands'));
const firstTotal = first.reduce((n, f) => n + gz(f), 0);
const later = chunks
  .filter((f) => !first.includes(f))
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1]);
console.log('| part | gzipped |');
console.log('| --- | --- |');
console.log(`| first load (${first.join(', ')}) | ${kb(firstTotal)} |`);
for (const [f, n] of later) console.log(`| later: ${f} | ${kb(n)} |`);
if (process.argv.includes('--check') && firstTotal > 300 * 1024) {
  console.error(`first load ${kb(firstTotal)} exceeds 300 KB`);
  process.exit(1);
}
