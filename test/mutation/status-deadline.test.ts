import { deadlineBefore, readDeadline, readPeriodEnd } from '../../src/core/deadline';
import { itemNumber, itemNumbers, splitProgressItems, stripItemNumber } from '../../src/core/progress-items';
import { allowedStatuses, allowedStatusesOfKind, matchStatus, matchStatusOfKind, statusOfRow, toSimplified } from '../../src/core/status';
import { builtinTemplate } from '../../src/core/template/builtin';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Mutants of status matching, deadlines and progress items, killed with hand-written values. */
const progress = builtinTemplate('progress')!;

describe('status matching', () => {
  it('a standard name, an alias, a traditional spelling, empty', () => {
    expect(matchStatus(progress, '部分滞后')).toMatchObject({ kind: 'known', spelling: 'standard', status: { name: '部分滞后', rank: 3 } });
    expect(matchStatus(progress, '严重滞后')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '进度滞后' } });
    expect(matchStatus(progress, '嚴重滯後')).toEqual({ kind: 'unknown', suggestion: '进度滞后', reason: 'traditional' });
    expect(matchStatus(progress, ' \n ')).toEqual({ kind: 'empty' });
    expect(matchStatus(progress, '')).toEqual({ kind: 'empty' });
  });

  it('a standard name wins over an alias spelled the same elsewhere', () => {
    expect(matchStatus(progress, '已完成')).toMatchObject({ kind: 'known', spelling: 'standard', status: { name: '已完成' } });
    expect(matchStatus(progress, '完成')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '已完成' } });
  });

  it('suggestions: contained in one status, near by edit distance, or none', () => {
    expect(matchStatus(progress, '较快')).toEqual({ kind: 'unknown', suggestion: '进度较快', reason: 'none' });
    expect(matchStatus(progress, '按时推近了')).toEqual({ kind: 'unknown', suggestion: '按时推进', reason: 'none' });
    expect(matchStatus(progress, '按日推近')).toEqual({ kind: 'unknown', suggestion: '按时推进', reason: 'none' });
    expect(matchStatus(progress, '拉日推远')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatus(progress, '滞后')).toEqual({ kind: 'unknown', reason: 'ambiguous' });
    // one edit from 达进度 (the last character counts), two from everything else
    expect(matchStatus(progress, '达度')).toEqual({ kind: 'unknown', suggestion: '按时推进', reason: 'none' });
    // one edit from both 进度较快 and 进度滞后: no suggestion
    expect(matchStatus(progress, '进度较后')).toEqual({ kind: 'unknown', reason: 'ambiguous' });
  });

  it('statuses ranked from best to worst whatever order the template lists them in', () => {
    const reversed = { ...progress, statuses: [...progress.statuses].reverse() };
    expect(allowedStatuses(reversed)).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后']);
    expect(allowedStatusesOfKind(reversed, 'words')).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后']);
  });

  it('the status of a row, as its sheet writes it', () => {
    const words = validateGrid(grid([HEADER, task(1, { status: '序时推进' }), task(2, { status: '' })])).model!;
    expect(statusOfRow(words, words.rows[0]!)).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '按时推进' } });
    expect(statusOfRow(words, words.rows[1]!)).toEqual({ kind: 'empty' });
    const yesNo = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '是否达序'],
        ['1', '任务1', '1.甲', '否'],
      ]),
    ).model!;
    expect(statusOfRow(yesNo, yesNo.rows[0]!)).toMatchObject({ kind: 'known', status: { name: '否' } });
    const none = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况'],
        ['1', '任务1', '1.甲'],
      ]),
    ).model!;
    expect(statusOfRow(none, none.rows[0]!)).toEqual({ kind: 'empty' });
    const noCell = { ...yesNo.rows[0]!, cells: new Map() };
    expect(statusOfRow(yesNo, noCell)).toEqual({ kind: 'empty' });
  });

  it('traditional characters are simplified one by one', () => {
    expect(toSimplified('進度滯後狀態')).toBe('进度滞后状态');
    expect(toSimplified('進滯後時較達遲緩計劃順開實現項務應暫啟動還沒無過關變續畢滿嚴狀態體總產獲')).toBe('进滞后时较达迟缓计划顺开实现项务应暂启动还没无过关变续毕满严状态体总产获');
    expect(toSimplified('abc')).toBe('abc');
  });

  it('yes/no statuses', () => {
    expect(matchStatusOfKind(progress, 'yes-no', '是')).toEqual({ kind: 'known', spelling: 'standard', status: { name: '是', aliases: [], rank: 0, colour: '#FFFFFF', state: 'on-track' } });
    expect(matchStatusOfKind(progress, 'yes-no', '否')).toEqual({ kind: 'known', spelling: 'standard', status: { name: '否', aliases: [], rank: 1, colour: '#FFC7CE', state: 'behind' } });
    expect(matchStatusOfKind(progress, 'yes-no', '是否')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'yes-no', '否认')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'yes-no', '完成了')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'yes-no', '已完成')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '是' } });
    expect(matchStatusOfKind(progress, 'yes-no', '√')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '是' } });
    expect(matchStatusOfKind(progress, 'yes-no', '否')).toMatchObject({ kind: 'known', spelling: 'standard', status: { name: '否', rank: 1, state: 'behind' } });
    expect(matchStatusOfKind(progress, 'yes-no', '未完成')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '否' } });
    expect(matchStatusOfKind(progress, 'yes-no', '是的')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'yes-no', '不是')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'yes-no', ' ')).toEqual({ kind: 'empty' });
  });

  it('percent statuses', () => {
    expect(matchStatusOfKind(progress, 'percent', '80%')).toEqual({ kind: 'known', status: { name: '80%', aliases: [], rank: 20, colour: '#FFFFFF' }, spelling: 'standard' });
    expect(matchStatusOfKind(progress, 'percent', '100 %')).toMatchObject({ status: { name: '100%', rank: 0, state: 'done' } });
    expect(matchStatusOfKind(progress, 'percent', '99.5')).toMatchObject({ status: { name: '99.5%', rank: 0.5 } });
    const partial = matchStatusOfKind(progress, 'percent', '99.5');
    expect(partial.kind === 'known' && 'state' in partial.status).toBe(false);
    expect(matchStatusOfKind(progress, 'percent', '120%')).toMatchObject({ status: { rank: 0, state: 'done' } });
    expect(matchStatusOfKind(progress, 'percent', '12.55%')).toMatchObject({ kind: 'known', status: { name: '12.55%' } });
    expect(matchStatusOfKind(progress, 'percent', '1000%')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'percent', '约80%')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'percent', '80%多')).toEqual({ kind: 'unknown', reason: 'none' });
    expect(matchStatusOfKind(progress, 'percent', '')).toEqual({ kind: 'empty' });
    expect(matchStatusOfKind(progress, 'words', '序时推进')).toMatchObject({ kind: 'known', status: { name: '按时推进' } });
  });

  it('allowed statuses by kind', () => {
    expect(allowedStatusesOfKind(progress, 'yes-no')).toEqual(['是', '否']);
    expect(allowedStatusesOfKind(progress, 'percent')).toEqual(['0%–100%']);
    expect(allowedStatusesOfKind(progress, 'words')).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后']);
  });
});

