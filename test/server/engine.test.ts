import { writeXlsx } from '../../src/io/xlsx-writer';
import { builtinTemplate } from '../../src/core/template/builtin';
import { blankTemplate, checkSubmission, readTaskList } from '../../src/server/engine';
import { readXlsx } from '../../src/io/xlsx-reader';
import { buildRoster, reminderText } from '../../src/server/roster';
import type { PeriodRecord, SubmissionRecord, UnitRecord } from '../../src/server/storage/store';
import { unitWorkbook } from './helpers';
import { at } from '../../src/core/checked';

/** The inbox's check of one upload (the CLI's reader and rules) and the roster built from stored submissions. */
const template = builtinTemplate('progress')!;
const check = async (unit: string, bytes: Uint8Array, warnings: 'allow' | 'block' = 'allow') => checkSubmission({ bytes, fileName: 'f.xlsx', template, unit, warnings });

describe('checkSubmission', () => {
  it('accepts a clean file and lists the tasks it reports', async () => {
    const result = await check(
      '市科技局',
      await unitWorkbook('市科技局', [
        [1, '任务一', '1.完成。', '按时推进'],
        [2, '任务二', '1.推进。', '进度较快'],
      ]),
    );
    expect([result.verdict, result.reason, result.errors, result.warnings, result.tasks]).toEqual([
      'accepted',
      'ok',
      0,
      0,
      [
        { seq: 1, findings: 0 },
        { seq: 2, findings: 0 },
      ],
    ]);
  });

  it('blocks errors, with each finding at its cell', async () => {
    const result = await check(
      '市科技局',
      await unitWorkbook('市科技局', [
        [1, '任务一', '', '按时推进'],
        [2, '任务二', '1.推进。', '很好'],
      ]),
    );
    expect([result.verdict, result.reason]).toEqual(['rejected', 'errors']);
    expect(result.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [4, '进展情况', 'progress-missing'],
      [5, '进展状态', 'status-unknown'],
    ]);
  });

  it('lets warnings through unless the period blocks them, counting them on their task', async () => {
    // 序时推进 is an alias of 按时推进: counted, but a warning (a unit's own file gets no seq-gap: it reports a subset by design)
    const bytes = await unitWorkbook('市科技局', [
      [1, '任务一', '1.完成。', '按时推进'],
      [3, '任务三', '1.推进。', '序时推进'],
    ]);
    const allowed = await check('市科技局', bytes);
    expect([allowed.verdict, allowed.reason, allowed.tasks]).toEqual([
      'accepted',
      'warnings',
      [
        { seq: 1, findings: 0 },
        { seq: 3, findings: 1 },
      ],
    ]);
    const blocked = await check('市科技局', bytes, 'block');
    expect([blocked.verdict, blocked.reason]).toEqual(['rejected', 'warnings']);
  });

  it('refuses a file of another unit, a file without the header and a file that is not a workbook', async () => {
    expect((await check('市交通运输局', await unitWorkbook('市科技局', [[1, '任务一', '1.完成。', '按时推进']]))).reason).toBe('unit-mismatch');
    expect((await check('交通运输局', await unitWorkbook('市交通运输局', [[1, '任务一', '1.完成。', '按时推进']]))).verdict).toBe('accepted'); // one unit, two spellings
    const noHeader = await writeXlsx([{ name: '说明', rows: [['填表说明'], ['请按模板填写']] }]);
    const none = await check('市科技局', noHeader);
    expect([none.verdict, none.reason, none.findings.map((f) => f.code)]).toEqual(['rejected', 'no-sheet', ['header-not-found']]);
    const text = await check('市科技局', new TextEncoder().encode('PK\u0003\u0004 truncated'));
    expect([text.verdict, text.reason, text.code]).toEqual(['rejected', 'unreadable', 'file-corrupt']);
  });
});

