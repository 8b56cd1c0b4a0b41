/** Where a command writes: stdout for results, stderr for progress and errors. Tests capture both. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  errIsTTY: boolean;
}

export const processIO: CommandIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  errIsTTY: Boolean(process.stderr.isTTY),
};
