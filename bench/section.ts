/**
 * One part of `npm run bench`: the Markdown lines it printed and the goals it measured. `bench/run.ts`
 * runs every section in one process run and ends with the goals table (figure, goal, measured, met).
 * A section measures side by side (interleaved rounds, median and spread), never one side alone.
 */
export interface Goal {
  /** What is measured, e.g. "reader / floor, 100k-row sheet". */
  figure: string;
  /** The goal as written in the issue, e.g. "≤ 2×". */
  goal: string;
  /** What this run printed, e.g. "2.41× (2.30–2.60)". */
  measured: string;
  met: 'met' | 'not met' | 'not measured';
}

export interface Section {
  title: string;
  lines: string[];
  goals: Goal[];
}

export type SectionRunner = (root: string) => Promise<Section>;
