import { z } from 'zod';
import { FINDING_CODES } from '../catalog';

/**
 * A template is data: which columns a report sheet has, which statuses it allows (ranked by
 * severity), which unit names are standard, and how severe each rule is. Built-in templates and
 * custom JSON files go through the same schema.
 */
/**
 * Column kinds are roles: what a column means, whatever its header says. `units` is the lead
 * units (牵头单位), `responsible` the units that share the work (责任单位 / 配合单位), `percent` a
 * share complete (完成比例), `leader` the leading official (牵头领导), `remarks` 备注; `text` is any
 * other column, carried along but not checked.
 */
export const COLUMN_KINDS = ['seq', 'task', 'progress', 'units', 'responsible', 'status', 'deadline', 'percent', 'leader', 'remarks', 'text'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** How a status column is written: a word list, yes/no (是否达序), or a percentage. */
export const STATUS_KINDS = ['words', 'yes-no', 'percent'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Kinds that at most one column of a template may have (per status kind): the rules key on them. */
const SINGLE_KINDS: readonly ColumnKind[] = ['seq', 'task', 'progress', 'units', 'responsible', 'status', 'deadline', 'percent', 'leader', 'remarks'];

const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'colour must look like #RRGGBB');

export const columnSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'key must be a camelCase identifier'),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Header words that name the column only when no better-named column is there (目标任务 beside 项目名称). */
  weakAliases: z.array(z.string().min(1)).default([]),
  required: z.boolean().default(true),
  /**
   * A column a new sheet of the template has, but whose absence in a table is no error (the status
   * and lead units of a published table): no `missing-column`, and header detection does not ask for it.
   */
  mayBeAbsent: z.boolean().default(false),
  kind: z.enum(COLUMN_KINDS),
  /** For a status column: how the status is written (a word list by default). */
  statusKind: z.enum(STATUS_KINDS).optional(),
});

export const statusSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Higher is worse: 进度滞后 outranks 部分滞后, which outranks 按时推进. */
  rank: z.number().int(),
  colour: hexColour,
  /** What the status says about the task, for the deadline and contradiction rules. */
  state: z.enum(['done', 'ahead', 'on-track', 'behind']).optional(),
});

export const unitEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const severitySettingSchema = z.enum(['error', 'warning', 'info', 'off']);

export const templateSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'name must be lower-case letters, digits and -'),
    title: z.string().min(1),
    columns: z.array(columnSchema).min(2),
    statuses: z.array(statusSchema).default([]),
    units: z.array(unitEntrySchema).optional(),
    rules: z.partialRecord(z.enum(FINDING_CODES), severitySettingSchema).default({}),
  })
  .superRefine((t, ctx) => {
    const seenKeys = new Set<string>();
    t.columns.forEach((c, i) => {
      if (seenKeys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `duplicate column key "${c.key}"` });
      seenKeys.add(c.key);
    });
    for (const kind of SINGLE_KINDS) {
      const spellings = t.columns.filter((c) => c.kind === kind).map((c) => c.statusKind ?? 'words');
      if (spellings.length !== new Set(spellings).size) ctx.addIssue({ code: 'custom', path: ['columns'], message: `at most one column may have kind "${kind}"` });
    }
    if (t.columns.some((c) => c.kind === 'status' && (c.statusKind ?? 'words') === 'words') && t.statuses.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['statuses'], message: 'a template with a status column needs at least one status' });
    }
    const seenStatus = new Set<string>();
    t.statuses.forEach((s, i) => {
      for (const spelling of [s.name, ...s.aliases]) {
        if (seenStatus.has(spelling)) ctx.addIssue({ code: 'custom', path: ['statuses', i], message: `status spelling "${spelling}" is listed twice` });
        seenStatus.add(spelling);
      }
    });
  });

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateColumn = z.output<typeof columnSchema>;
export type TemplateStatus = z.output<typeof statusSchema>;
export type UnitEntry = z.output<typeof unitEntrySchema>;
export type SeveritySetting = z.output<typeof severitySettingSchema>;

/** One line per schema problem, each with the path in the JSON where it sits. */
export interface SchemaProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

function toProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

export function parseTemplate(input: unknown): ParseResult<Template> {
  const result = templateSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: toProblems(result.error) };
}

export const unitsDirectorySchema = z.array(unitEntrySchema).min(1);

export function parseUnitsDirectory(input: unknown): ParseResult<UnitEntry[]> {
  const result = unitsDirectorySchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: toProblems(result.error) };
}
