/* global document, window, fetch, FormData, EventSource, URLSearchParams, navigator, setInterval, clearInterval */
'use strict';
// 汇总单位页: sign in, create a 报告期, send the links, watch the roster fill in live (server-sent
// events, with a slow poll as a fallback), merge with one click, compare with the previous period.
(function () {
  const $ = (id) => document.getElementById(id);
  const STATE = { reported: '已报', missing: '未报', problem: '有问题' };
  const TOKEN = { active: '有效', revoked: '已收回', expired: '已失效' };
  const ACTION = {
    'submission-accept': '接收报送',
    'submission-reject': '退回报送',
    'submission-forbidden': '拒绝代报',
    merge: '汇总',
    'period-create': '新建报告期',
    'period-close': '结束报送',
    'token-reissue': '重新生成链接',
    'token-revoke': '收回链接',
    'admin-login': '登录',
    'admin-login-failed': '登录失败',
    'admin-logout': '退出',
    'admin-save': '设置账号',
  };
  let csrf = '';
  let current = null;
  let events = null;
  let poll = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, onClick, secondary) {
    const b = el('button', text, secondary ? 'secondary' : '');
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      if (cell instanceof window.Node) td.appendChild(cell);
      else td.textContent = cell === null || cell === undefined ? '' : String(cell);
      tr.appendChild(td);
    }
    return tr;
  }

  const when = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '');
  const show = (id, on) => $(id).classList.toggle('hidden', !on);

  function notice(text, kind, box) {
    const target = $(box || 'notice');
    target.textContent = text;
    target.className = `message ${kind || 'info'}`;
  }

  async function api(method, path, body) {
    const headers = { 'x-csrf-token': csrf };
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    if (res.status === 401 && !path.endsWith('/login')) {
      showLogin();
      throw new Error('not signed in');
    }
    return res;
  }

  async function json(method, path, body) {
    const res = await api(method, path, body);
    const data = await res.json().catch(() => ({ message: `服务器返回 ${res.status}` }));
    return { status: res.status, body: data };
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  function fileNameOf(res, fallback) {
    const header = res.headers.get('content-disposition') || '';
    const m = /filename\*=UTF-8''([^;]+)/.exec(header);
    return m ? decodeURIComponent(m[1]) : fallback;
  }

  function showLogin() {
    show('login', true);
    show('app', false);
    show('logout', false);
    $('who').textContent = '';
  }

  async function start() {
    csrf = (await (await fetch('/api/admin/csrf', { credentials: 'same-origin' })).json()).csrfToken;
    const res = await fetch('/api/admin/session', { credentials: 'same-origin' });
    if (res.status !== 200) return showLogin();
    signedIn((await res.json()).name);
  }

  async function signedIn(name) {
    show('login', false);
    show('app', true);
    show('logout', true);
    $('who').textContent = name;
    await loadPeriods();
    const id = Number(new URLSearchParams(window.location.hash.slice(1)).get('period'));
    if (id) openPeriod(id);
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const { status, body } = await json('POST', '/api/admin/login', { name: $('login-name').value, password: $('login-password').value });
    if (status !== 200) return notice(body.message, 'error');
    show('notice', false);
    signedIn(body.name);
  });

  $('logout').addEventListener('click', async () => {
    await api('POST', '/api/admin/logout');
    showLogin();
  });

  async function loadPeriods() {
    const { body } = await json('GET', '/api/admin/periods');
    const list = $('periods');
    list.replaceChildren();
    const previous = $('c-previous');
    previous.replaceChildren(el('option', '（无）'));
    previous.firstChild.value = '';
    for (const p of body) {
      list.appendChild(row([p.title, p.periodEnd, when(p.closesAt), p.counts.units, p.counts.reported, p.counts.missing, p.counts.problem, button('打开', () => openPeriod(p.id), true)]));
      const option = el('option', p.title);
      option.value = String(p.id);
      previous.appendChild(option);
    }
  }

  $('show-create').addEventListener('click', () => show('create', true));

  $('create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData($('create-form'));
    for (const [key, value] of [...form.entries()]) if (value instanceof window.File && value.size === 0) form.delete(key);
    const { status, body } = await json('POST', '/api/admin/periods', form);
    if (status !== 201) return notice(body.message, 'error');
    notice(`已创建“${body.period.title}”，共 ${body.links.length} 个单位。`, 'ok');
    $('create-form').reset();
    show('create', false);
    showLinks(body.links);
    await loadPeriods();
    openPeriod(body.period.id);
  });

  function showLinks(links) {
    const list = $('links-body');
    list.replaceChildren();
    for (const l of links) list.appendChild(row([l.unit, el('span', l.link, 'token')]));
    $('copy-links').onclick = () => navigator.clipboard.writeText(links.map((l) => `${l.unit}\t${l.link}`).join('\n'));
    show('links', true);
  }
  $('print-links').addEventListener('click', () => window.print());
  $('hide-links').addEventListener('click', () => show('links', false));

  async function openPeriod(id) {
    if (current !== id) {
      if (events) events.close();
      if (poll) clearInterval(poll);
      current = id;
      window.location.hash = `period=${id}`;
      show('compare-result', false);
      show('period-message', false);
      events = new EventSource(`/api/admin/periods/${id}/events`);
      events.addEventListener('change', () => refreshSoon());
      poll = setInterval(() => refresh(), 30_000);
    }
    await refresh();
  }

  let pending = null;
  function refreshSoon() {
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      refresh();
    }, 300);
  }

  async function refresh() {
    if (!current) return;
    const id = current;
    const { status, body } = await json('GET', `/api/admin/periods/${id}`);
    if (status !== 200) return notice(body.message, 'error');
    const p = body.period;
    show('period', true);
    $('period-title').textContent = p.title;
    $('period-meta').textContent =
      `截至 ${p.periodEnd} · 报送截止 ${when(p.closesAt)} · 模板 ${p.template} · 任务 ${p.tasks} 项${p.closedAt ? ` · 已于 ${when(p.closedAt)} 结束报送` : ''}${body.lastMerge ? ` · 上次汇总 ${when(body.lastMerge.createdAt)}` : ''}`;
    const c = body.roster.counts;
    const counts = $('counts');
    counts.replaceChildren();
    for (const [label, n, cls] of [
      ['单位', c.units, ''],
      ['已报', c.reported, 'state-reported'],
      ['未报', c.missing, 'state-missing'],
      ['有问题', c.problem, 'state-problem'],
      ['收到文件', c.accepted + c.rejected, ''],
    ]) {
      const span = el('span', `${label} ${n}`, cls);
      span.dataset.count = label;
      counts.appendChild(span);
    }
    const units = $('units');
    units.replaceChildren();
    for (const u of body.roster.units) {
      const tr = row([u.name, el('span', STATE[u.state], `state-${u.state}`), u.version ? `第 ${u.version} 版` : '', when(u.at), u.fileName, u.attempts, TOKEN[u.token], el('span')]);
      tr.dataset.unit = u.name;
      const actions = tr.lastChild;
      actions.appendChild(button('新链接', async () => showLinks([(await json('POST', `/api/admin/periods/${id}/units/${u.id}/token`)).body]), true));
      if (u.token === 'active')
        actions.appendChild(
          button(
            '收回',
            async () => {
              await json('POST', `/api/admin/periods/${id}/units/${u.id}/revoke`);
              refresh();
            },
            true,
          ),
        );
      units.appendChild(tr);
    }
    const tasks = $('tasks');
    tasks.replaceChildren();
    for (const t of body.roster.tasks) tasks.appendChild(row([t.seq, t.task, t.leads.join('、'), el('span', STATE[t.state], `state-${t.state}`), t.missing.join('、')]));
    $('reminder').value = body.reminder || '全部单位已报送。';
    const audit = await json('GET', `/api/admin/periods/${id}/audit?limit=50`);
    const log = $('audit');
    log.replaceChildren();
    for (const a of audit.body)
      log.appendChild(
        row([
          when(a.at),
          a.actor.replace(/^(admin|unit):/, ''),
          ACTION[a.action] || a.action,
          [a.detail.file, a.detail.reason, a.detail.unit, a.detail.version ? `第 ${a.detail.version} 版` : ''].filter(Boolean).join(' · '),
        ]),
      );
  }

  $('copy-reminder').addEventListener('click', () => navigator.clipboard.writeText($('reminder').value));

  $('merge').addEventListener('click', async () => {
    const res = await api('POST', `/api/admin/periods/${current}/merge`);
    if (res.status !== 200) return notice((await res.json()).message, 'error', 'period-message');
    const summary = JSON.parse(decodeURIComponent(res.headers.get('x-merge-summary') || '%7B%7D'));
    download(await res.blob(), fileNameOf(res, '汇总.xlsx'));
    notice(
      `已汇总 ${summary.inputs} 个单位的报送：任务 ${summary.tasks} 项，数据行 ${summary.rowsIn} 行（汇总 ${summary.rowsMerged}，未采用 ${summary.rowsSkipped}），未报送 ${summary.missing} 项。`,
      'ok',
      'period-message',
    );
    refresh();
  });

  $('compare').addEventListener('click', async () => {
    const { status, body } = await json('GET', `/api/admin/periods/${current}/compare`);
    if (status !== 200) return notice(body.message, 'error', 'period-message');
    const box = $('compare-result');
    box.replaceChildren(el('h2', '与上期对比'));
    const lines = [
      `状态变差 ${body.statusChanges.filter((s) => s.direction === 'worse').length} 项，变好 ${body.statusChanges.filter((s) => s.direction === 'better').length} 项；新增 ${body.added.length} 项，缺失 ${body.dropped.length} 项；进展与上期相同或几乎相同 ${body.unchanged.length} 项。`,
      ...body.statusChanges.map((s) => `${s.direction === 'worse' ? '变差' : '变好'}：${s.label}（${s.before} → ${s.after}）`),
      ...(body.unitsDropped.length ? [`上期报送、本期未报：${body.unitsDropped.join('、')}`] : []),
    ];
    for (const line of lines) box.appendChild(el('p', line));
    box.appendChild(
      button(
        '下载对比表',
        async () => {
          const res = await api('GET', `/api/admin/periods/${current}/compare?format=xlsx`);
          download(await res.blob(), fileNameOf(res, '对比.xlsx'));
        },
        true,
      ),
    );
    show('compare-result', true);
  });

  $('reissue').addEventListener('click', async () => {
    if (!window.confirm('重新生成全部链接后，已发出的链接全部失效。继续？')) return;
    showLinks((await json('POST', `/api/admin/periods/${current}/links`)).body.links);
    refresh();
  });

  $('close-period').addEventListener('click', async () => {
    if (!window.confirm('结束后各单位的链接全部失效，不能再报送。继续？')) return;
    await json('POST', `/api/admin/periods/${current}/close`);
    refresh();
  });

  start();
})();
