import { resolveTarget } from '../../src/io/xlsx-reader';

/** Mutants of relationship targets resolved against their source part (src/io/xlsx-reader.ts, OPC Part 2 §9.3). Expectations by hand. */
describe('resolveTarget', () => {
  it('the common targets: relative to the source’s folder, absolute from the package root', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('workbook.xml', 'sheet.xml')).toBe('sheet.xml');
  });

  it('dot segments, empty segments, backslashes and fragments', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/d.xml')).toBe('xl/drawings/d.xml');
    expect(resolveTarget('xl/workbook.xml', './sheet.xml')).toBe('xl/sheet.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/./sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets//sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets\\sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml#frag')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '\\xl\\styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('xl/workbook.xml', '../../a.xml')).toBe('a.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/')).toBe('xl/worksheets');
    expect(resolveTarget('xl/workbook.xml', '.hidden.xml')).toBe('xl/.hidden.xml');
    expect(resolveTarget('xl/workbook.xml', 'a/.b/c.xml')).toBe('xl/a/.b/c.xml');
  });

  it('empty and root targets', () => {
    expect(resolveTarget('xl/workbook.xml', '')).toBe('xl');
    expect(resolveTarget('xl/workbook.xml', '/')).toBe('');
    expect(resolveTarget('xl/workbook.xml', '//x.xml')).toBe('x.xml');
    expect(resolveTarget('xl/workbook.xml', '/.x')).toBe('.x');
  });

  it('a source written with a backslash or a leading slash', () => {
    expect(resolveTarget('xl\\workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('/xl/workbook.xml', 'sheet.xml')).toBe('xl/sheet.xml');
  });
});
