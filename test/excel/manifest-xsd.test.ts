import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateXsd } = require('../../scripts/validate-manifest') as { validateXsd: (file: string, xsd?: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { certificateState } = require('../../scripts/dev-certs') as { certificateState: (files: string[], now?: number) => string };

const ROOT = join(__dirname, '..', '..');

describe("manifest.xml against Microsoft's XSD", () => {
  const first = validateXsd(join(ROOT, 'manifest.xml'));
  const run = first.startsWith('skipped') ? it.skip : it;
  if (first.startsWith('skipped')) console.log(`XSD tests ${first}`);

  run('passes as written and as the build rewrites it (another base URL)', () => {
    expect(first).toBe('passed');
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const built = join(dir, 'manifest.xml');
    writeFileSync(built, readFileSync(join(ROOT, 'manifest.xml'), 'utf8').split('https://localhost:3000').join('https://addin.example.gov.cn'));
    expect(validateXsd(built)).toBe('passed');
  });

  run('fails a manifest the schema refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const broken = join(dir, 'manifest.xml');
    writeFileSync(broken, readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace('<Version>0.1.0.0</Version>', '<Version>one</Version>'));
    expect(validateXsd(broken)).toMatch(/^failed/);
  });

  it('skips with a reason where the schema is absent', () => {
    expect(validateXsd(join(ROOT, 'manifest.xml'), join(tmpdir(), 'no-such.xsd'))).toMatch(/^skipped: /);
  });
});

describe('development certificates', () => {
  it('are missing when the files are not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certs-'));
    expect(certificateState(['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => join(dir, f)))).toBe('missing');
  });

  it('count as unreadable when they are not certificates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certs-'));
    const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => join(dir, f));
    files.forEach((f) => writeFileSync(f, 'not a certificate'));
    expect(certificateState(files)).toBe('unreadable');
  });
});