describe('deadlines', () => {
  it('by the end of a month', () => {
    expect(readDeadline('6月底前')).toEqual({ kind: 'date', deadline: { text: '6月底前', month: 6, day: 30 } });
    expect(readDeadline('2 月 底 前')).toEqual({ kind: 'date', deadline: { text: '2月底前', month: 2, day: 28 } });
    expect(readDeadline('2024年2月底前')).toEqual({ kind: 'date', deadline: { text: '2024年2月底前', year: 2024, month: 2, day: 29 } });
    expect(readDeadline('6月份前')).toEqual({ kind: 'date', deadline: { text: '6月份前', month: 6, day: 30 } });
    expect(readDeadline('12月末之前')).toEqual({ kind: 'date', deadline: { text: '12月末之前', month: 12, day: 31 } });
  });

  it('before a month begins', () => {
    expect(readDeadline('9月前')).toEqual({ kind: 'date', deadline: { text: '9月前', month: 8, day: 31 } });
    expect(readDeadline('2017年12月前完成')).toEqual({ kind: 'date', deadline: { text: '2017年12月前', year: 2017, month: 11, day: 30 } });
    expect(readDeadline('2018年1月前')).toEqual({ kind: 'date', deadline: { text: '2018年1月前', year: 2017, month: 12, day: 31 } });
    expect(readDeadline('1月前')).toEqual({ kind: 'date', deadline: { text: '1月前', month: 12, day: 31 } });
    expect(readDeadline('2024年3月前')).toEqual({ kind: 'date', deadline: { text: '2024年3月前', year: 2024, month: 2, day: 29 } });
  });

  it('months out of range, year end, ongoing, none', () => {
    expect(readDeadline('13月前')).toEqual({ kind: 'none' });
    expect(readDeadline('0月底前')).toEqual({ kind: 'none' });
    expect(readDeadline('12月底前')).toMatchObject({ kind: 'date', deadline: { month: 12, day: 31 } });
    expect(readDeadline('1月底前')).toMatchObject({ kind: 'date', deadline: { month: 1, day: 31 } });
    expect(readDeadline('年内完成')).toEqual({ kind: 'date', deadline: { text: '年内', month: 12, day: 31 } });
    expect(readDeadline('本年度内')).toEqual({ kind: 'date', deadline: { text: '本年度内', month: 12, day: 31 } });
    expect(readDeadline('常态化推进工作')).toEqual({ kind: 'ongoing', text: '常态化推进' });
    expect(readDeadline('长期坚持')).toEqual({ kind: 'ongoing', text: '长期坚持' });
    expect(readDeadline('完成建设')).toEqual({ kind: 'none' });
    // the year written right before the month, and 底/前 right after it
    expect(readDeadline('2017—2018年12月前')).toEqual({ kind: 'date', deadline: { text: '2018年12月前', year: 2018, month: 11, day: 30 } });
    expect(readDeadline('第3批6月前')).toEqual({ kind: 'date', deadline: { text: '6月前', month: 5, day: 31 } });
    expect(readDeadline('6月底，12月前')).toEqual({ kind: 'date', deadline: { text: '12月前', month: 11, day: 30 } });
  });

  it('period ends', () => {
    expect(readPeriodEnd('截至6月30日')).toEqual({ month: 6, day: 30 });
    expect(readPeriodEnd('截至6月30日', 2021)).toEqual({ year: 2021, month: 6, day: 30 });
    expect(readPeriodEnd('截至5月底')).toEqual({ month: 5, day: 31 });
    expect(readPeriodEnd('截止2021年2月')).toEqual({ year: 2021, month: 2, day: 28 });
    expect(readPeriodEnd('2020年截至2月')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(readPeriodEnd('2021年上半年')).toEqual({ year: 2021, month: 6, day: 30 });
    expect(readPeriodEnd('半年度')).toEqual({ month: 6, day: 30 });
    expect(readPeriodEnd('下半年')).toEqual({ month: 12, day: 31 });
    expect(readPeriodEnd('全年')).toEqual({ month: 12, day: 31 });
    expect(readPeriodEnd('2021年度')).toEqual({ year: 2021, month: 12, day: 31 });
    expect(readPeriodEnd('第三季度')).toEqual({ month: 9, day: 30 });
    expect(readPeriodEnd('第二季度')).toEqual({ month: 6, day: 30 });
    expect(readPeriodEnd('一季度')).toEqual({ month: 3, day: 31 });
    expect(readPeriodEnd('第4季度')).toEqual({ month: 12, day: 31 });
    expect(readPeriodEnd('Q1')).toEqual({ month: 3, day: 31 });
    expect(readPeriodEnd('q3')).toEqual({ month: 9, day: 30 });
    expect(readPeriodEnd('1-8月')).toEqual({ month: 8, day: 31 });
    expect(readPeriodEnd('1至2月', 2024)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readPeriodEnd('1—9月')).toEqual({ month: 9, day: 30 });
    expect(readPeriodEnd('2021年5月')).toEqual({ year: 2021, month: 5, day: 31 });
    expect(readPeriodEnd('截至2021年5月15日')).toEqual({ year: 2021, month: 5, day: 15 });
    expect(readPeriodEnd('截至12月15日')).toEqual({ month: 12, day: 15 });
    expect(readPeriodEnd('第1年度')).toBeUndefined();
    expect(readPeriodEnd('1-12月')).toEqual({ month: 12, day: 31 });
    expect(readPeriodEnd('2021年12月')).toEqual({ year: 2021, month: 12, day: 31 });
    expect(readPeriodEnd('工作总结')).toBeUndefined();
    expect(readPeriodEnd('5月')).toBeUndefined();
  });

  it('a deadline before the period end', () => {
    const june30 = { month: 6, day: 30 };
    expect(deadlineBefore({ text: '', month: 6, day: 30 }, june30)).toBe(false);
    expect(deadlineBefore({ text: '', month: 6, day: 29 }, june30)).toBe(true);
    expect(deadlineBefore({ text: '', month: 5, day: 31 }, june30)).toBe(true);
    expect(deadlineBefore({ text: '', month: 7, day: 1 }, june30)).toBe(false);
    expect(deadlineBefore({ text: '', month: 6, day: 31 }, june30)).toBe(false);
    expect(deadlineBefore({ text: '', year: 2020, month: 12, day: 31 }, { year: 2021, ...june30 })).toBe(true);
    expect(deadlineBefore({ text: '', year: 2022, month: 1, day: 1 }, { year: 2021, ...june30 })).toBe(false);
    expect(deadlineBefore({ text: '', month: 5, day: 1 }, { year: 2021, ...june30 })).toBe(true);
    expect(deadlineBefore({ text: '', year: 2020, month: 7, day: 1 }, june30)).toBe(false);
    expect(deadlineBefore({ text: '', year: 2020, month: 5, day: 1 }, june30)).toBe(true);
  });
});

describe('progress items', () => {
  it('item numbers at a line start', () => {
    expect(['1.已完成', '1．已完成', '2、推进', '1. 已完成', '１．已完成', '3.5月完成', '2.2021年完成', '12 、甲'].map(itemNumber)).toEqual([1, 1, 2, 1, 1, 3, 2, 12]);
    expect(['1-6月完成投资', '7.7公里', '3.5万元', '171.70万元', '80%', '1.', '1、%', '1234.甲', '甲1.乙', '1.8-9月'].map(itemNumber)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      1,
    ]);
  });

  it('splits a cell into items, other lines continue the last one', () => {
    expect(splitProgressItems('1.甲\n 继续 \n\n2、乙\r\n3.丙')).toEqual([
      { number: 1, text: '1.甲\n继续' },
      { number: 2, text: '2、乙' },
      { number: 3, text: '3.丙' },
    ]);
    expect(splitProgressItems('概述\n1.甲')).toEqual([
      { number: null, text: '概述' },
      { number: 1, text: '1.甲' },
    ]);
    expect(splitProgressItems(' \n ')).toEqual([]);
  });

  it('the numbers items carry', () => {
    expect(itemNumbers('1.甲\n2.乙\n说明')).toEqual([1, 2]);
    expect(itemNumbers('概述')).toEqual([]);
  });

  it('strips a leading item number only', () => {
    expect(stripItemNumber('2.南湖区出台')).toBe('南湖区出台');
    expect(stripItemNumber('12.甲')).toBe('甲');
    expect(stripItemNumber('1 .甲')).toBe('甲');
    expect(stripItemNumber('  2、 南湖 ')).toBe('南湖');
    expect(stripItemNumber('１．甲')).toBe('甲');
    expect(stripItemNumber(' 1-6月完成 ')).toBe('1-6月完成');
    expect(stripItemNumber(' 7.7公里 ')).toBe('7.7公里');
  });
});
