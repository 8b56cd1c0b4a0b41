import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { runCli } from '../helpers/cli';

/**
 * A template given with --template is used by every command: `fix` checks and corrects against it
 * (its own statuses), `import-tasks` writes the master list in its labels, and `merge --master` with
 * the same template reads that list back. Labels chosen that no built-in vocabulary knows.
 */
const COUNTY = {
  name: 'county',
  title: '县民生项目',
  columns: [
    { key: 'seq', label: '序号', kind: 'seq' },
    { key: 'task', label: '民生项目', kind: 'task' },
    { key: 'progress', label: '办理进展', kind: 'progress' },
    { key: 'units', label: '承担单位', kind: 'units' },
    { key: 'status', label: '进度', kind: 'status' },
  ],
  statuses: [
    { name: '超进度', rank: 0, colour: '#DDEBF7' },
    { name: '达进度', rank: 1, colour: '#FFFFFF' },
    { name: '欠进度', aliases: ['慢序时'], rank: 2, colour: '#FFC7CE' },
  ],
};
const COUNTY_HEADER = ['序号', '民生项目', '办理进展', '承担单位', '进度'];

describe('--template is used by fix and import-tasks too', () => {
  let dir: string;
  let template: string;
  let report: string;
  let notice: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-template-'));
    template = join(dir, 'county.json');
    writeFileSync(template, JSON.stringify(COUNTY));
    report = join(dir, '县教育局.xlsx');
    writeFileSync(
      report,
      await writeXlsx([
        {
          name: '报表',
          rows: [COUNTY_HEADER, ['1', '新建幼儿园2所', '1.主体完工。', '县教育局', '慢序时'], ['2', '改造校舍3处', '1.完成招标。', '县教育局', '达进度']],
        },
      ]),
    );
    notice = join(dir, '通知.txt');
    writeFileSync(notice, readSeed(SEED_FILES.notice));
  });

  it('fix --template corrects a status alias to the template’s own status', async () => {
    const out = join(dir, 'fixed.xlsx');
    const { code, out: text } = await runCli(['fix', '--json', '--template', template, '--out', out, report]);
    const doc = JSON.parse(text);
    expect(doc.fixes.map((f: { cell: string; newValue: string }) => [f.cell, f.newValue])).toEqual([['E2', '欠进度']]);
    expect(doc.remaining).toEqual({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
    const fixed = readWorkbookBytes(readFileSync(out), 'fixed.xlsx')[0];
    expect(fixed?.rows[1]?.[4]).toBe('欠进度');
  });

  it('fix without the template does not read 进度 as a status: nothing becomes 欠进度', async () => {
    const { out: text } = await runCli(['fix', '--json', '--out', join(dir, 'fixed-default.xlsx'), report]);
    const doc = JSON.parse(text);
    expect(doc.fixes.map((f: { newValue: string }) => f.newValue)).not.toContain('欠进度');
  });

  it('import-tasks --template writes the master list in the template’s labels; merge --master --template reads it back', async () => {
    const master = join(dir, '任务清单.xlsx');
    const imported = await runCli(['import-tasks', '--json', '--template', template, '--out', master, notice]);
    expect(imported.code).toBe(0);
    const tasks = JSON.parse(imported.out).tasks as { seq: number; task: string; leads: string[] }[];
    expect(tasks.length).toBeGreaterThan(1);
    const [sheet] = readWorkbookBytes(readFileSync(master), '任务清单.xlsx');
    expect(sheet?.rows[0]).toEqual(['序号', '民生项目', '承担单位', '责任部门', '完成时限', '来源']);

    // a lead unit's submission in the county layout, for the first task of the list
    const first = tasks[0];
    if (!first) throw new Error('expected a task');
    const submission = join(dir, 'submission.xlsx');
    writeFileSync(submission, await writeXlsx([{ name: '报表', rows: [COUNTY_HEADER, [String(first.seq), first.task, '1.已启动。', first.leads[0] ?? '', '达进度']] }]));
    const merged = await runCli(['merge', '--json', '--master', master, '--template', template, '--out', join(dir, '汇总.xlsx'), submission]);
    expect(merged.err).toBe('');
    const doc = JSON.parse(merged.out);
    // every task of the list is in 汇总 (read from the county-labelled master), the first one reported
    expect(doc.tasks).toHaveLength(tasks.length);
    expect(doc.tasks[0]).toMatchObject({ task: first.task, progress: expect.stringContaining('1.已启动。') });
    expect(doc.incomplete).toEqual([]);
    expect(merged.code).toBe(0);
  });

  it('import-tasks with a template that has no task or lead-unit column says so in one line, exit 2', async () => {
    const { code, err } = await runCli(['import-tasks', '--template', 'liaison', '--out', join(dir, 'x.xlsx'), notice]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('liaison');
  });
});
