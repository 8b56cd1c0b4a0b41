import type { MergeDocument } from '../src/core/merge/merge-document';
import { builtinTemplate } from '../src/core/template/builtin';
import { writeConsolidatedWorkbook } from '../src/io/consolidated-workbook';
import { median } from './measure';
import { at } from '../src/core/checked';

/**
 * Writing the consolidated workbook of a 100,000-task merge, CPU time and wall time (median of
 * runs in one process, after one warm-up). Not part of `npm run bench`'s goals: it measures the
 * cost of styling cells. Run: `npx tsc -p tsconfig.bench.json && node dist-bench/bench/consolidated-workbook-styles.js [rows] [runs]`.
 */
const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const units = ['市发展改革委', '市教育局', '市科技局', '市公安局', '市财政局', '市交通运输局'];
const statuses = ['已完成', '按时推进', '进度滞后', ''];

function syntheticDocument(n: number): MergeDocument {
  const tasks: MergeDocument['tasks'] = [];
  for (let i = 0; i < n; i++) {
    const unit = at(units, i % units.length);
    tasks.push({
      seq: i + 1,
      task: `推进第${i + 1}项重点工作任务，完善工作机制，加强统筹协调，确保按期完成年度目标`,
      progress: `已召开专题会议${i % 7}次，完成阶段性任务，正在开展下一阶段工作。`.repeat(1 + (i % 3)),
      leads: [unit],
      status: at(statuses, i % statuses.length),
      sources: [{ file: `/in/${unit}.xlsx`, sheet: 'Sheet1', row: 3 + i, unit }],
    });
  }
  return {
    inputs: units.length,
    rowsIn: n,
    rowsMerged: n,
    rowsSkipped: 0,
    rowsUnplaced: 0,
    skippedSheets: [],
    incomplete: [],
    period: '2024年6月',
    tasks,
    byStatus: { 已完成: n / 4, 按时推进: n / 4, 进度滞后: n / 4 },
    noStatus: n / 4,
    missing: tasks.slice(0, n / 10).map((t) => ({ seq: t.seq, task: t.task, unit: '市民政局' })),
    perUnit: units.map((unit) => ({ unit, tasks: n / units.length, byStatus: { 已完成: 1, 按时推进: 1, 进度滞后: 1 }, noStatus: 1, missing: 0 })),
    findings: tasks.slice(0, n / 20).map((t, i) => ({
      file: at(t.sources, 0).file,
      sheet: 'Sheet1',
      code: 'status-empty',
      severity: 'warning',
      row: i + 3,
      cell: `E${i + 3}`,
      value: '',
      message: '进展状态为空',
      params: {},
    })) as unknown as MergeDocument['findings'],
    skipped: [],
    unreadable: [],
  };
}

async function main(): Promise<void> {
  const template = builtinTemplate('progress');
  if (!template) throw new Error('no builtin template');
  const doc = syntheticDocument(rows);
  await writeConsolidatedWorkbook(syntheticDocument(1000), template);
  const cpu: number[] = [];
  const wall: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    bytes = (await writeConsolidatedWorkbook(doc, template)).length;
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const spread = (v: number[]): string => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
  console.log(
    `${rows} tasks, ${runs} runs: CPU median ${median(cpu).toFixed(0)} ms (${spread(cpu)}), wall median ${median(wall).toFixed(0)} ms (${spread(wall)}), ${bytes} bytes, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
}

void main();
