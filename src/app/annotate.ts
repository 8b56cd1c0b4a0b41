import type { Lang } from '../core/catalog';
import type { Grid } from '../core/grid';
import { annotatedOriginal, annotatedWorkbook } from '../io/annotated-copy';
import { baseName } from '../io/read-workbook';
import { safeSheetName } from '../io/sheet-name';
import { checkSheet, CheckOptions } from './check';
import { AnySource, loadSource, Outcome, perFileAsync, readSource } from './sources';

/**
 * 标注: for each file with findings, a copy `名称_标注.xlsx` with every finding's cell filled and
 * noted. Each file is its own outcome: a name Excel does not allow as a sheet name
 * (`报表[2021]:上半年?`, a CSV's sheet is named after its file) or a file that cannot be written
 * costs that file its copy, with its error, never the other files theirs.
 */
export interface AnnotatedCopy {
  name: string;
  bytes: Uint8Array;
}

/** Excel's sheet-name rules live in one place, shared by every writer. */
export { safeSheetName };

/** The grids with names Excel accepts, and the findings' sheet names renamed along with them. */
function withSafeNames(grids: readonly Grid[]): { grids: Grid[]; renamed: Map<string, string> } {
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  const safe = grids.map((g) => {
    const name = safeSheetName(g.sheet, taken);
    taken.add(name.toLowerCase());
    renamed.set(g.sheet, name);
    return { ...g, sheet: name };
  });
  return { grids: safe, renamed };
}

export async function annotatedCopies(sources: readonly AnySource[], options: CheckOptions, lang: Lang): Promise<Outcome<AnnotatedCopy | null>[]> {
  const outcomes: Outcome<AnnotatedCopy | null>[] = [];
  for (const source of sources) {
    outcomes.push(
      await perFileAsync(source.name, async () => {
        const loaded = loadSource(source);
        const read = readSource(loaded);
        const report = checkSheet(read, options);
        if (report.sheets.every((s) => s.findings.length === 0)) return null;
        const name = `${baseName(source.name)}_标注.xlsx`;
        // an .xlsx keeps its formatting: its own package with the marks added
        const patched = /\.xls[xm]$/i.test(source.name) ? annotatedOriginal(loaded.bytes, read, report.sheets, lang) : undefined;
        // a macro workbook's package stays one: its copy keeps the .xlsm name Excel opens it by
        if (patched) return { name: /\.xlsm$/i.test(source.name) ? name.replace(/\.xlsx$/, '.xlsm') : name, bytes: patched };
        const { grids, renamed } = withSafeNames(read);
        const sheets = report.sheets.map((s) => ({ ...s, sheet: renamed.get(s.sheet) ?? s.sheet }));
        return { name, bytes: await annotatedWorkbook(grids, sheets, lang) };
      }),
    );
  }
  return outcomes;
}
