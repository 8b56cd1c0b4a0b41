/**
 * The Office.js and bundle parts of `npm run bench`: sync calls and queued requests counted on the strict
 * Excel double (Microsoft 365 Windows, requirement set 1.18; 10% of rows faulty), and the gzipped
 * JavaScript of the built task pane (`scripts/bundle-sizes.js` over build/). Counts, not times.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { validateGrid } from '../src/core/validate';
import { PROGRESS_HEADER } from '../src/samples/seed-workbooks';
import type { Section, SectionRunner } from './section';

export const officeSection: SectionRunner = async (): Promise<Section> => {
  const lines: string[] = ['## Office.js (sync calls and queued requests, counted on the strict Excel double, Microsoft 365 Windows 1.18; 10% of rows faulty)', ''];
  const { strictExcel } = await import('../test/excel/double/strict-excel');
  const { profile } = await import('../test/excel/double/profiles');
  const { readWorksheet } = await import('../src/excel/read-sheet');
  const { markFindings } = await import('../src/excel/marks');
  const { detectFeatures } = await import('../src/excel/capabilities');
  const features = detectFeatures(() => true);
  lines.push('| rows | syncs to read | requests to read | syncs to mark | requests to mark | marked cells |', '| --- | --- | --- | --- | --- | --- |');
  for (const n of [10, 10_000, 100_000]) {
    const values = [PROGRESS_HEADER, ...Array.from({ length: n }, (_, i) => [i + 1, '任务', '1.推进。', i % 10 === 0 ? '' : '市科技局', '按时推进'])];
    const excel = strictExcel(profile('1.18'), [{ name: '报表', rows: values }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'bench' });
    const [readSyncs, readCalls] = [excel.syncs(), excel.core.requests];
    const report = validateGrid(grid);
    const marked = await markFindings(excel.context, report.findings, 'zh', features);
    lines.push(`| ${n.toLocaleString('en')} | ${readSyncs} | ${readCalls} | ${excel.syncs() - readSyncs} | ${excel.core.requests - readCalls} | ${marked} |`);
  }
  return { title: 'office', lines, goals: [] };
};

export const bundleSection: SectionRunner = async (root: string): Promise<Section> => {
  const sizes = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-sizes.js')], { encoding: 'utf8' });
  const lines = ['## Task pane (gzipped JavaScript of `npm run build`)', '', sizes.status === 0 ? sizes.stdout.trim() : '(no build: run `npm run build` first)'];
  return { title: 'bundle', lines, goals: [] };
};
