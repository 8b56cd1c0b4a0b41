// `npm run start:excel`: how to open the add-in in Excel on this machine. Microsoft's template runs
// office-addin-debugging to sideload; this project does not depend on it, so the steps are printed
// exactly, for the dev server (`npm run dev-server`, https://localhost:3000) and manifest.xml here.
const path = require('path');
const os = require('os');

const manifest = path.join(__dirname, '..', 'manifest.xml');
const steps = {
  win32: [
    `把 ${path.dirname(manifest)} 设为共享文件夹（右键 > 属性 > 共享），记下网络路径（\\\\${os.hostname()}\\…）。`,
    'Excel：文件 > 选项 > 信任中心 > 信任中心设置 > 受信任的加载项目录：填入该网络路径，勾选“显示在菜单中”，确定后重启 Excel。',
    '开始 > 加载项 > 高级 > 共享文件夹 > 进展报表助手 > 添加。',
  ],
  darwin: [
    `mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef && cp "${manifest}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`,
    '重启 Excel，开始 > 加载项 > 我的加载项 > 进展报表助手。',
  ],
  other: ['本机没有桌面版 Excel：在 Excel 网页版打开工作簿，开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项，选择 manifest.xml。'],
};
const list = steps[process.platform] || steps.other;
console.log('1. 另开一个终端运行 npm run dev-server（https://localhost:3000，需要有效的开发证书）。');
list.forEach((step, i) => console.log(`${i + 2}. ${step}`));
console.log(`${list.length + 2}. 开始选项卡 > 进展报表 > 检查报表。（npm start 仍在浏览器中打开网页版。）`);
