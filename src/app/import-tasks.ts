import { importTasks as findTasks, ImportResult } from '../core/notice/import-tasks';
import { decodeCsv } from '../io/csv-reader';
import { writeMasterWorkbook } from '../io/master-workbook';
import { atFileBoundary, AnySource, loadSource } from './sources';

/** 导入任务: the task list in the text of a notice, and the master workbook made from it. */
export interface ImportRun {
  result: ImportResult;
  workbook: Uint8Array;
}

export async function importTasks(text: string): Promise<ImportRun> {
  const result = findTasks(text);
  return { result, workbook: await writeMasterWorkbook(result) };
}

/** A notice saved as a text file (UTF-8 or GB18030). */
export function importTasksFromFile(source: AnySource): Promise<ImportRun> {
  const { bytes } = loadSource(source);
  return importTasks(atFileBoundary(() => decodeCsv(bytes).text, source.name));
}
