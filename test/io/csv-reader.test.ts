import iconv from 'iconv-lite';
import { parseCsv, readCsv } from '../../src/io/csv-reader';
import { readWorkbookBytes } from '../../src/io/read-workbook';

const TEXT = '序号,主要工作任务,进展情况,牵头部门,进展状态\r\n1,"推进""三纵三横"",建设",1.已开工。,"嘉善县政府、\n长三角发展办",按时推进\r\n';
const EXPECTED = [
  ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'],
  ['1', '推进"三纵三横",建设', '1.已开工。', '嘉善县政府、\n长三角发展办', '按时推进'],
];

describe('reading CSV', () => {
  it('reads UTF-8 without BOM', () => {
    expect(readCsv(new TextEncoder().encode(TEXT), 'a.csv', 'a').rows).toEqual(EXPECTED);
  });

  it('reads UTF-8 with BOM', () => {
    expect(readCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'a.csv', 'a').rows).toEqual(EXPECTED);
  });

  it('reads GB18030, as Chinese Excel saves CSV', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'gb18030'));
    expect(readWorkbookBytes(bytes, '报表.csv')[0]).toMatchObject({ sheet: '报表', rows: EXPECTED });
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('序号\t牵头部门\n1\t市科技局')).toEqual([
      ['序号', '牵头部门'],
      ['1', '市科技局'],
    ]);
  });
});
