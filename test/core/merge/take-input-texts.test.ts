import { takeInput } from '../../../src/core/merge/take-input';
import { validateWorkbook } from '../../../src/core/validate';
import { grid, HEADER } from '../../helpers/grid';

/**
 * takeInput detaches the texts it keeps from the sheet they were read from, the long ones copied
 * in bulk (up to 2^20 characters into one string, each text cut back out of it): whatever the
 * lengths, every row keeps exactly its own texts, in its own row.
 */
function taken(rows: string[][]): { task: string; progress: string; unit: string; statusText: string }[] {
  const report = validateWorkbook([grid([['填报单位：市科技局'], HEADER, ...rows], { sheet: '进展' })]);
  const input = takeInput({ file: '科技.xlsx', report });
  return input.sheets.flatMap((s) => s.rows.map((r) => ({ task: r.task, progress: r.progress, unit: r.unit, statusText: r.statusText })));
}

describe('the texts takeInput keeps', () => {
  it('are the rows’ own texts, short (under 13 characters) and long alike', () => {
    const rows = [
      ['1', '短任务', '1.已完成。', '市科技局', '已完成'],
      ['2', '推进科创湖区建设，完善配套设施', '1.签约项目31个，总投资120亿元。', '市科技局', '按时推进'],
      ['3', '深化改革', '1.已召开专题会议6次，完成阶段性任务。2.正在开展第3阶段工作。', '市科技局', '部分滞后'],
    ];
    expect(taken(rows)).toEqual([
      { task: '短任务', progress: '1.已完成。', unit: '市科技局', statusText: '已完成' },
      { task: '推进科创湖区建设，完善配套设施', progress: '1.签约项目31个，总投资120亿元。', unit: '市科技局', statusText: '按时推进' },
      { task: '深化改革', progress: '1.已召开专题会议6次，完成阶段性任务。2.正在开展第3阶段工作。', unit: '市科技局', statusText: '部分滞后' },
    ]);
  });

  it('keeps one long text alone in its sheet as it is', () => {
    expect(taken([['1', '任务', '1.已召开专题会议6次，完成阶段性任务。', '市科技局', '按时推进']])).toEqual([
      { task: '任务', progress: '1.已召开专题会议6次，完成阶段性任务。', unit: '市科技局', statusText: '按时推进' },
    ]);
  });

  it('keeps each row’s texts across several bulk copies (more than 2^20 characters of long texts)', () => {
    // 700 rows of 1,600-character progress texts: 1,120,000 characters, two strings of copies
    const progressOf = (i: number): string => `1.第${i}项进展：` + '推进重点工作'.repeat(266);
    const rows = Array.from({ length: 700 }, (_, i) => [String(i + 1), `推进第${i + 1}项重点工作任务，完善工作机制`, progressOf(i + 1), '市科技局', '按时推进']);
    const texts = taken(rows);
    expect(texts).toHaveLength(700);
    for (const i of [0, 1, 300, 654, 655, 656, 699]) {
      expect(texts[i]?.task).toBe(`推进第${i + 1}项重点工作任务，完善工作机制`);
      expect(texts[i]?.progress).toBe(progressOf(i + 1));
    }
    expect(texts.every((t, i) => t.progress === progressOf(i + 1) && t.task === `推进第${i + 1}项重点工作任务，完善工作机制`)).toBe(true);
  });
});
