// `npm run fuzz [-- --seconds 60 --seed 1]`: fast-check over the .xlsx and CSV readers for a fixed time, with
// structure-aware mutations of real workbooks (../shared/xlsx-corpus/files when present, else small ones
// built here): parts unzipped, their XML cut, duplicated, truncated, re-encoded or spliced with hostile
// fragments, names changed in case or slashes, zip fields lied about. Property: every input gives grids
// within Excel's bounds or one ReportError with a code, never another exception, and within a bounded time.
const fs = require('fs');
const { TextDecoder, TextEncoder } = require('util');
const path = require('path');
const fc = require('fast-check');
const { strToU8, unzipSync, zipSync } = require('fflate');
const { readXlsx } = require('../dist/io/xlsx-reader');
const { nodeRawInflate } = require('../dist/node/raw-inflate');
const { readCsvFile } = require('../dist/io/csv-reader');
const { ReportError } = require('../dist/core/errors');
const { READ_LIMITS } = require('../dist/io/limits');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 60);
const seed = arg('seed', 20261202);
const MAX_RUN_MS = 10_000;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
function builtSeed() {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets><sheet name="报表" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${NS}><si><t>序号</t></si><si><r><t>进展</t></r><rPh><t>jz</t></rPh></si></sst>`),
    'xl/styles.xml': strToU8(
      `<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>44377</v></c><c r="B2" s="2"><v>44377.5</v></c><c r="C2" s="3"><v>0.4</v></c><c r="D2" t="inlineStr"><is><t><![CDATA[a&b]]></t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
    ),
  });
}

function seeds() {
  const dir = path.join(__dirname, '..', '..', 'shared', 'xlsx-corpus', 'files');
  const found = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.xls[xm]$/i.test(f))
        .map((f) => path.join(dir, f))
        .filter((f) => fs.statSync(f).size < 300_000)
        .sort()
    : [];
  console.log(found.length ? `seeds: ${found.length} corpus workbooks under 300 KB` : 'seeds: built in code (../shared/xlsx-corpus/files is absent)');
  const list = found.map((f) => ({ name: path.basename(f), parts: unzipSync(new Uint8Array(fs.readFileSync(f))) }));
  list.push({ name: 'built', parts: unzipSync(builtSeed()) });
  return list;
}

const FRAGMENTS = [
  '<c',
  '<row',
  '<t>',
  '<rPh>',
  '<si>',
  '</c>',
  '</row>',
  '<row r="0">',
  '<row r="-5">',
  '<row r="6.5">',
  '<row r="99999999">',
  '<c r="A0">',
  '<c r="XFE1">',
  '<mergeCell ref="A:A"/>',
  '<mergeCell ref="1:1"/>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="A0:B2"/>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '&#x110000;',
  '&#xFFFF;',
  '&amp;',
  '&bogus;',
  '_xFFFF_',
  '_x000D_',
  '\r\n',
  '<?xml version="1.0" encoding="UTF-16"?>',
  't="d"',
  't="s"',
  's="99999"',
  '<v>1e309</v>',
  '<v>-1</v>',
  '<v>2958466</v>',
  '<v>99999999</v>',
  '"',
  "'",
  '>',
  '<',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut'), at: fc.nat(), length: fc.nat({ max: 2000 }) }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), length: fc.nat({ max: 500 }), times: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS), times: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('utf16'), bom: fc.boolean(), order: fc.constantFrom('le', 'be') }),
  fc.record({ kind: fc.constant('rename'), style: fc.constantFrom('upper', 'backslash', 'drop') }),
);

