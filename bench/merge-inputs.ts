import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';

/**
 * Inputs for the merge and validate benchmarks, generated in code into a fresh temp folder: a
 * progress sheet of N task rows (序号 / 主要工作任务 / 进展情况 / 牵头部门 / 进展状态 under a title and a
 * 填报单位 line), written as a minimal .xlsx with shared strings (as Excel writes them) so a
 * 1,048,576-row sheet takes seconds to write. The texts are the kind real submissions hold: numbered progress items, one or
 * two lead units, the standard statuses and an empty one now and then. Deterministic.
 */
const UNITS = ['市发展改革委', '市教育局', '市科技局', '市公安局', '市财政局', '市交通运输局', '市民政局', '市商务局'];
const STATUSES = ['已完成', '按时推进', '进度滞后', '按时推进', ''];
const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function columnName(c: number): string {
  return String.fromCharCode(65 + c);
}

/** The shared-strings table being built: each distinct text once, in first-use order. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly texts: string[] = [];

  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.index.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  xml(): string {
    const items = this.texts.map((t) => `<si><t>${escape(t)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.texts.length}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

function rowXml(r: number, cells: readonly string[], strings: SharedStrings): string {
  let xml = `<row r="${r}">`;
  cells.forEach((text, c) => {
    if (text !== '') xml += `<c r="${columnName(c)}${r}" t="s"><v>${strings.id(text)}</v></c>`;
  });
  return `${xml}</row>`;
}

/** One task row: 0-based task number `i` of the unit's sheet. */
export function taskRow(i: number, unit: string): string[] {
  const second = UNITS[(i * 7 + 3) % UNITS.length] ?? UNITS[0]!;
  const leads = i % 5 === 0 && second !== unit ? `${unit}、${second}` : unit;
  const progress = `1.已召开专题会议${(i % 7) + 1}次，完成阶段性任务。2.正在开展第${(i % 4) + 2}阶段工作，预计按期完成。`;
  return [String(i + 1), `推进第${i + 1}项重点工作任务，完善工作机制，加强统筹协调`, progress, leads, STATUSES[i % STATUSES.length] ?? ''];
}

/** The .xlsx bytes of one submission with `rows` task rows. */
export function progressWorkbook(rows: number, unit: string): Uint8Array {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  const strings = new SharedStrings();
  parts.push(rowXml(1, ['重点工作进展情况表（2024年上半年）'], strings));
  parts.push(rowXml(2, [`填报单位：${unit}`], strings));
  parts.push(rowXml(3, HEADER, strings));
  for (let i = 0; i < rows; i++) parts.push(rowXml(i + 4, taskRow(i, unit), strings));
  parts.push('</sheetData></worksheet>');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="进展" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(parts.join('')),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  return zipSync(files, { level: 6 });
}

/** The unit of the f-th file: every file another unit (the eight names, then 第N分局 of them). */
export function unitOf(f: number): string {
  const base = UNITS[f % UNITS.length] ?? UNITS[0]!;
  return f < UNITS.length ? base : `${base}第${Math.floor(f / UNITS.length)}分局`;
}

export interface InputSet {
  dir: string;
  /** The folder holding the submissions (what `merge` is given). */
  inputs: string;
  /** The first submission (what `validate` is given for the one-sheet case). */
  first: string;
  bytes: number;
}

/** `files` submissions of `rows` task rows each, into a fresh temp folder. */
export function writeInputs(files: number, rows: number, root = tmpdir()): InputSet {
  const dir = mkdtempSync(join(root, `bench-merge-${files}x${rows}-`));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  let bytes = 0;
  let first = '';
  for (let f = 0; f < files; f++) {
    const unit = unitOf(f);
    const data = progressWorkbook(rows, unit);
    const path = join(inputs, `${unit}_${String(f).padStart(4, '0')}.xlsx`);
    writeFileSync(path, data);
    bytes += data.length;
    if (f === 0) first = path;
  }
  return { dir, inputs, first, bytes };
}

if (require.main === module) {
  const [files, rows] = [Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 1000)];
  const set = writeInputs(files, rows);
  console.log(JSON.stringify(set));
}
