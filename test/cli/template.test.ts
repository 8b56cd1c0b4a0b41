import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSource } from '../../src/app/sources';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';

/** `progress-report template`: the blank report, and one locked report per unit of a master list plus one zip. */
const MASTER = [
  ['序号', '主要工作任务', '牵头部门', '完成时限'],
  ['1', '推进科技创新平台建设', '市科技局', '2026年6月'],
  ['2', '实施义务教育优质均衡发展', '市教育局', ''],
  ['3', '建设城市绿道', '市住建局', ''],
];

describe('progress-report template', () => {
  let dir: string;
  let master: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-template-'));
    master = join(dir, '任务清单.xlsx');
    writeFileSync(master, await writeXlsx([{ name: '任务清单', rows: MASTER }]));
  });

  it('--out FILE writes a blank report whose header is on row 4, exit 0', async () => {
    const out = join(dir, '空白报表.xlsx');
    const { code } = await runCli(['template', '--period', '截至9月30日', '--out', out]);
    expect(code).toBe(0);
    const [sheet] = readSource({ name: out, bytes: new Uint8Array(readFileSync(out)) });
    expect(sheet?.rows[3]).toEqual(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '完成时限']);
    const { out: json } = await runCli(['validate', '--json', out]);
    expect(JSON.parse(json).files[0].sheets[0]).toMatchObject({ headerRow: 4, period: '截至9月30日', findings: [] });
  });

  it('--master M --out DIR writes one report per unit and the zip, exit 0', async () => {
    const out = join(dir, '各单位');
    const { code } = await runCli(['template', '--master', master, '--period', '2026年截至6月30日', '--out', out]);
    expect(code).toBe(0);
    const names = ['市科技局_2026年截至6月30日.xlsx', '市教育局_2026年截至6月30日.xlsx', '市住建局_2026年截至6月30日.xlsx'];
    expect(readdirSync(out).sort()).toEqual([...names, '各单位报表.zip'].sort());
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(join(out, '各单位报表.zip'))))).sort()).toEqual([...names].sort());
    // each validates as its unit's report with its one task (empty progress and status to fill in)
    const { out: json } = await runCli(['validate', '--json', '--master', master, out]);
    const doc = JSON.parse(json) as { files: { file: string; sheets: { reportingUnit?: string; dataRows: number; findings: { code: string }[] }[] }[] };
    expect(doc.files.map((f) => [f.sheets[0]?.reportingUnit, f.sheets[0]?.dataRows, [...new Set(f.sheets[0]?.findings.map((x) => x.code))].sort()])).toEqual([
      ['市住建局', 1, ['progress-missing', 'status-missing']],
      ['市教育局', 1, ['progress-missing', 'status-missing']],
      ['市科技局', 1, ['progress-missing', 'status-missing']],
    ]);
  });

  it('a master list naming no lead unit writes nothing and exits 2', async () => {
    const none = join(dir, 'none.xlsx');
    writeFileSync(
      none,
      await writeXlsx([
        {
          name: '任务清单',
          rows: [
            ['序号', '主要工作任务', '牵头部门'],
            ['1', '推进科技创新平台建设', ''],
          ],
        },
      ]),
    );
    const out = join(dir, 'empty');
    const { code } = await runCli(['template', '--master', none, '--out', out]);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that is no master list, a stray argument or no --out are one line and exit 2', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'just text');
    for (const argv of [['template', '--master', text, '--out', join(dir, 'x')], ['template', master, '--out', join(dir, 'y.xlsx')], ['template']]) {
      const { code, err } = await runCli(argv);
      expect([argv.join(' '), code]).toEqual([argv.join(' '), 2]);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });
});
