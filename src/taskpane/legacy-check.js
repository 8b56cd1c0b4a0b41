/*
 * ES5 on purpose (no let, no arrow functions, no classes): it runs before the bundle in every
 * webview, and on those the bundle cannot run in — Internet Explorer 11 (Office 2016/2019 on
 * Windows 7/8, volume-licensed Office 2019) and Edge Legacy (EdgeHTML) — it shows a message in
 * Chinese pointing to the browser page instead of a blank pane.
 */
/* global window, document */
(function () {
  var ua = window.navigator.userAgent || '';
  var legacy = typeof document.documentMode === 'number' || /\bTrident\//.test(ua) || /\bEdge\/\d/.test(ua);
  if (!legacy) return;
  window.__progressReportLegacy = true;
  function show() {
    var box = document.getElementById('legacy-message');
    var root = document.getElementById('root');
    if (!box) return;
    if (root) root.style.display = 'none';
    var page = window.location.protocol + '//' + window.location.host + window.location.pathname;
    box.removeAttribute('hidden');
    box.style.cssText = 'font-family: "Microsoft YaHei", sans-serif; padding: 16px; line-height: 1.6';
    box.innerHTML =
      '<h1 style="font-size: 18px">进展报表助手无法在此版本的 Office 中运行</h1>' +
      '<p>这个 Office 用旧的浏览器内核（Internet Explorer 11 或旧版 Edge）显示加载项，任务窗格需要较新的内核。</p>' +
      '<p>请升级到 Office 2021、Office 2024 或 Microsoft 365；或者在 Chrome、新版 Edge 浏览器中打开网页版（报表只在本机处理，不会上传）：</p>' +
      '<p style="word-break: break-all"><b></b></p>';
    box.getElementsByTagName('b')[0].appendChild(document.createTextNode(page));
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
