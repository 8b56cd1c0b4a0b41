import { group } from './checked';
import { compactText } from './text';

/**
 * Reading a 序号 cell. Accepted: `1`, `１`, `3.`, `（4）`, `4、`, numbers from formulas, and Chinese
 * numerals (`十二`), which are read rather than ignored. Anything else is invalid.
 */
export type SeqValue = { kind: 'empty' } | { kind: 'number'; value: number; style: 'plain' | 'decorated' | 'chinese' } | { kind: 'invalid' };

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 999 (`十`, `十二`, `二十`, `一百零五`); undefined when not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      if (digit > 0) return undefined; // two digits in a row such as 一二 is not a numeral
      const value = CHINESE_DIGITS[ch];
      if (value === undefined) return undefined;
      digit = value;
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : undefined;
}

export function parseSeq(raw: string): SeqValue {
  const text = compactText(raw);
  if (text === '') return { kind: 'empty' };
  if (/^\d+$/.test(text)) return { kind: 'number', value: Number(text), style: 'plain' };
  if (/^\d+\.0+$/.test(text)) return { kind: 'number', value: Math.trunc(Number(text)), style: 'plain' };
  const decorated = /^\(?(\d+)\)?[.、,]?$/.exec(text);
  if (decorated && text.startsWith('(') === text.includes(')')) {
    return { kind: 'number', value: Number(group(decorated, 1)), style: 'decorated' };
  }
  const chinese = /^\(?([零〇一二两三四五六七八九十百]+)\)?[.、]?$/.exec(text);
  if (chinese && text.startsWith('(') === text.includes(')')) {
    const value = parseChineseNumeral(group(chinese, 1));
    if (value !== undefined) return { kind: 'number', value, style: 'chinese' };
  }
  return { kind: 'invalid' };
}

/** A section heading such as `一、坚持经济建设中心` or `（一）扩大有效投资`: a category, not a task. */
export function isSectionHeading(raw: string): boolean {
  const text = compactText(raw);
  return /^[零〇一二两三四五六七八九十百]+[、.]/.test(text) || /^\([零〇一二两三四五六七八九十百]+\)/.test(text) || /^第[零〇一二三四五六七八九十百]+[部章节篇项]/.test(text);
}
