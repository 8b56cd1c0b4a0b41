import { parseTemplate, type Template } from '../../src/core/template/schema';

/** The columns of a county's own template for 民生项目 (a user's template, not a built-in one). */
export const COUNTY_COLUMNS = [
  { key: 'seq', label: '序号', kind: 'seq' },
  { key: 'task', label: '民生项目', kind: 'task' },
  { key: 'progress', label: '办理进展', kind: 'progress' },
  { key: 'units', label: '承担单位', kind: 'units' },
  { key: 'status', label: '进度', kind: 'status' },
] as const;

export const COUNTY_STATUSES = [
  { name: '达进度', rank: 0, colour: '#FFFFFF' },
  { name: '欠进度', rank: 1, colour: '#FFC7CE' },
] as const;

/** That template parsed as a template file is (other columns or statuses when a test needs them). */
export function countyTemplate(columns: readonly object[] = COUNTY_COLUMNS, statuses: readonly object[] = COUNTY_STATUSES): Template {
  const parsed = parseTemplate({ name: 'county', title: '县民生项目', columns, statuses });
  if (!parsed.ok) throw new Error('county template');
  return parsed.value;
}
