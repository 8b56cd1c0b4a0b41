import type { FastifyRequest } from 'fastify';
import { InboxError } from './http-errors';

/**
 * A multipart form read whole within the plugin's limits (size per file, files, fields): a file
 * over the size limit throws the plugin's 413 error while it streams in, so nothing is kept.
 */
export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: Map<string, UploadedFile>;
}

/** A name safe to show and to use in a download header: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').slice(-120) || '未命名.xlsx';
}

export async function readMultipart(request: FastifyRequest, maxFiles: number): Promise<MultipartForm> {
  if (!request.isMultipart()) throw new InboxError(400, 'file-missing', '请以表单（multipart/form-data）上传文件。');
  const form: MultipartForm = { fields: {}, files: new Map() };
  try {
    for await (const part of request.parts({ limits: { files: maxFiles } })) {
      if (part.type === 'file') {
        const bytes = new Uint8Array(await part.toBuffer());
        if (part.filename && bytes.length > 0) form.files.set(part.fieldname, { fileName: cleanFileName(part.filename), bytes });
      } else {
        form.fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    // the plugin's own refusals (too large, too many files or fields) keep their 413; a form cut
    // off or malformed is the sender's problem, answered 400
    if ((error as { statusCode?: number }).statusCode === 413) throw error;
    throw new InboxError(400, 'upload-broken', '上传不完整（连接中断或表单有误），未接收，请重新报送。');
  }
  return form;
}

export function tooLargeByHeader(request: FastifyRequest, maxBytes: number): boolean {
  const declared = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > maxBytes + 1024 * 1024;
}
