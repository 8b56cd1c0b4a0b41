import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { mergeFiles } from '../../src/cli/merge-command';
import { progressItems } from '../../src/core/merge/progress-join';
import { splitUnits } from '../../src/core/units';
import { readXlsx } from '../../src/io/xlsx-reader';
import { parseProgressSeed } from '../../src/samples/progress-seed';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { ASSISTED } from '../../src/samples/split-submissions';
import { readSeed } from '../../src/samples/write-samples';
import { runCli } from '../helpers/cli';
import { MASTER_LIST, SUBMISSIONS_DIR } from '../helpers/paths';
import { at } from '../../src/core/checked';
import { beforeTests } from '../helpers/before-tests';

/** The seed table split into one submission per lead unit, merged back. */
const seed = parseProgressSeed(readSeed(SEED_FILES.progress));

describe('merging the seed table split per unit', () => {
  let full: Awaited<ReturnType<typeof mergeFiles>>;
  beforeTests(async () => {
    full = await mergeFiles([SUBMISSIONS_DIR], { master: MASTER_LIST, lang: 'zh' });
  });

  it('gives every task once, in the master order, with the right lead units', () => {
    expect(full.doc.tasks).toHaveLength(seed.length);
    expect(full.doc.tasks.map((t) => [t.seq, t.task])).toEqual(seed.map((r) => [r.seq ? Number(r.seq) : null, r.task]));
    full.doc.tasks.forEach((t, i) => expect(t.leads).toEqual(splitUnits(seed[i]!.units)));
  });

  it('keeps the lead units of the seed as written, by hand: brackets holding 、 are one unit, task 12 has none', () => {
    // seeds/004_* writes 各县(市、区)政府 as a lead unit of several tasks; split on its 、 it would read 各县(市 / 区)政府
    const leads = full.doc.tasks.flatMap((t) => t.leads);
    expect(leads.filter((u) => u === '各县(市、区)政府').length).toBeGreaterThan(2);
    expect(leads.filter((u) => u.endsWith('各县(市') || u.startsWith('区)'))).toEqual([]);
    expect(full.doc.tasks.filter((t) => t.seq === 12).map((t) => t.leads)).toEqual([[]]);
  });

  it('keeps every item of every task progress', () => {
    full.doc.tasks.forEach((t, i) => {
      const merged = progressItems(t.progress).map((item) => item.replace(/^【[^】]*】/, ''));
      expect(merged.filter((item) => item !== ASSISTED)).toEqual(expect.arrayContaining(progressItems(seed[i]!.progress)));
      expect(merged.filter((item) => item !== ASSISTED)).toHaveLength(progressItems(seed[i]!.progress).length);
    });
  });

  it('has the seed status counts and nothing missing', () => {
    expect(full.doc.byStatus).toEqual({ 已完成: 0, 进度较快: 7, 按时推进: 88, 部分滞后: 3, 进度滞后: 1 });
    expect(full.doc.noStatus).toBe(1);
    expect(full.doc.missing).toEqual([]);
    expect(full.doc.rowsIn).toBe(full.doc.rowsMerged + full.doc.rowsSkipped);
    // only titles, headers and section rows are left out, each listed with its reason
    expect(full.doc.skipped.filter((s) => !['preamble', 'header', 'repeated-header', 'section', 'note'].includes(s.reason))).toEqual([]);
    expect(full.doc.rowsSkipped).toBe(full.doc.skipped.length);
  });

  it('lists exactly the left-out unit tasks as missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-partial-'));
    for (const f of readdirSync(SUBMISSIONS_DIR)) if (!f.startsWith('市科技局_')) copyFileSync(join(SUBMISSIONS_DIR, f), join(dir, f));
    const partial = await mergeFiles([dir], { master: MASTER_LIST, lang: 'zh' });
    const expected = seed.filter((r) => splitUnits(r.units).includes('市科技局')).map((r) => ({ seq: Number(r.seq), task: r.task, unit: '市科技局' }));
    expect(partial.doc.missing).toEqual(expected);
  });

  it('writes a workbook that agrees with the JSON, cell by cell', () => {
    const sheets = readXlsx(full.workbook, '汇总.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '统计', '问题', '未报送', '催报']);
    const [summary, stats, problems, missing] = [at(sheets, 0), at(sheets, 1), at(sheets, 2), at(sheets, 3)];
    expect(summary.rows[1]).toEqual(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '来源']);
    full.doc.tasks.forEach((t, i) => {
      expect(summary.rows[i + 2]!.slice(0, 5)).toEqual([t.seq === null ? '' : String(t.seq), t.task, t.progress, t.leads.join('、'), t.status]);
    });
    const statusRows = new Map(stats.rows.slice(1, 7).map((r) => [r[0], Number(r[1])]));
    for (const [status, n] of Object.entries(full.doc.byStatus)) expect(statusRows.get(status)).toBe(n);
    expect(problems.rows.length - 1).toBe(full.doc.findings.length);
    expect(missing.rows.length - 1).toBe(0);
  });

  it('gives byte-identical JSON for the same inputs and never touches them', async () => {
    const before = readdirSync(SUBMISSIONS_DIR).map((f) => statSync(join(SUBMISSIONS_DIR, f)).mtimeMs);
    const a = await runCli(['merge', '--json', '--master', MASTER_LIST, '--out', join(mkdtempSync(join(tmpdir(), 'pr-a-')), 'a.xlsx'), SUBMISSIONS_DIR]);
    const b = await runCli(['merge', '--json', '--master', MASTER_LIST, '--out', join(mkdtempSync(join(tmpdir(), 'pr-b-')), 'b.xlsx'), SUBMISSIONS_DIR]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(Object.keys(JSON.parse(a.out))).toEqual(expect.arrayContaining(['inputs', 'rowsIn', 'rowsMerged', 'rowsSkipped', 'tasks', 'byStatus', 'missing', 'findings']));
    expect(readdirSync(SUBMISSIONS_DIR).map((f) => statSync(join(SUBMISSIONS_DIR, f)).mtimeMs)).toEqual(before);
  });
});

describe('progress-report merge', () => {
  it('prints a summary naming the workbook it writes, and the workbook holds every task', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pr-m-')), '汇总.xlsx');
    const { code, out: text } = await runCli(['merge', '--master', MASTER_LIST, '--out', out, SUBMISSIONS_DIR]);
    expect(code).toBe(0);
    expect(text).toContain(out);
    // 96 numbered tasks and 4 sub-task rows of the seed table, below a title and the header
    expect(readXlsx(new Uint8Array(readFileSync(out)), out)[0]?.rows.length).toBe(102);
  });

  it('reports unreadable inputs and merges the rest; exits 2 when nothing can be merged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-bad-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(SUBMISSIONS_DIR, readdirSync(SUBMISSIONS_DIR)[0]!), join(dir, 'in', 'a.xlsx'));
    writeFileSync(join(dir, 'in', 'broken.xlsx'), 'not a workbook');
    const ok = await runCli(['merge', '--json', '--out', join(dir, 'o.xlsx'), join(dir, 'in')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).unreadable.map((u: { code: string }) => u.code)).toEqual(['file-not-spreadsheet']);
    const none = await runCli(['merge', '--out', join(dir, 'p.xlsx'), join(dir, 'in', 'broken.xlsx')]);
    expect(none.code).toBe(2);
    expect((await runCli(['merge', SUBMISSIONS_DIR])).code).toBe(2);
  });
});
