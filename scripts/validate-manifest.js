// `npm run validate`: the offline structural check always; the online validation service of
// office-addin-manifest when it is reachable (it always calls an online service).
const { spawnSync } = require('child_process');
const { readFileSync } = require('fs');
const path = require('path');
const { checkManifest } = require('./manifest-check');

const root = path.join(__dirname, '..');
const file = path.join(root, process.argv[2] || 'manifest.xml');
const problems = checkManifest(readFileSync(file, 'utf8'), root);
if (problems.length) {
  console.error(`manifest.xml 结构检查未通过 / structural check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('manifest.xml 结构检查通过 / structural check passed (offline).');
const online = spawnSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', file], { encoding: 'utf8', timeout: 60000 });
const output = `${online.stdout || ''}${online.stderr || ''}`;
if (online.status === 0) console.log('在线验证通过 / online validation passed.');
else if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|fetch failed|Unable to contact/i.test(output) || online.error) console.log('在线验证服务不可达，已跳过 / online validation service unreachable: skipped.');
else {
  console.error(output.trim());
  process.exit(1);
}
