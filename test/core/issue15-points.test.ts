import { unzipSync } from 'fflate';
import { merge } from '../../src/app/merge';
import { cellAddress, columnIndex, columnLetter } from '../../src/core/address';
import type { FindingCode } from '../../src/core/catalog';
import { compareFindings, Finding } from '../../src/core/finding';
import { SHEET_RULES } from '../../src/core/rules';
import { builtinTemplate } from '../../src/core/template/builtin';
import type { Template } from '../../src/core/template/schema';
import { validateGrid } from '../../src/core/validate';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { grid, HEADER, task } from '../helpers/grid';

/** Points of issue 15 ("written twice or in the wrong place"), each with a test that fails if it comes back. */
const progress = (): Template => {
  const template = builtinTemplate('progress');
  if (!template) throw new Error('no built-in progress template');
  return template;
};
const withRules = (rules: Template['rules']): Template => ({ ...progress(), rules: { ...progress().rules, ...rules } });

/** A sheet with one defect of many codes: a gap (1, 3), a task without units, a traditional status, a bad 序号. */
const defects = grid([
  ['标题'],
  HEADER,
  task(1),
  task(3, { units: '' }),
  task(4, { status: '進度滯後' }),
  ['x', '任务五', '1.推进。', '市发展改革委', '按时推进'],
  task(6, { progress: '1.完成。\n3.推进。' }),
]);
const codes = (findings: readonly { code: FindingCode }[]): FindingCode[] => findings.map((f) => f.code);

describe('a template rule set to off', () => {
  it('drops the code from validation, and only that code', () => {
    const on = codes(validateGrid(defects, { template: progress() }).findings);
    expect(on).toEqual(expect.arrayContaining(['seq-gap', 'unit-missing', 'status-unknown', 'seq-invalid', 'progress-numbering']));
    const off = codes(validateGrid(defects, { template: withRules({ 'seq-gap': 'off', 'unit-missing': 'off' }) }).findings);
    expect(off).toEqual(on.filter((c) => c !== 'seq-gap' && c !== 'unit-missing'));
  });

  it('takes the severity the template gives', () => {
    const findings = validateGrid(defects, { template: withRules({ 'seq-gap': 'error' }) }).findings;
    expect(findings.filter((f) => f.code === 'seq-gap').map((f) => [f.cell, f.severity])).toEqual([['A4', 'error']]);
  });

  it('is not run at all: every rule reports only the codes it declares (Rule.codes is what skipping reads)', () => {
    const model = validateGrid(defects, { template: progress() }).model;
    if (!model) throw new Error('the fixture has a header');
    for (const rule of SHEET_RULES) {
      const drafts = [...rule.check({ model, scope: 'whole' })];
      expect(drafts.filter((d) => !rule.codes.includes(d.code)).map((d) => [rule.codes.join(','), d.code])).toEqual([]);
    }
  });
});

describe('merge and the template rules', () => {
  it('drops merge findings the template turns off and applies its severities', async () => {
    const master = {
      name: '任务清单.xlsx',
      bytes: await writeXlsx([
        {
          name: '清单',
          rows: [
            ['序号', '主要工作任务', '牵头部门'],
            ['1', '任务1', '市发展改革委'],
            ['2', '任务2', '市科技局'],
          ],
        },
      ]),
    };
    const submission = { name: '市发展改革委.xlsx', bytes: await writeXlsx([{ name: '报表', rows: [HEADER, task(1)] }]) };
    const plain = await merge({ submissions: [submission], master, lang: 'zh', template: progress() });
    expect(plain.doc.findings.map((f) => [f.code, f.severity])).toContainEqual(['missing-submission', 'warning']);
    const off = await merge({ submissions: [submission], master, lang: 'zh', template: withRules({ 'missing-submission': 'off' }) });
    expect(off.doc.findings.map((f) => f.code)).not.toContain('missing-submission');
    expect(off.doc.missing).toEqual(plain.doc.missing); // the chase list still names 市科技局: only the finding is off
    const raised = await merge({ submissions: [submission], master, lang: 'zh', template: withRules({ 'missing-submission': 'error' }) });
    expect(raised.doc.findings.filter((f) => f.code === 'missing-submission').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('column letters past Z', () => {
  it('numbers columns as Excel does (Z, AA, AZ, BA, ZZ, AAA, XFD)', () => {
    expect([25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(['Z', 'AA', 'AB', 'BA', 'XFD'].map(columnIndex)).toEqual([25, 26, 27, 52, 16383]);
    expect(cellAddress(2, 27)).toBe('AB3');
  });

  it('sorts findings of the same row by column number: AB before BA, Z before AA', () => {
    const at = (cell: string): Finding => ({ code: 'seq-gap', severity: 'warning', sheet: 'S', row: 3, column: null, cell, value: '', params: { seq: 3, previous: 1, missing: '2' } });
    expect([at('BA3'), at('AB3'), at('AA3'), at('Z3'), at('B3')].sort(compareFindings).map((f) => f.cell)).toEqual(['B3', 'Z3', 'AA3', 'AB3', 'BA3']);
  });

  it('puts the writer status dropdown in its column past Z', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => `列${i + 1}`);
    const bytes = await writeXlsx([{ name: '宽表', rows: [wide], headerRow: 0, dropdown: { col: 28, values: ['按时推进', '进度滞后'] } }]);
    const xml = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    const ranges = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ranges.length).toBeGreaterThan(0);
    // column 29 is AC; String.fromCharCode(65 + 28) would write "]"
    expect(ranges.flatMap((r) => r.split(' ')).filter((ref) => !/^AC\d+(:AC\d+)?$/.test(ref))).toEqual([]);
  });
});
