// `npm run validate`: for manifest.xml and, when built, build/manifest.xml: the offline structural
// check; Microsoft's XSD with xmllint (../shared/office-manifest-xsd, skipped with the reason when the
// schemas or xmllint are absent); the online validation service of office-addin-manifest when it is
// reachable. `node scripts/validate-manifest.js FILE…` checks the given files only.
const { spawnSync } = require('child_process');
const { existsSync, readFileSync } = require('fs');
const path = require('path');
const { checkManifest } = require('./manifest-check');

const root = path.join(__dirname, '..');
const XSD = process.env.OFFICE_MANIFEST_XSD || path.join(root, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

/** 'passed' | 'failed: …' | 'skipped: reason'. */
function validateXsd(file, xsd = XSD) {
  if (!existsSync(xsd)) return `skipped: 没有找到 XSD（${xsd}）/ schema not found`;
  const which = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (which.error) return 'skipped: 没有 xmllint（apt-get install -y libxml2-utils）/ xmllint not installed';
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return run.status === 0 ? 'passed' : `failed: ${(run.stderr || run.stdout).trim()}`;
}

function validate(file) {
  const name = path.relative(root, file);
  const problems = checkManifest(readFileSync(file, 'utf8'), root);
  if (problems.length) {
    console.error(`${name} 结构检查未通过 / structural check failed:\n- ${problems.join('\n- ')}`);
    return false;
  }
  console.log(`${name} 结构检查通过 / structural check passed (offline).`);
  const xsd = validateXsd(file);
  if (xsd.startsWith('failed')) {
    console.error(`${name} XSD 验证未通过 / XSD validation ${xsd}`);
    return false;
  }
  console.log(`${name} XSD 验证 / XSD validation ${xsd}`);
  if (process.env.VALIDATE_OFFLINE) return true;
  const online = spawnSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', file], { encoding: 'utf8', timeout: 60000 });
  const output = `${online.stdout || ''}${online.stderr || ''}`;
  if (online.status === 0) console.log('在线验证通过 / online validation passed.');
  else if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|fetch failed|Unable to contact/i.test(output) || online.error)
    console.log('在线验证服务不可达，已跳过 / online validation service unreachable: skipped.');
  else {
    console.error(output.trim());
    return false;
  }
  return true;
}

if (require.main === module) {
  const given = process.argv.slice(2).map((f) => path.resolve(root, f));
  const built = path.join(root, 'build', 'manifest.xml');
  const files = given.length ? given : [path.join(root, 'manifest.xml'), ...(existsSync(built) ? [built] : [])];
  if (!given.length && !existsSync(built)) console.log('build/manifest.xml 不存在（先 npm run build），只检查 manifest.xml / not built: skipped.');
  const ok = files.map(validate).every(Boolean);
  process.exit(ok ? 0 : 1);
}

module.exports = { validateXsd };
