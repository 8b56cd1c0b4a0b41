// Builds the task pane when the build is missing or older than its sources (npm start, the benchmark).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
function newest(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = path.join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);
}
const page = path.join(root, 'build', 'taskpane.html');
const sources = Math.max(newest(path.join(root, 'src')), fs.statSync(path.join(root, 'webpack.config.js')).mtimeMs, fs.statSync(path.join(root, 'manifest.xml')).mtimeMs);
if (!fs.existsSync(page) || fs.statSync(page).mtimeMs < sources) {
  console.log('构建任务窗格… / building the task pane…');
  // `--progress` (npm start): the build shows how far it is (scripts/build-pane.js)
  const args = process.argv.includes('--progress') ? [path.join(__dirname, 'build-pane.js')] : [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--no-stats'];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}
