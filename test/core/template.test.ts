import { BUILTIN_TEMPLATES } from '../../src/core/template/builtin';
import { parseTemplate, parseUnitsDirectory } from '../../src/core/template/schema';

describe('templates as data', () => {
  it('has the two built-in templates', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.name)).toEqual(['progress', 'liaison']);
    expect(BUILTIN_TEMPLATES[0]!.columns.filter((c) => c.required).map((c) => c.label)).toEqual(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']);
    // a published table may have no lead-unit or status column: no missing-column for them
    expect(BUILTIN_TEMPLATES[0]!.columns.filter((c) => c.mayBeAbsent).map((c) => c.label)).toEqual(['牵头部门', '进展状态']);
    expect(BUILTIN_TEMPLATES[0]!.columns.filter((c) => !c.required).map((c) => c.kind)).toEqual(['deadline', 'responsible', 'status', 'percent', 'leader', 'remarks']);
  });

  it('ranks the progress statuses by severity', () => {
    const ranks = Object.fromEntries(BUILTIN_TEMPLATES[0]!.statuses.map((s) => [s.name, s.rank]));
    expect(ranks['进度滞后']).toBeGreaterThan(ranks['部分滞后']!);
    expect(ranks['部分滞后']).toBeGreaterThan(ranks['按时推进']!);
    expect(ranks['按时推进']).toBeGreaterThan(ranks['进度较快']!);
  });

  it('lists every problem of a broken custom template with its path', () => {
    const result = parseTemplate({
      name: 'My Template',
      title: '',
      columns: [
        { key: 'seq', label: '序号', kind: 'seq' },
        { key: 'seq', label: '编号', kind: 'seq' },
        { key: 'status', label: '状态', kind: 'colour' },
      ],
      statuses: [{ name: '正常', rank: 'high', colour: 'red' }],
      rules: { 'no-such-rule': 'error' },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'title', 'columns.2.kind', 'statuses.0.rank', 'statuses.0.colour', 'rules']));
    expect(result.ok ? '' : result.problems.find((p) => p.path === 'rules')?.message).toContain('no-such-rule');
  });

  it('rejects a template whose columns repeat a key or a single kind', () => {
    const result = parseTemplate({
      name: 'custom',
      title: '自定义',
      columns: [
        { key: 'seq', label: '序号', kind: 'seq' },
        { key: 'seq', label: '编号', kind: 'seq' },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['duplicate column key "seq"', 'at most one column may have kind "seq"']);
  });

  it('validates a units directory', () => {
    expect(parseUnitsDirectory([{ name: '市科技局' }])).toEqual({ ok: true, value: [{ name: '市科技局', aliases: [] }] });
    expect(parseUnitsDirectory([{ aliases: ['x'] }]).ok).toBe(false);
  });
});