function utf16(text, order, bom) {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

function mutate(parts, partIndex, steps) {
  const next = { ...parts };
  const names = Object.keys(next);
  for (const step of steps) {
    const name = names[partIndex % names.length];
    if (!(name in next)) continue;
    const text = new TextDecoder().decode(next[name]);
    const at = text.length ? step.at % text.length : 0;
    let out = text;
    if (step.kind === 'cut') out = text.slice(0, at) + text.slice(at + step.length);
    else if (step.kind === 'duplicate') out = text.slice(0, at) + text.slice(at, at + step.length).repeat(step.times) + text.slice(at);
    else if (step.kind === 'insert') out = text.slice(0, at) + step.fragment.repeat(step.times) + text.slice(at);
    else if (step.kind === 'truncate') out = text.slice(0, at);
    if (step.kind === 'utf16') next[name] = utf16(text, step.order, step.bom);
    else if (step.kind === 'rename') {
      delete next[name];
      if (step.style !== 'drop') next[step.style === 'upper' ? name.toUpperCase() : name.replace(/\//g, '\\')] = strToU8(text);
    } else next[name] = strToU8(out);
  }
  return zipSync(next);
}

function checkGrids(grids) {
  for (const g of grids) {
    if (g.rows.length > READ_LIMITS.maxRows) throw new Error(`${g.sheet}: ${g.rows.length} rows`);
    for (const m of g.merges)
      if (m.bottom >= READ_LIMITS.maxRows || m.right >= READ_LIMITS.maxColumns || m.top > m.bottom || m.left > m.right) throw new Error(`${g.sheet}: merge ${JSON.stringify(m)}`);
    for (const row of g.rows) if (row.length > READ_LIMITS.maxColumns) throw new Error(`${g.sheet}: ${row.length} columns`);
  }
}

const outcomes = new Map();
/** The outcome of one read: `read <grids as JSON>` or the error's code (counted unless `tally` is 'uncounted'); anything else thrown fails the run. */
function run(read, bytes, tally = 'counted') {
  const count = (key) => tally === 'counted' && outcomes.set(key, (outcomes.get(key) || 0) + 1);
  const start = Date.now();
  let outcome;
  try {
    const grids = read(bytes);
    checkGrids(grids);
    count('read');
    outcome = `read ${JSON.stringify(grids)}`;
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    count(error.code);
    outcome = error.code;
  }
  const ms = Date.now() - start;
  if (ms > MAX_RUN_MS) throw new Error(`took ${ms} ms`);
  return outcome;
}

/**
 * Each mutated workbook is read twice: with fflate (the page's reader) and with Node's zlib (the CLI's
 * and the inbox's, src/node/raw-inflate.ts); both must be a result or a ReportError. Where they differ
 * (zlib refuses some damaged Huffman tables fflate decodes into other bytes) it is counted, not failed.
 */
const inflaters = { same: 0, differ: new Map() };
function runBoth(bytes, name) {
  const fflate = run((b) => readXlsx(b, name), bytes);
  const zlib = run((b) => readXlsx(b, name, { inflate: nodeRawInflate }), bytes, 'uncounted');
  if (fflate === zlib) inflaters.same++;
  else {
    const key = `${fflate.startsWith('read') ? 'read' : fflate} / ${zlib.startsWith('read') ? 'read' : zlib}`;
    inflaters.differ.set(key, (inflaters.differ.get(key) || 0) + 1);
  }
}

const all = seeds();
const deadline = Date.now() + seconds * 1000;
let runs = 0;
let xlsxRuns = 0;
const half = seconds * 800; // most of the time on workbooks, the rest on CSV
const xlsx = fc.property(fc.nat({ max: all.length - 1 }), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, part, steps) => {
  runs++;
  xlsxRuns++;
  runBoth(mutate(all[which].parts, part, steps), all[which].name);
});
const csvText = fc.string({ unit: fc.constantFrom(...'序号,进展"\r\n\t-=+5 \ufffe'.split('')), maxLength: 2000 });
const csv = fc.property(csvText, fc.array(fc.nat({ max: 255 }), { maxLength: 8 }), fc.nat(), (text, noise, at) => {
  runs++;
  const bytes = new TextEncoder().encode(text);
  const spliced = new Uint8Array([...bytes.subarray(0, at % (bytes.length + 1)), ...noise, ...bytes.subarray(at % (bytes.length + 1))]);
  run((b) => [readCsvFile(b, 'x.csv', 'x').grid], spliced.length ? spliced : new Uint8Array([0x31]));
});
try {
  fc.assert(xlsx, { seed, numRuns: 1e9, interruptAfterTimeLimit: half, markInterruptAsFailure: false });
  fc.assert(csv, { seed, numRuns: 1e9, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()), markInterruptAsFailure: false });
  console.log(
    `fuzz: ${runs} inputs (${xlsxRuns} mutated workbooks, ${runs - xlsxRuns} CSV) in ${seconds} s (seed ${seed}), every one a result or a ReportError: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  const differ = [...inflaters.differ].map(([k, n]) => `${k}: ${n}`).join(', ');
  console.log(`fflate and zlib: the same outcome on ${inflaters.same} workbooks${differ ? `; different (fflate / zlib): ${differ}` : ', never different'}`);
} catch (error) {
  console.error(String(error && error.message ? error.message : error).slice(0, 4000));
  process.exit(1);
}
