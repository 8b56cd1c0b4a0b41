/* global document, window, fetch, FormData, URLSearchParams */
'use strict';
// 单位报送页: the link's token is in the address's #fragment (never sent to the server in the URL,
// never written to logs or Referer); every request carries it as `Authorization: Bearer`.
(function () {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') || '';
  const $ = (id) => document.getElementById(id);
  const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
  const VERDICT = { accepted: '已接收', rejected: '未通过' };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    for (const cell of cells) tr.appendChild(cell instanceof window.Node ? wrap(cell) : el('td', cell));
    return tr;
  }

  function wrap(node) {
    const td = document.createElement('td');
    td.appendChild(node);
    return td;
  }

  function button(text, onClick) {
    const b = el('button', text, 'secondary');
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  async function downloadOwn(s) {
    return downloadFrom(`/api/unit/submissions/${s.id}/file`, s.fileName);
  }

  async function downloadFrom(path, fileName) {
    const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) return notice('下载失败，请刷新页面后重试。', 'error');
    const url = window.URL.createObjectURL(await res.blob());
    const a = el('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => window.URL.revokeObjectURL(url), 10000);
  }

  function notice(text, kind) {
    const box = $('notice');
    box.textContent = text;
    box.className = `message ${kind}`;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '';
  }

  async function api(path, options) {
    const res = await fetch(path, { ...options, headers: { authorization: `Bearer ${token}` } });
    const body = await res.json().catch(() => ({ message: `服务器返回 ${res.status}` }));
    return { status: res.status, body };
  }

  function showResult(s) {
    $('result').classList.remove('hidden');
    const box = $('result-message');
    if (s.verdict === 'accepted') {
      box.className = 'message ok';
      box.textContent = `已接收：第 ${s.version} 版（${s.fileName}）${s.warnings ? `，有 ${s.warnings} 条警告，请核对` : ''}。汇总时采用最新接收的版本。`;
    } else {
      box.className = 'message error';
      box.textContent = s.message || `未通过检查：${s.errors} 个错误${s.warnings ? `、${s.warnings} 个警告` : ''}。请按下表修改后重新报送。`;
    }
    const body = $('findings');
    body.replaceChildren();
    for (const f of s.findings || []) body.appendChild(row([f.sheet, f.cell || (f.row ? `第 ${f.row} 行` : ''), SEVERITY[f.severity] || f.severity, f.value, f.message, f.suggestion || f.hint || '']));
    $('findings-table').classList.toggle('hidden', !(s.findings || []).length);
  }

  async function load() {
    if (!token) return notice('链接不完整：请打开汇总单位发来的完整报送链接（含 #token=…）。', 'error');
    const { status, body } = await api('/api/unit/me');
    if (status !== 200) return notice(body.message, 'error');
    $('unit').classList.remove('hidden');
    $('history').classList.remove('hidden');
    $('unit-title').textContent = `${body.unit} · ${body.period.title}`;
    $('unit-meta').textContent = `截至 ${body.period.periodEnd}；报送截止 ${when(body.period.closesAt)}。${body.currentVersion ? `当前采用第 ${body.currentVersion} 版。` : '本期尚未报送。'}`;
    const list = $('submissions');
    list.replaceChildren();
    for (const s of body.submissions) {
      const counted = s.version !== null && s.version === body.currentVersion;
      const actions = el('span');
      actions.appendChild(button('查看结果', () => showResult(s)));
      if (s.verdict === 'accepted') actions.appendChild(button('下载', () => downloadOwn(s)));
      list.appendChild(row([when(s.createdAt), s.fileName, VERDICT[s.verdict], s.version === null ? '' : `第 ${s.version} 版${counted ? '（采用）' : ''}`, actions]));
    }
  }

  $('upload-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = $('file');
    if (!input.files || !input.files[0]) return;
    const form = new FormData();
    form.append('file', input.files[0], input.files[0].name);
    const button = event.submitter || document.querySelector('#upload-form button');
    button.disabled = true;
    notice('正在检查…', 'info');
    try {
      const { status, body } = await api('/api/unit/submissions', { method: 'POST', body: form });
      if (status === 201 || status === 422) {
        showResult(body);
        notice(status === 201 ? '报送成功。' : '报表未通过检查，未被接收。', status === 201 ? 'ok' : 'error');
      } else notice(body.message, 'error');
      await load();
    } catch {
      notice('网络中断，报送未完成：请检查网络后重试。', 'error');
    } finally {
      button.disabled = false;
    }
  });

  $('template').addEventListener('click', () => downloadFrom('/api/unit/template.xlsx', `${$('unit-title').textContent.split(' · ')[0]}_报表模板.xlsx`));

  load();
})();
