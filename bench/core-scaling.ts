/**
 * `npm run bench:core`: the core's costs on hostile inputs, each measured at n and 2n. A linear
 * step doubles its time (ratio ≈ 2); the pass bar is ≤ 2.5×. Inputs are built in memory, nothing is
 * written. Cases from issue 13: repeated `(由` in a notice, one 100,000-character 牵头部门 cell, many
 * rows sharing one 序号 in a merge, a 20,000-unit directory.
 */
import type { Grid } from '../src/core/grid';
import { planFixes } from '../src/core/fix/plan';
import { mergeSubmissions } from '../src/core/merge/merge';
import { importTasks } from '../src/core/notice/import-tasks';
import type { UnitEntry } from '../src/core/template/schema';
import { validateWorkbook } from '../src/core/validate';
import { ms, timeMedian } from './measure';
import { at } from '../src/core/checked';

const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];

function sheet(rows: string[][], name = '进展'): Grid {
  return { sheet: name, origin: 'bench', rows, merges: [], visibility: 'visible' };
}

const cases: { name: string; base: number; run: (n: number) => unknown }[] = [
  { name: 'import-tasks: repeated `(由` (n × 16 chars)', base: 2000, run: (n) => importTasks(`1. 任务${'(由市安委办'.repeat(n)}`) },
  { name: 'import-tasks: repeated `牵头单位:` lines', base: 4000, run: (n) => importTasks(Array.from({ length: n }, (_, i) => `${(i % 900) + 1}. 任务。\n牵头单位:市${i}局`).join('\n')) },
  {
    name: 'validate + fix: one 牵头部门 cell of n characters',
    base: 50000,
    run: (n) => {
      const cell = '市交通运输局、'.repeat(Math.ceil(n / 7)).slice(0, n) + '、、、 '.repeat(Math.ceil(n / 40));
      const report = validateWorkbook([sheet([HEADER, ['1', '任务', '1.推进。', cell, '按时推进']])]);
      return planFixes(at(report.sheets, 0));
    },
  },
  {
    name: 'merge: n rows sharing one 序号, each from its own unit',
    base: 4000,
    run: (n) => {
      const rows = Array.from({ length: n }, (_, i) => ['1', '建设快速路', '1.推进。', `市单位${i}局`, '按时推进']);
      return mergeSubmissions([{ file: 'a.xlsx', report: validateWorkbook([sheet([HEADER, ...rows])]) }]);
    },
  },
  {
    name: 'validate: n rows against an n-unit directory',
    base: 10000,
    run: (n) => {
      const directory: UnitEntry[] = Array.from({ length: n }, (_, i) => ({ name: `市单位${i}局`, aliases: [`单位${i}局`] }));
      const rows = Array.from({ length: n }, (_, i) => [String(i + 1), `任务${i}`, '1.推进。', i % 2 ? `单位${i}局` : `市单位${i}局`, '按时推进']);
      return validateWorkbook([sheet([HEADER, ...rows])], { directory });
    },
  },
];

async function main(): Promise<void> {
  console.log('| case | n | time at n | time at 2n | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let worst = 0;
  for (const c of cases) {
    c.run(Math.floor(c.base / 4)); // warm up
    const a = await timeMedian(3, () => c.run(c.base));
    const b = await timeMedian(3, () => c.run(c.base * 2));
    worst = Math.max(worst, b / a);
    console.log(`| ${c.name} | ${c.base} | ${ms(a)} | ${ms(b)} | ${(b / a).toFixed(2)}× |`);
  }
  console.log(`\nWorst doubling ratio: ${worst.toFixed(2)}× (bar: 2.5×)`);
}

void main();
