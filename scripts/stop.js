// `npm stop`: stops what `npm start` started: the local server recorded in .addin-server.pid, and on
// Windows or macOS the sideloaded add-in (office-addin-debugging, when installed).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const pidFile = path.join(__dirname, '..', '.addin-server.pid');
if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid);
    console.log(`已停止本地服务（进程 ${pid}）/ stopped the local server.`);
  } catch {
    console.log('本地服务已不在运行 / the local server was not running.');
  }
  fs.rmSync(pidFile);
} else console.log('没有正在运行的本地服务 / no local server to stop.');
if (process.platform === 'win32' || process.platform === 'darwin') {
  try {
    require.resolve('office-addin-debugging');
    spawnSync('npx', ['office-addin-debugging', 'stop', 'manifest.xml'], { stdio: 'inherit', shell: true });
  } catch {
    // not installed: nothing was sideloaded
  }
}
