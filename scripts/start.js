// `npm start`: the main job on any machine. Builds the task pane when the build is missing or older
// than the sources, writes the sample submissions generated from the seed table, serves both on
// localhost in the background, prints the URL and opens it. `npm stop` stops the server.
// Inside Excel (Windows, Mac) the add-in is sideloaded with `npm run dev-server` and manifest.xml (README).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const http = require('http');
const path = require('path');

const root = path.join(__dirname, '..');
const build = path.join(root, 'build');
const samples = path.join(root, 'samples');
const pidFile = path.join(root, '.addin-server.pid');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status || 1);
}

function portFree(port) {
  return new Promise((resolve) => {
    const probe = net
      .createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

function responds(url) {
  return new Promise((resolve) =>
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      })
      .on('error', () => resolve(false)),
  );
}

/** One line per phase, so a clean clone's first start (about two minutes of building) is never silent. */
function phase(n, zh, en) {
  console.log(`[${n}/4] ${zh} / ${en}`);
}

async function main() {
  phase(1, '任务窗格：构建缺失或过期时重新构建（首次约两分钟）', 'task pane: built when missing or stale (about two minutes the first time)');
  run(process.execPath, [path.join(__dirname, 'ensure-build.js'), '--progress']);
  phase(2, '命令行工具', 'command-line tool');
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) run('npm', ['run', '--silent', 'build:cli']);
  phase(3, '示例报送', 'sample submissions');
  if (!fs.existsSync(path.join(samples, 'index.json'))) run(process.execPath, [path.join(root, 'bin', 'progress-report.js'), 'samples', '--out', samples]);
  if (fs.existsSync(pidFile)) spawnSync(process.execPath, [path.join(__dirname, 'stop.js')], { stdio: 'ignore' });
  phase(4, '启动本地服务', 'starting the local server');

  let port = Number(process.env.PORT || 3000);
  while (!(await portFree(port))) port++;
  const log = fs.openSync(path.join(root, '.addin-server.log'), 'w');
  const child = spawn(process.execPath, [path.join(__dirname, 'serve.js'), '--port', String(port), '--root', build, '--samples', samples, '--pid', pidFile], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  child.unref();
  const url = `http://localhost:${port}/taskpane.html`;
  for (let i = 0; i < 50 && !(await responds(url)); i++) await new Promise((r) => setTimeout(r, 200));
  if (!(await responds(url))) {
    console.error('本地服务没有启动，见 .addin-server.log / the local server did not start, see .addin-server.log');
    process.exit(1);
  }
  console.log(`\n进展报表助手已在本机运行（示例报送已载入，可直接“检查”和“汇总”）：\n  ${url}\nProgress Report Assistant is running with the sample submissions loaded:\n  ${url}\n停止：npm stop`);
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : process.env.DISPLAY ? 'xdg-open' : undefined;
  if (opener)
    spawn(opener, [url], { detached: true, stdio: 'ignore' })
      .on('error', () => undefined)
      .unref();
  if (process.platform === 'win32' || process.platform === 'darwin') console.log('在 Excel 中使用：npm run dev-server，然后按 README 旁加载 manifest.xml。');
}

main();
