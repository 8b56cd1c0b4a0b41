import { builtinTemplate } from '../../src/core/template/builtin';
import { allowedStatuses, matchStatus } from '../../src/core/status';

const progress = builtinTemplate('progress')!;

describe('matching 进展状态', () => {
  it('accepts standard names with surrounding spaces and full-width forms', () => {
    expect(matchStatus(progress, ' 按时推进 ')).toMatchObject({ kind: 'known', spelling: 'standard' });
    expect(matchStatus(progress, '按时\n推进')).toMatchObject({ kind: 'known' });
  });

  it('accepts the template aliases', () => {
    expect(matchStatus(progress, '序时推进')).toMatchObject({ kind: 'known', spelling: 'alias', status: { name: '按时推进' } });
    expect(matchStatus(progress, '欠进度')).toMatchObject({ kind: 'known', status: { name: '进度滞后' } });
  });

  it('suggests the simplified status for traditional spellings', () => {
    expect(matchStatus(progress, '進度滯後')).toEqual({ kind: 'unknown', suggestion: '进度滞后', reason: 'traditional' });
  });

  it('suggests the nearest status for a near miss', () => {
    expect(matchStatus(progress, '按时推近')).toEqual({ kind: 'unknown', suggestion: '按时推进', reason: 'none' });
    expect(matchStatus(progress, '较快')).toMatchObject({ kind: 'unknown', suggestion: '进度较快' });
  });

  it('gives no suggestion for an ambiguous status', () => {
    expect(matchStatus(progress, '滞后')).toEqual({ kind: 'unknown', reason: 'ambiguous' });
  });

  it('gives no suggestion for text that is no status at all', () => {
    expect(matchStatus(progress, '详见附件材料说明')).toEqual({ kind: 'unknown', reason: 'none' });
  });

  it('lists statuses from best to worst', () => {
    expect(allowedStatuses(progress)).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后']);
  });
});
