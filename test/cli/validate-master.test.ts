import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';
import { HEADER, task } from '../helpers/grid';

/**
 * `validate --master`: unit files against the compiler's list, with the merge's own codes, on the
 * file they concern; `--errors-only` lists errors only and the end list names the files with errors.
 */
interface FindingOut {
  code: string;
  severity: string;
  row: number | null;
}
interface Doc {
  files: { file: string; ok: boolean; sheets: { findings: FindingOut[] }[] }[];
  summary: { errors: number; warnings: number };
  master?: { unitsWithoutFile: string[] };
}

const MASTER = [
  ['序号', '主要工作任务', '牵头部门'],
  ['1', '推进全市科技创新平台建设，完成年度建设目标', '市科技局'],
  ['2', '实施高新技术企业培育计划，全年新增高新技术企业一百家', '市科技局'],
  ['3', '推进义务教育优质均衡发展，完成学校布局调整', '市教育局'],
  ['4', '建设智慧校园示范学校十所', '市教育局'],
  ['5', '完成城市绿道建设二十公里', '市住建局'],
];

function codesOf(doc: Doc, file: string): string[] {
  const entry = doc.files.find((f) => f.file === file);
  if (!entry) throw new Error(`no ${file} in the document`);
  return entry.sheets.flatMap((s) => s.findings.map((f) => f.code)).sort();
}

describe('validate --master and --errors-only', () => {
  let dir: string;
  let master: string;
  let science: string;
  let education: string;
  let broken: string;
  let clean: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-validate-master-'));
    master = join(dir, '任务清单.xlsx');
    science = join(dir, '市科技局.xlsx');
    education = join(dir, '市教育局.xlsx');
    broken = join(dir, 'broken.xlsx');
    clean = join(dir, 'clean.xlsx');
    writeFileSync(master, await writeXlsx([{ name: '任务清单', rows: MASTER }]));
    writeFileSync(
      science,
      await writeXlsx([
        {
          name: '报表',
          rows: [
            ['填报单位：市科技局'],
            HEADER,
            task(1, { task: '推进全市科技创新平台建设，完成年度建设目标', units: '市科技局' }),
            // the list's task 2 with its numbers changed: joined by 序号, flagged as changed
            task(2, { task: '实施高新技术企业培育计划，全年新增高新技术企业一百二十家', units: '市科技局' }),
            // a 序号 the list does not have
            task(7, { task: '开展科普宣传周活动', units: '市科技局' }),
          ],
        },
      ]),
    );
    // reports task 3 only: its task 4 is missing
    writeFileSync(education, await writeXlsx([{ name: '报表', rows: [['填报单位：市教育局'], HEADER, task(3, { task: '推进义务教育优质均衡发展，完成学校布局调整', units: '市教育局' })] }]));
    writeFileSync(broken, await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '' }), task(2, { status: '按序推进中' }), task(4)] }]));
    writeFileSync(clean, await writeXlsx([{ name: '报表', rows: [HEADER, task(1), task(2)] }]));
  });

  it('puts the master findings on the unit file they concern, and lists units without a file', async () => {
    const { code, out } = await runCli(['validate', '--json', '--master', master, science, education]);
    const doc = JSON.parse(out) as Doc;
    expect(code).toBe(0); // the master codes are warnings by default
    expect(codesOf(doc, science)).toEqual(['task-mismatch', 'unexpected-task']);
    expect(codesOf(doc, education)).toEqual(['missing-submission']);
    expect(doc.master?.unitsWithoutFile).toEqual(['市住建局']);
    expect(doc.files.map((f) => f.file)).toEqual([science, education]); // the list itself is not checked as a submission
  });

  it('without --master the same files have none of those findings', async () => {
    const doc = JSON.parse((await runCli(['validate', '--json', science, education])).out) as Doc;
    expect([...codesOf(doc, science), ...codesOf(doc, education)]).toEqual([]);
  });

  it('the master list given among the inputs is left out of the files checked', async () => {
    const doc = JSON.parse((await runCli(['validate', '--json', '--master', master, master, education])).out) as Doc;
    expect(doc.files.map((f) => f.file)).toEqual([education]);
  });

  it('a master list that cannot be read stops the run with exit 2', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const { code, err } = await runCli(['validate', '--master', bad, education]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('--errors-only lists the errors only; the summary still counts everything; exit code unchanged', async () => {
    const full = JSON.parse((await runCli(['validate', '--json', broken, clean])).out) as Doc;
    const { code, out } = await runCli(['validate', '--json', '--errors-only', broken, clean]);
    const only = JSON.parse(out) as Doc;
    expect(code).toBe(1);
    expect(full.summary.warnings).toBeGreaterThan(0);
    expect(only.summary).toEqual(full.summary);
    const severities = only.files.flatMap((f) => f.sheets.flatMap((s) => s.findings.map((x) => x.severity)));
    expect(new Set(severities)).toEqual(new Set(['error']));
    expect(codesOf(only, broken)).toEqual(codesOf(full, broken).filter((c) => ['unit-missing', 'status-unknown'].includes(c)));
    expect(codesOf(only, broken)).toEqual(['status-unknown', 'unit-missing']);
  });

  it('the human form: no warning lines with --errors-only, files without errors left out, then the files with errors', async () => {
    const { code, out } = await runCli(['validate', '--errors-only', broken, clean]);
    expect(code).toBe(1);
    expect(out).toMatch(/D2\s+\S+ \[unit-missing\]/);
    expect(out).not.toMatch(/\[seq-gap\]/);
    const [body = '', tail = ''] = out.split('\n\n');
    expect(body).not.toContain(clean);
    // the end list: the file with errors, not the clean one, before the summary line
    expect(tail).toContain(broken);
    expect(tail).not.toContain(clean);
  });

  it('without --errors-only every finding is listed, and the end list still names the files with errors', async () => {
    const { out } = await runCli(['validate', broken, clean]);
    expect(out).toMatch(/\[seq-gap\]/);
    const tail = out.slice(out.lastIndexOf('\n\n'));
    expect(tail).toContain(broken);
    expect(tail).not.toContain(clean);
  });
});
