import { compareReports } from '../../src/core/compare/compare';
import { FINDING_CODES } from '../../src/core/catalog';
import type { Finding } from '../../src/core/finding';
import { seqGap } from '../../src/core/rules/seq-gap';
import { builtinTemplate } from '../../src/core/template/builtin';
import { validateGrid } from '../../src/core/validate';
import { LOCALES, renderFinding } from '../../src/locales';
import { grid, HEADER, task } from '../helpers/grid';

/** Texts are attached at the edge, per language; the core's findings carry codes and params only. */
describe('texts at the edge', () => {
  const unchanged = (): Finding => {
    const period = () => [validateGrid(grid([HEADER, task(1, { progress: '1.完成招标并签订合同。' })]))];
    const found = compareReports(period(), period()).findings.find((f) => f.code === 'progress-unchanged');
    if (!found) throw new Error('expected a progress-unchanged finding');
    return found;
  };

  it('a previous period the report does not name is left to the locale (no 上期 in English)', () => {
    const finding = unchanged();
    expect(finding.params).toMatchObject({ previous: '' });
    expect(renderFinding(finding, 'en').message).not.toContain('上期');
    expect(renderFinding(finding, 'zh').message).toContain(LOCALES.zh.findings['progress-unchanged'].values.previous?.['']);
    expect(renderFinding(finding, 'en').message).toContain(LOCALES.en.findings['progress-unchanged'].values.previous?.['']);
  });

  it('a param whose values are codes is translated per finding code, every value in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rendered = renderFinding(unchanged(), lang).message;
      expect(rendered).toContain(LOCALES[lang].findings['progress-unchanged'].values.similarity['similarity.same']);
      expect(rendered).not.toContain('similarity.same');
    }
  });

  it('no rendered message of any code keeps a {placeholder} the code does not fill', () => {
    // a finding of each code from real rules, where the test data produces one
    const report = validateGrid(grid([HEADER, task(1), task(3, { status: '進度滯後', units: '' }), ['x', '', '', '', '']]));
    for (const f of report.findings) for (const lang of ['zh', 'en'] as const) expect([f.code, renderFinding(f, lang).message]).not.toEqual([f.code, expect.stringMatching(/\{\w+\}/)]);
    expect(FINDING_CODES.every((code) => LOCALES.zh.findings[code] && LOCALES.en.findings[code])).toBe(true);
  });
});

describe('template rules', () => {
  it('a rule whose codes the template sets to off does not run at all', () => {
    const template = { ...builtinTemplate('progress')!, rules: { 'seq-gap': 'off' as const } };
    const check = jest.spyOn(seqGap, 'check');
    try {
      const report = validateGrid(grid([HEADER, task(1), task(3)]), { template });
      expect(report.findings.map((f) => f.code)).not.toContain('seq-gap');
      expect(check).not.toHaveBeenCalled();
      validateGrid(grid([HEADER, task(1), task(3)]));
      expect(check).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
    }
  });
});
