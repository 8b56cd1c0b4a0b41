import { group } from '../checked';
import { splitUnits, unitKey } from '../units';

/**
 * Reading who leads a task from the words of a notice, in every form notices use:
 * `牵头部门:X,责任部门:Y` (in brackets, inline, or on a line of its own), `由X牵头,Y配合`, per item
 * `第一项由X牵头,第二项由Y牵头`, `X牵头` / `(X牵头落实)` / `[X牵头,Y按职责分工负责]` without 由, and
 * `由X、Y分头负责`. Units are cleaned of connectives (和, 及, 分别, 分头, 按职责分工负责, 配合…).
 */
export interface LeadReading {
  leads: string[];
  responsible: string[];
  /** The note's words after the units (a deadline such as `2017年6月前完成`). */
  rest: string;
}

/** A lead note is short; longer bracketed text is not one (this also bounds the work on hostile text). */
export const MAX_NOTE = 400;

const CONNECTIVE_TAIL = /(?:按职责分工|按照职责分工|按职责|根据职责|分别|分头|负责|牵头|落实|配合|协同|参与|共同推进|抓好|做好|等)+$/;
const UNIT_END = /(?:局|委|办|院|府|司|部|门|厅|署|会|中心|集团|公司|支队|大队|队|站|所|处|行|团|联|区|县|市|室|组|联社)$/;

/**
 * `市交通运输局和市港务局` → two units, `市经信委等市级有关部门` too; `市人力资源和社会保障局` stays one
 * (its first part is no unit).
 */
function splitConjoined(unit: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < unit.length - 2; i++) {
    if ('和及与等'.includes(unit.charAt(i)) && UNIT_END.test(unit.slice(Math.max(start, i - 4), i))) {
      out.push(unit.slice(start, i));
      start = i + 1;
    }
  }
  out.push(unit.slice(start));
  return out;
}

/** The units of a lead or responsible phrase, without connectives, in order, each once. */
export function cleanUnits(text: string): string[] {
  const units: string[] = [];
  for (const raw of splitUnits(text)) {
    const unit = raw
      .replace(/^(?:第[一二三四五六七八九十、至和及\d]+项|涉及[^由]{0,40})?由/, '')
      .replace(/^[由]/, '')
      .replace(CONNECTIVE_TAIL, '')
      .replace(/[。.]+$/, '')
      .trim();
    // a unit has a letter or a digit: a bracket or a stop left alone (`牵头部门：）`) is none
    if (!/[\p{L}\p{N}]/u.test(unit)) continue;
    for (const part of splitConjoined(unit)) {
      const cleaned = part.replace(CONNECTIVE_TAIL, '').trim();
      if (cleaned && !units.some((u) => unitKey(u) === unitKey(cleaned))) units.push(cleaned);
    }
  }
  return units;
}

// the keyed phrase ends at 。, at ；, at the end of its line or of the note (`牵头单位：X；2017年底前完成`)
const KEYED = /牵头(?:部门|单位)\s*[:：]\s*([^;；\n]*?)(?:\s*[,，;；。\n]\s*(?:责任|配合|协办|参与)(?:部门|单位)\s*[:：]\s*([^\n]*?))?\s*(?:[。;；\n]|$)/;
const BY = /由([^,，;；由()（）]+?)(?:牵头|负责)/g;
const HELPERS = /([^,，;；由()（）]*?)(?:按职责分工负责|按职责分工配合|配合|参与|协同|共同推进)/;

/** Reads the units out of a note (the text inside the brackets, or an inline phrase). */
export function readLeadNote(rawNote: string): LeadReading | undefined {
  const note = rawNote.slice(0, MAX_NOTE);
  const keyed = KEYED.exec(note);
  if (keyed) {
    const leads = cleanUnits(group(keyed, 1));
    if (leads.length) return { leads, responsible: cleanUnits(keyed[2] ?? ''), rest: note.slice(keyed.index + keyed[0].length) };
  }
  const segments = note.split(/[,，;；]/);
  const leads: string[] = [];
  const responsible: string[] = [];
  const rest: string[] = [];
  for (const segment of segments) {
    const by = [...segment.matchAll(BY)];
    if (by.length) {
      for (const m of by) for (const u of cleanUnits(group(m, 1))) if (!leads.some((l) => unitKey(l) === unitKey(u))) leads.push(u);
      continue;
    }
    const lead = /^(.*?)牵头/.exec(segment);
    const leadText = lead ? group(lead, 1) : '';
    if (leadText.trim()) {
      for (const u of cleanUnits(leadText)) if (!leads.some((l) => unitKey(l) === unitKey(u))) leads.push(u);
      continue;
    }
    const helper = HELPERS.exec(segment);
    const helperText = helper ? group(helper, 1) : '';
    if (helperText.trim()) {
      responsible.push(...cleanUnits(helperText));
      continue;
    }
    rest.push(segment);
  }
  return leads.length ? { leads, responsible, rest: rest.join('，') } : undefined;
}

/** Whether a bracketed note speaks of who leads: 牵头, or 由…负责. */
export function namesLead(note: string): boolean {
  return /牵头/.test(note) || /由[^,，]{1,60}负责/.test(note);
}
