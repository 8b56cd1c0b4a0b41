import fc from 'fast-check';

/**
 * The cells real submissions hold, for merge's accounting properties (core merge and the written
 * workbook): task rows, section and note lines, header words, and the ones that used to vanish
 * (`二` with only progress, a lone `一、` or `注：`). Blank twice, as sheets are mostly blank.
 */
export const SUBMISSION_CELL = fc.constantFrom(
  '',
  '',
  '1',
  '2',
  '3',
  '二',
  '一、',
  '（一）',
  '注：以上为初步数',
  '填表人：张三',
  '建设快速路',
  '推进科创湖区',
  '1.完成招标。',
  '80%',
  '市交通运输局',
  '市科技局',
  '按时推进',
  '进度滞后',
  '序号',
  '进展情况',
);
