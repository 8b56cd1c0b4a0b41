// `npm run dev-server` runs this first: the development certificates in ~/.office-addin-dev-certs
// (made by office-addin-dev-certs) exist and are valid for at least another day, or are made again.
// The manifest's URLs are https, which Office cannot load over http: when no valid certificate can
// be had this exits non-zero and the dev server does not start (`webpack serve --env http` serves
// http on purpose, for the browser page only). Trusting the CA system-wide needs admin rights:
// `npx office-addin-dev-certs install`.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { X509Certificate } = require('crypto');

const DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => path.join(DIR, f));
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'valid' | 'missing' | 'expired' (or expiring within a day) | 'unreadable'. */
function certificateState(files = FILES, now = Date.now()) {
  if (!files.every((f) => fs.existsSync(f))) return 'missing';
  try {
    for (const file of files.slice(0, 2)) {
      const cert = new X509Certificate(fs.readFileSync(file));
      if (Date.parse(cert.validTo) - now < DAY_MS || Date.parse(cert.validFrom) > now) return 'expired';
    }
    return 'valid';
  } catch {
    return 'unreadable';
  }
}

async function ensureCertificates() {
  const state = certificateState();
  if (state === 'valid') return true;
  const { generateCertificates } = require('office-addin-dev-certs');
  fs.mkdirSync(DIR, { recursive: true });
  try {
    for (const f of FILES) fs.rmSync(f, { force: true });
    await generateCertificates(...FILES, 30);
  } catch (error) {
    console.error(`无法生成开发证书（${error.message}）。manifest 使用 https，Office 不能从 http 加载，开发服务器不启动。`);
    return false;
  }
  if (certificateState() !== 'valid') {
    console.error('生成的开发证书仍不可用，开发服务器不启动。');
    return false;
  }
  console.log(`开发证书${state === 'missing' ? '已生成' : '已过期，已重新生成'}：${DIR}（如需系统信任：npx office-addin-dev-certs install）`);
  return true;
}

if (require.main === module) {
  ensureCertificates().then((ok) => process.exit(ok ? 0 : 1));
}

module.exports = { certificateState, ensureCertificates, CERT_FILES: FILES };
