import { at } from './checked';
import { RoleSource, statusColumn } from './columns';
import type { StatusKind, Template, TemplateStatus } from './template/schema';
import { compactText } from './text';

/**
 * Matching a 进展状态 cell against the template's statuses. Surrounding spaces and full-width forms
 * are not errors; aliases the template lists are accepted. For an unknown status the nearest
 * known one is suggested when there is exactly one; `滞后` (部分滞后 or 进度滞后?) gets none.
 */
export type StatusMatch =
  { kind: 'empty' } | { kind: 'known'; status: TemplateStatus; spelling: 'standard' | 'alias' } | { kind: 'unknown'; suggestion?: string; reason: 'traditional' | 'ambiguous' | 'none' };

/** Traditional forms of the characters status words use (進度滯後 → 进度滞后). */
const TRADITIONAL: Record<string, string> = {
  進: '进',
  滯: '滞',
  後: '后',
  時: '时',
  較: '较',
  達: '达',
  遲: '迟',
  緩: '缓',
  計: '计',
  劃: '划',
  順: '顺',
  開: '开',
  實: '实',
  現: '现',
  項: '项',
  務: '务',
  應: '应',
  暫: '暂',
  啟: '启',
  動: '动',
  還: '还',
  沒: '没',
  無: '无',
  過: '过',
  關: '关',
  變: '变',
  續: '续',
  畢: '毕',
  滿: '满',
  嚴: '严',
  狀: '状',
  態: '态',
  體: '体',
  總: '总',
  產: '产',
  獲: '获',
};

export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL[ch] ?? ch;
  return out;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(at(prev, j) + 1, at(cur, j - 1) + 1, at(prev, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return at(prev, y.length);
}

function lookup(template: Template, key: string): StatusMatch | undefined {
  for (const status of template.statuses) {
    if (compactText(status.name) === key) return { kind: 'known', status, spelling: 'standard' };
  }
  for (const status of template.statuses) {
    if (status.aliases.some((alias) => compactText(alias) === key)) return { kind: 'known', status, spelling: 'alias' };
  }
  return undefined;
}

/** The statuses a text could mean: containing it, contained in it, or nearest by edit distance. */
function candidates(template: Template, key: string): string[] {
  const spellings = template.statuses.flatMap((s) => [s.name, ...s.aliases].map((spelling) => ({ spelling: compactText(spelling), name: s.name })));
  const containing = new Set(spellings.filter((s) => s.spelling.includes(key) || key.includes(s.spelling)).map((s) => s.name));
  if (containing.size > 0) return [...containing];
  let best = Infinity;
  let names = new Set<string>();
  for (const s of spellings) {
    const d = editDistance(key, s.spelling);
    if (d < best) {
      best = d;
      names = new Set([s.name]);
    } else if (d === best) names.add(s.name);
  }
  const limit = Math.max(1, Math.floor([...key].length / 2));
  return best <= limit ? [...names] : [];
}

const matches = new WeakMap<Template, Map<string, StatusMatch>>();

/** Memoised per template: a sheet repeats a handful of status texts thousands of times. */
export function matchStatus(template: Template, raw: string): StatusMatch {
  let cache = matches.get(template);
  if (!cache) {
    cache = new Map();
    matches.set(template, cache);
  }
  let match = cache.get(raw);
  if (!match) {
    if (cache.size > 5000) cache.clear();
    match = computeStatusMatch(template, raw);
    cache.set(raw, match);
  }
  return match;
}

function computeStatusMatch(template: Template, raw: string): StatusMatch {
  const key = compactText(raw);
  if (key === '') return { kind: 'empty' };
  const direct = lookup(template, key);
  if (direct) return direct;
  const simplified = toSimplified(key);
  const viaSimplified = simplified !== key ? lookup(template, simplified) : undefined;
  if (viaSimplified?.kind === 'known') return { kind: 'unknown', suggestion: viaSimplified.status.name, reason: 'traditional' };
  const names = candidates(template, simplified);
  if (names.length === 1) return { kind: 'unknown', suggestion: names[0], reason: 'none' };
  return { kind: 'unknown', reason: names.length > 1 ? 'ambiguous' : 'none' };
}

/** The template's status names from best to worst, for messages and dropdowns. */
export function allowedStatuses(template: Template): string[] {
  return [...template.statuses].sort((a, b) => a.rank - b.rank).map((s) => s.name);
}

/**
 * A status cell read the way its column writes it: a word of the template's list, yes/no
 * (是否达序: 是 / 否), or a percentage (`80%`). Yes/no and percentages are known statuses of their
 * own (是 ranks before 否; a higher percentage before a lower one), so statistics count them.
 */
const YES = /^(是|已达序|达序|已达到|达到|已完成|完成|√|✓|✔)$/;
const NO = /^(否|未达序|未达到|未完成|×|✗|✘)$/;
const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s*%?$/;

export function matchStatusOfKind(template: Template, kind: StatusKind, raw: string): StatusMatch {
  if (kind === 'words') return matchStatus(template, raw);
  const key = compactText(raw);
  if (key === '') return { kind: 'empty' };
  if (kind === 'yes-no') {
    if (YES.test(key)) return { kind: 'known', status: { name: '是', aliases: [], rank: 0, colour: '#FFFFFF', state: 'on-track' }, spelling: key === '是' ? 'standard' : 'alias' };
    if (NO.test(key)) return { kind: 'known', status: { name: '否', aliases: [], rank: 1, colour: '#FFC7CE', state: 'behind' }, spelling: key === '否' ? 'standard' : 'alias' };
    return { kind: 'unknown', reason: 'none' };
  }
  const percent = PERCENT.exec(key);
  if (!percent) return { kind: 'unknown', reason: 'none' };
  const value = Number(percent[1]);
  return {
    kind: 'known',
    status: { name: `${percent[1]}%`, aliases: [], rank: Math.max(0, 100 - value), colour: '#FFFFFF', ...(value >= 100 ? { state: 'done' as const } : {}) },
    spelling: 'standard',
  };
}

/** The status of a row as its sheet's status column writes it; empty when the sheet has no status. */
export function statusOfRow(source: RoleSource, row: { cells: { get(key: string): { text: string } | undefined } }): StatusMatch {
  const found = statusColumn(source);
  if (!found) return { kind: 'empty' };
  return matchStatusOfKind(source.template, found.kind, row.cells.get(found.column.key)?.text ?? '');
}

/** The statuses a sheet's status column allows, for messages: the word list, or 是、否. */
export function allowedStatusesOfKind(template: Template, kind: StatusKind): string[] {
  if (kind === 'yes-no') return ['是', '否'];
  if (kind === 'percent') return ['0%–100%'];
  return allowedStatuses(template);
}
