import type { Grid } from '../../src/core/grid';
import type { ReportHost, WorkbookChoice } from '../../src/host/host';

/** A host over grids in memory that records what the task pane asked of it. */
export function fakeHost(grids: Grid[]): ReportHost & { calls: string[]; opened: { bytes: Uint8Array; target: string }[]; choice?: WorkbookChoice } {
  const calls: string[] = [];
  const opened: { bytes: Uint8Array; target: string }[] = [];
  const host = {
    kind: 'excel' as const,
    capabilities: { annotation: 'note' as const, insertSheets: true, createWorkbook: true },
    calls,
    opened,
    choice: undefined as WorkbookChoice | undefined,
    async readSheets(scope: 'active' | 'all') {
      calls.push(`read:${scope}`);
      return scope === 'active' ? grids.slice(0, 1) : grids;
    },
    async selectCell(sheet: string, cell: string) {
      calls.push(`select:${sheet}!${cell}`);
    },
    async markFindings(findings: readonly unknown[]) {
      calls.push(`mark:${findings.length}`);
      return findings.length;
    },
    async clearMarks() {
      calls.push('clear');
      return 3;
    },
    async applyFixes(fixes: readonly { cell: string; newValue: string }[]) {
      calls.push(`fix:${fixes.map((f) => `${f.cell}=${f.newValue}`).join(',')}`);
      return { applied: fixes.length, skipped: 0 };
    },
    async undoFixes() {
      calls.push('undo');
      return 1;
    },
    async insertTemplate(choice: WorkbookChoice) {
      calls.push(`insert:${choice.template.name}`);
      return choice.template.title;
    },
    async saveChoice(choice: WorkbookChoice) {
      host.choice = choice;
      calls.push('save');
    },
    async loadChoice() {
      return host.choice;
    },
    async openWorkbook(bytes: Uint8Array, _name: string, target: string) {
      opened.push({ bytes, target });
    },
  };
  return host;
}
