// Builds the task pane (webpack, production) with progress: on a terminal one line rewritten in
// place (`构建任务窗格  42% 正在编译…`), in a log (CI, a pipe) one line per tenth at most, so the
// two minutes of a clean build are visible without flooding the log. Errors as webpack prints them.
const path = require('path');
const webpack = require('webpack');

const root = path.join(__dirname, '..');
const tty = Boolean(process.stdout.isTTY);
const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
config.mode = 'production';

/** What webpack is doing, in the clerk's words (webpack's own step names after a slash). */
function phaseOf(message) {
  if (/^(setup|before|run|watch|compil)/.test(message)) return '准备';
  if (/^building/.test(message)) return '编译模块';
  if (/^(sealing|optimiz|module|chunk|hashing|record|code generation|runtime|concatenat)/.test(message)) return '优化';
  if (/^(emitting|after emit|done)/.test(message)) return '写出文件';
  return message;
}

let lastTenth = -1;
let lastLine = '';
const progress = new webpack.ProgressPlugin({
  handler(fraction, message) {
    const percent = Math.floor(fraction * 100);
    const line = `构建任务窗格 ${String(percent).padStart(3)}% ${phaseOf(message || '')}`;
    if (tty) {
      if (line !== lastLine) process.stdout.write(`\r${line.padEnd(40)}`);
      lastLine = line;
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      console.log(`  ${line}`);
    }
  },
});
config.plugins = [...(config.plugins || []), progress];

const started = Date.now();
webpack(config, (error, stats) => {
  if (tty) process.stdout.write('\n');
  if (error) {
    console.error(error.message || String(error));
    process.exit(1);
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: tty }));
    process.exit(1);
  }
  console.log(`任务窗格已构建（${Math.round((Date.now() - started) / 1000)} 秒）/ task pane built`);
});
