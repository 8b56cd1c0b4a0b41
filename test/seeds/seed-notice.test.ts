import { importTasks } from '../../src/core/notice/import-tasks';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { at } from '../../src/core/checked';

/**
 * The four lead-bearing task lists of the notice in seeds/002, read by hand: for each task its
 * number in the notice and its lead units (the lead lines and notes as the notice prints them,
 * connectives such as 和 / 按职责分工分别 / 分头 removed). 中介服务 (12, `(牵头部门:…,责任部门:…)`),
 * 危险化学品 (25, `(由…牵头,…配合,…)`), 城市道路交通治堵 (33, `牵头单位:` on its own line) and
 * 政务公开 (23, `(…牵头落实)`).
 */
const result = importTasks(readSeed(SEED_FILES.notice));
const G = '各县(市、区)政府';

const AGENCY: [number, string[]][] = [
  [1, ['市行政服务中心']],
  [2, ['市编委办']],
  [3, ['市市场监管局']],
  [4, ['市行政服务中心']],
  [5, ['市行政服务中心']],
  [6, ['市发展改革委(物价局)', '市行政服务中心']],
  [7, ['市行政服务中心']],
  [8, ['市行政服务中心']],
  [9, ['市环保局', '市经信委']],
  [10, ['市行政服务中心']],
  [11, ['市行政服务中心']],
  [12, ['市发展改革委']],
];

const HAZARD: [number, string[]][] = [
  [1, ['市安委办']],
  [2, ['市安委办', '市编委办']],
  [3, ['市安委办']],
  [4, ['市安委办']],
  [5, ['市安委办']],
  [6, ['市安委办', '市安监局', '市经信委', '市发展改革委', '市建委', '市交通运输局', '市港务局']],
  [7, ['市安委办']],
  [8, ['市安委办', '市安监局', '市经信委']],
  [9, ['市发展改革委', '市安委办']],
  [10, ['市经信委', '市安监局']],
  [11, ['市委办']],
  [12, ['市委办', '市安监局', '市公安局', '市环保局']],
  [13, ['市交通运输局', '市港务局', '市安监局']],
  [14, ['市环保局']],
  [15, ['市发展改革委', '市经信委', '市安监局']],
  [16, ['市安监局']],
  [17, ['市建委', '市质监局', '市安监局']],
  [18, ['市民防局', '市安监局', '市安委办']],
  [19, ['市安委办']],
  [20, ['市安委办']],
  [21, ['市安委办']],
  [22, ['市安监局']],
  [23, ['市安监局']],
  [24, ['市安监局', '市教育局']],
  [25, ['市安监局']],
];

const Z = '市治堵办';
const T = '市交通运输局';
const TRAFFIC: [number, string[]][] = [
  [1, [Z]],
  [2, [Z]],
  [3, [Z]],
  [4, [Z]],
  [2, [Z]], // (一) 1–4, then section (二) itself
  [1, [T]],
  [2, [T]],
  [3, [T]],
  [4, [T]],
  [5, [T]],
  [6, [T]],
  [7, [T]],
  [8, [Z]],
  [9, [T]], // (三)
  [1, ['市建委']],
  [2, ['市建委']],
  [3, ['市建委']],
  [4, ['市建委']], // (四)
  [1, ['市公安局']],
  [2, ['市公安局']],
  [3, ['市公安局']],
  [4, ['市公安局']],
  [5, ['市公安局', '市综合执法局']],
  [6, ['市公安局']], // (五)
  [1, [Z]],
  [2, [Z]],
  [3, ['嘉通集团']], // (六)
  [1, [Z]],
  [2, ['平湖市政府', '海盐县政府', '海宁市政府', '桐乡市政府']],
  [3, ['市建委']], // (七)
  [8, [Z]],
  [9, [Z]],
  [10, [Z]], // sections (八)–(十)
];

const OPENNESS: [number, string[]][] = [
  [1, ['市发展改革委', '市财政局', '市人力社保局', '市金融办', '市政府新闻办', '人行嘉兴市中心支行', '嘉兴银监局分局']],
  [0, ['市统计局']],
  [0, ['市审计局']],
  [2, ['市发展改革委', '市经信委', '市财政局(地税局)', '市人力社保局', '市国土资源局', '市社保事务局', '市国税局', G]],
  [3, ['市发展改革委', '市环保局', '市农业经济局', '市卫生计生委', '市行政服务中心']],
  [4, ['市发展改革委', '市财政局', '市合作交流办']],
  [1, ['市编委办', '市发展改革委', '市市场监管局', '市行政服务中心', '市级有关部门', G]],
  [2, ['市国资委']],
  [3, ['市发展改革委', '市民政局', '市农业经济局', '市商务局']],
  [4, ['市财政局(地税局)', '市国税局', G]],
  [1, ['市发展改革委', '市经信委', '市级有关部门', G]],
  [2, ['市发展改革委', '市经信委', '市财政局', '市国资委', G]],
  [3, ['市发展改革委', '市民政局', '市商务局', '市文化局', '市卫生计生委', '市体育局', '市旅委', '市市场监管局', '市质监局']],
  [1, ['市农业经济局', '市民政局', G]],
  [2, ['市环保局']],
  [0, ['市治气办', '市环保局']],
  [0, ['市治水办', '市发展改革委', '市环保局', '市建委', '市水利局', '市农业经济局']],
  [3, ['市教育局']],
  [0, ['市卫生计生委']],
  [4, ['市市场监管局']],
  [1, ['市财政局', '市国资委', '市金融办', '市政府新闻办', '人行嘉兴市中心支行', '嘉兴银监局']],
  [2, ['市建委', '市国土资源局', '人行嘉兴市中心支行', '嘉兴银监分局']],
  [3, ['市安监局']],
];

describe('the four task lists of the notice in seeds/002, against a reading by hand', () => {
  it('imports at least 80 tasks, every lead unit clean of connectives', () => {
    expect(result.tasks.length).toBeGreaterThanOrEqual(80);
    const leads = result.tasks.flatMap((t) => t.leads);
    expect(leads.filter((u) => /和|及|分别|分头|按职责|配合|牵头|负责|落实|由/.test(u.replace(/^嘉兴银监局分局$/, '')))).toEqual([]);
  });

  it('reads the lists in notice order: 中介服务, 危险化学品, 交通治堵, 政务公开', () => {
    const all = result.tasks.map((t): [number, string[]] => [t.number, t.leads]);
    expect(all).toEqual([...AGENCY, ...HAZARD, ...TRAFFIC, ...OPENNESS]);
  });

  it('keeps responsible units and deadlines', () => {
    const first = result.tasks[0];
    expect(first).toMatchObject({ responsible: ['各行政主管部门'], deadline: '6月底前' });
    const traffic = at(result.tasks, AGENCY.length + HAZARD.length);
    expect(traffic.task.startsWith('推进城市交通治堵向县城和镇村延伸')).toBe(true);
    expect(traffic.responsible.slice(0, 3)).toEqual(['市公安局', '市建委', '市交通运输局']);
    const hazard6 = result.tasks[AGENCY.length + 5];
    expect(hazard6).toMatchObject({ responsible: ['市级有关部门'], deadline: '2017年12月前' });
  });
});
