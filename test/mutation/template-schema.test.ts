import { parseTemplate, parseUnitsDirectory } from '../../src/core/template/schema';

/**
 * Mutants of the template schema's own checks (src/core/template/schema.ts): each problem found at
 * its path, and the defaults a template gets. Paths asserted, never message wording.
 */
const column = (key: string, kind: string, extra: Record<string, unknown> = {}) => ({ key, label: key, kind, ...extra });
const base = { name: 'custom-1', title: '自定义', columns: [column('seq', 'seq'), column('work', 'task')] };
const pathsOf = (input: unknown) => {
  const result = parseTemplate(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('template checks', () => {
  it('a valid template, with its defaults', () => {
    const result = parseTemplate(base);
    expect(result.ok && [result.value.statuses, result.value.rules, result.value.columns.map((c) => [c.aliases, c.weakAliases, c.required, c.mayBeAbsent, c.statusKind])]).toEqual([
      [],
      {},
      [
        [[], [], true, false, undefined],
        [[], [], true, false, undefined],
      ],
    ]);
  });

  it('duplicate keys, two columns of one kind, a status column without statuses, a spelling listed twice', () => {
    expect(pathsOf({ ...base, columns: [...base.columns, column('seq', 'text')] })).toEqual(['columns.2.key']);
    expect(pathsOf({ ...base, columns: [...base.columns, column('other', 'task')] })).toEqual(['columns']);
    expect(pathsOf({ ...base, columns: [...base.columns, column('status', 'status')] })).toEqual(['statuses']);
    expect(pathsOf({ ...base, columns: [...base.columns, column('status', 'status', { statusKind: 'words' })] })).toEqual(['statuses']);
    expect(pathsOf({ ...base, columns: [...base.columns, column('done', 'status', { statusKind: 'yes-no' })] })).toEqual([]);
    const status = (name: string, aliases: string[]) => ({ name, aliases, rank: 1, colour: '#FFFFFF' });
    expect(pathsOf({ ...base, statuses: [status('按时推进', ['序时推进']), status('滞后', ['序时推进', '滞后'])] })).toEqual(['statuses.1', 'statuses.1']);
    expect(pathsOf({ ...base, statuses: [status('按时推进', ['按时推进'])] })).toEqual(['statuses.0']);
  });

  it('a status column of words and one of yes/no may stand side by side; two text columns too', () => {
    const statuses = [{ name: '按时推进', rank: 1, colour: '#FFFFFF' }];
    expect(
      pathsOf({ ...base, statuses, columns: [...base.columns, column('status', 'status'), column('done', 'status', { statusKind: 'yes-no' }), column('a', 'text'), column('b', 'text')] }),
    ).toEqual([]);
    expect(pathsOf({ ...base, statuses, columns: [...base.columns, column('status', 'status'), column('s2', 'status', { statusKind: 'words' })] })).toEqual(['columns']);
  });

  it('the shapes of names, keys, colours; a problem at the root', () => {
    expect(pathsOf({ ...base, name: 'Custom', columns: [column('Seq', 'seq'), column('work', 'task')], statuses: [{ name: 'x', rank: 1, colour: '#FFF' }] })).toEqual([
      'name',
      'columns.0.key',
      'statuses.0.colour',
    ]);
    expect(pathsOf('not a template')).toEqual(['(root)']);
  });
});

describe('units directory', () => {
  it('at least one entry, aliases default to none; problems at their path', () => {
    const ok = parseUnitsDirectory([{ name: '市统计局' }]);
    expect(ok.ok && ok.value).toEqual([{ name: '市统计局', aliases: [] }]);
    const bad = parseUnitsDirectory([{ name: '' }]);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['0.name']);
    const empty = parseUnitsDirectory([]);
    expect(empty.ok ? [] : empty.problems.map((p) => p.path)).toEqual(['(root)']);
  });
});