describe('blankTemplate', () => {
  it('is a template a unit fills in and that passes the check once filled', async () => {
    const sheet = at(readXlsx(await blankTemplate(template, '市科技局', '第三季度'), 't.xlsx'), 0);
    expect(sheet.rows.slice(0, 3).map((r) => r.filter(Boolean))).toEqual([['第三季度'], ['填报单位：市科技局'], ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']]);
    const filled = await writeXlsx([{ name: sheet.sheet, rows: [...sheet.rows.slice(0, 3), ['1', '任务一', '1.完成。', '市科技局', '按时推进']] }]);
    expect((await check('市科技局', filled)).verdict).toBe('accepted');
  });
});

describe('buildRoster', () => {
  const period: PeriodRecord = {
    id: 1,
    title: '第三季度',
    periodEnd: '2026-09-30',
    closesAt: '2026-10-15T15:59:59.999Z',
    templateName: 'progress',
    templateJson: '{}',
    warnings: 'allow',
    masterSha: null,
    masterName: null,
    masterTasks: [
      { seq: 1, task: '任务一', units: ['市甲局'] },
      { seq: 2, task: '任务二', units: ['市乙局', '市丙局'] },
      { seq: 3, task: '任务三', units: ['市丙局'] },
    ],
    previousPeriodId: null,
    previousSha: null,
    createdAt: '2026-09-01T00:00:00Z',
    closedAt: null,
  };
  const unit = (id: number, name: string, revokedAt: string | null = null): UnitRecord => ({ id, periodId: 1, name, expiresAt: period.closesAt, revokedAt, createdAt: period.createdAt });
  const sub = (id: number, unitId: number, version: number | null, tasks: SubmissionRecord['tasks'], warnings = 0): SubmissionRecord => ({
    id,
    periodId: 1,
    unitId,
    version,
    verdict: version === null ? 'rejected' : 'accepted',
    reason: version === null ? 'errors' : 'ok',
    fileName: `${id}.xlsx`,
    sha: null,
    size: 1,
    errors: version === null ? 1 : 0,
    warnings,
    findingsJson: '{"findings":[]}',
    tasks,
    createdAt: `2026-10-0${id}T00:00:00Z`,
  });

  it('says 已报 / 未报 / 有问题 per unit and per task, with the version that counts', () => {
    const units = [unit(1, '市甲局'), unit(2, '市乙局'), unit(3, '市丙局', '2026-10-02T00:00:00Z'), unit(4, '市丁局')];
    const submissions = [sub(1, 1, 1, [{ seq: 1, findings: 0 }]), sub(2, 1, 2, [{ seq: 1, findings: 0 }]), sub(3, 2, 1, [{ seq: 2, findings: 1 }], 1), sub(4, 3, null, []), sub(5, 1, null, [])];
    const roster = buildRoster(period, units, submissions, '2026-10-05T00:00:00Z');
    expect(roster.units.map((u) => [u.name, u.state, u.version, u.attempts, u.token])).toEqual([
      ['市甲局', 'problem', 2, 3, 'active'], // a rejected upload after version 2: version 2 still counts
      ['市乙局', 'problem', 1, 1, 'active'], // accepted with a warning
      ['市丙局', 'problem', null, 1, 'revoked'],
      ['市丁局', 'missing', null, 0, 'active'],
    ]);
    expect(roster.tasks.map((t) => [t.seq, t.state, t.reported, t.missing])).toEqual([
      [1, 'reported', ['市甲局'], []],
      [2, 'problem', ['市乙局'], ['市丙局']],
      [3, 'missing', [], ['市丙局']],
    ]);
    expect(roster.counts).toEqual({ units: 4, reported: 0, missing: 1, problem: 3, accepted: 3, rejected: 2 });
    const reminder = reminderText(period, roster);
    expect(reminder.split('\n').slice(1)).toEqual(['1. 市丙局（已提交但未通过检查，请按提示修改后重新报送）', '2. 市丁局']);
    expect(buildRoster(period, units, submissions, '2026-10-16T00:00:00Z').units[0]!.token).toBe('expired');
  });
});

describe('readTaskList', () => {
  it('reads a master list by role, and refuses one without a header or lacking a column with its own code', async () => {
    const list = await writeXlsx([
      {
        name: '任务清单',
        rows: [
          ['序号', '主要工作任务', '牵头部门'],
          [1, '任务一', '市科技局、市财政局'],
        ],
      },
    ]);
    expect(readTaskList(list, '任务清单.xlsx')).toEqual([{ seq: 1, task: '任务一', units: ['市科技局', '市财政局'] }]);
    const noHeader = await writeXlsx([{ name: '说明', rows: [['请各单位按时报送'], ['联系人：张三']] }]);
    expect(() => readTaskList(noHeader, '说明.xlsx')).toThrow(expect.objectContaining({ code: 'master-list-no-header', params: { file: '说明.xlsx' } }));
    const noTasks = await writeXlsx([
      {
        name: '任务清单',
        rows: [
          ['序号', '牵头部门'],
          [1, '市科技局'],
        ],
      },
    ]);
    expect(() => readTaskList(noTasks, '清单.xlsx')).toThrow(expect.objectContaining({ code: 'master-list-columns-missing', params: { file: '清单.xlsx', columns: '主要工作任务' } }));
  });
});
