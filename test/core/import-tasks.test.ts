import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readMaster } from '../../src/core/merge/master';
import { importTasks } from '../../src/core/notice/import-tasks';
import { readXlsx } from '../../src/io/xlsx-reader';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { runCli } from '../helpers/cli';

/** The notice of seeds/002, checked against a reading by hand of its first task list (二、主要任务, tasks 1–12). */
const result = importTasks(readSeed(SEED_FILES.notice));
const ALL = '各行政主管部门';
const COUNTIES = ['各县(市、区)政府', '嘉兴经济技术开发区(国际商务区)', '嘉兴港区'];
const EXPECTED: [number, string, string[], string[], string][] = [
  [1, '实行服务事项清单管理', ['市行政服务中心'], [ALL], '6月底前'],
  [2, '推进审批部门“三脱钩”', ['市编委办'], [ALL], ''],
  [3, '形成充分竞争市场环境', ['市市场监管局'], [ALL], '9月底前'],
  [4, '搭建服务平台', ['市行政服务中心'], [ALL, ...COUNTIES], ''],
  [5, '确定服务规范和办事指南', ['市行政服务中心'], [ALL], '6月底前'],
  [6, '规范服务收费', ['市发展改革委(物价局)', '市行政服务中心'], [ALL], '9月底前'],
  [7, '推进建设项目“多图联审”', ['市行政服务中心'], ['市建委', '市人防办', '市消防支队', '市气象局', '各县(市、区)政府'], ''],
  [8, '实行建设项目“多评合一”', ['市行政服务中心'], ['市经信委', '市环保局', '市安监局', '市水利局', ...COUNTIES], '6月底前'],
  [9, '探索区域性联合评价', ['市环保局', '市经信委'], COUNTIES, '9月底前'],
  [10, '强化动态监管', ['市行政服务中心'], ['市编委办'], '6月底前'],
  [11, '强化评价督促', ['市行政服务中心'], [ALL], '9月底前'],
  [12, '健全奖惩机制', ['市发展改革委'], [ALL], '6月底前'],
];

describe('importing the task list of a notice (seeds/002)', () => {
  it('reads the first task list with its lead units, responsible units and deadlines', () => {
    expect(result.tasks.slice(0, 12).map((t) => [t.number, t.task.split('。')[0], t.leads, t.responsible, t.deadline])).toEqual(EXPECTED);
    expect(result.tasks[2]!.task).toContain('市场环境。9月底前'); // a PDF line break inside the paragraph is joined
    expect(result.tasks[0]!.source).toContain('(一)全面开展清理');
    expect(result.tasks[0]!.task).not.toContain('牵头部门');
  });

  it('reads the (由…牵头,…配合,…完成) form, per-item leads and 持续推进', () => {
    const hazard = result.tasks.find((t) => t.task.startsWith('加强统筹协调'));
    expect(hazard).toMatchObject({ leads: ['市安委办'], responsible: ['市级有关部门'], deadline: '2017年6月前' });
    const perItem = result.tasks.find((t) => t.task.startsWith('推动企业使用安全管理信息平台'));
    expect(perItem).toMatchObject({ leads: ['市安委办', '市安监局', '市经信委'], deadline: '持续推进' });
  });

  it('reports the numbered paragraphs it could not place', () => {
    expect(result.unplaced.length).toBeGreaterThan(0);
    expect(result.unplaced.every((u) => u.reason === 'no-lead-unit')).toBe(true);
    expect(result.unplaced.some((u) => u.text.startsWith('大力推进重点传统行业“机器人+”深度应用'))).toBe(true);
    expect(result.tasks.length + result.unplaced.length).toBeGreaterThan(60);
  });

  it('import-tasks writes a master list the merge reads', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pr-imp-')), '任务清单.xlsx');
    const notice = join(__dirname, '..', '..', 'fixtures', 'seeds', SEED_FILES.notice);
    const { code, out: text } = await runCli(['import-tasks', '--out', out, notice]);
    expect(code).toBe(0);
    expect(text).toContain(`识别出 ${result.tasks.length} 项任务`);
    const grids = readXlsx(new Uint8Array(readFileSync(out)), out);
    expect(grids.map((g) => g.sheet)).toEqual(['任务清单', '未识别段落']);
    const master = readMaster(grids);
    expect(master).toHaveLength(result.tasks.length);
    expect(master[5]).toMatchObject({ seq: 6, units: ['市发展改革委(物价局)', '市行政服务中心'] });
  });
});
