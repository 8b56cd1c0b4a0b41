import type { Finding } from '../../src/core/finding';
import { validationDocument } from '../../src/core/validation-document';
import { validateGrid } from '../../src/core/validate';
import { messageTexts } from '../../src/locales';
import { grid, HEADER, task } from '../helpers/grid';

/** The summary of a validation document counts each severity on its own (counts written by hand). */
describe('the validation summary', () => {
  it('one error, one warning and two infos are counted as such', () => {
    const sheet = validateGrid(grid([HEADER, task(1, { units: '' }), task(2, { status: '序时推进' })]));
    const [error, warning] = sheet.findings;
    if (!error || !warning) throw new Error('the sheet has an error and a warning');
    const info: Finding = { ...warning, severity: 'info' };
    expect([error.severity, warning.severity]).toEqual(['error', 'warning']);
    const doc = validationDocument([{ file: 'a.xlsx', report: { sheets: [{ ...sheet, findings: [error, warning, info, info] }], skipped: [] } }], messageTexts('en'));
    expect(doc.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 2, unreadable: 0 });
  });
});
