import { realpathSync, statSync, Stats, writeFileSync } from 'fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'path';
import { ReportError } from '../core/errors';
import type { Lang } from '../core/catalog';

/**
 * Where a command may write. The README promises inputs are only read: an `--out` that is, or
 * resolves to (symbolic link, hard link: same device and inode), any input or the master list is
 * refused, and so is one inside a folder whose files are being read (the next run would read the
 * output back as a submission). A folder or a missing folder is one line, not an error code.
 */
function refuse(zh: string, en: string, lang: Lang): never {
  throw new ReportError('argument-invalid', { detail: lang === 'zh' ? zh : en });
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function checkOutPath(out: string, inputs: { files: readonly string[]; folders: readonly string[] }, lang: Lang): void {
  const outStat = statOrUndefined(out);
  if (outStat?.isDirectory())
    refuse(`--out ${out} 是一个文件夹：请给出要写入的文件名，例如 --out ${join(out, '汇总.xlsx')}`, `--out ${out} is a folder: name the file to write, e.g. --out ${join(out, 'merged.xlsx')}`, lang);
  const parent = dirname(resolve(out));
  if (!statOrUndefined(parent)?.isDirectory())
    refuse(`--out 所在的文件夹 ${dirname(out)} 不存在：请先建好文件夹，或换一个位置`, `The folder of --out, ${dirname(out)}, does not exist: create it first or write elsewhere`, lang);
  const real = join(realOrResolved(parent), basename(out));
  for (const file of inputs.files) {
    const inStat = statOrUndefined(file);
    const same = (outStat && inStat && outStat.dev === inStat.dev && outStat.ino === inStat.ino) || realOrResolved(file) === real;
    if (same)
      refuse(
        `--out ${out} 就是输入文件 ${file}（或指向它的链接）：输入文件只读不写，请换一个输出文件名`,
        `--out ${out} is the input ${file} (or a link to it): inputs are only read; choose another output name`,
        lang,
      );
  }
  for (const folder of inputs.folders) {
    if (inside(realOrResolved(folder), real))
      refuse(
        `--out ${out} 在正在读取的文件夹 ${folder} 里：下次汇总会把它当作报送文件读入，请写到别处`,
        `--out ${out} is inside the input folder ${folder}: the next run would read it as a submission; write it elsewhere`,
        lang,
      );
  }
}

/** Writes an output file; a failure (no permission, disk full) is one line naming the file. */
export function writeOutput(out: string, bytes: Uint8Array, lang: Lang): void {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    refuse(`无法写入 ${out}（${code}）：请检查文件夹权限和磁盘空间，或换一个位置`, `Cannot write ${out} (${code}): check the folder's permissions and free space, or write elsewhere`, lang);
  }
}
