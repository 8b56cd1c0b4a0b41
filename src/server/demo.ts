import { readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { at } from '../core/checked';
import { writeSubmissionSamples } from '../samples/write-samples';
import type { InboxContext } from './app';
import { newSecret, secretHash } from './auth';
import { readTaskList, resolveTemplate } from './engine';
import { Inbox, saveAdmin } from './inbox';
import { rosterNames } from './routes/period-routes';
import { receiveSubmission } from './submissions';

/**
 * `serve --demo`: the platform with the samples loaded. Writes the seed table split into 62 unit
 * submissions and its master list under DATA/samples, creates the compiler's account `demo` with a
 * fresh password (printed once), a 报告期 with every lead unit, and submits all but the last five
 * units' files through the same check as a browser upload, so the roster shows 已报 / 有问题 / 未报.
 * The links go to DATA/samples/报送链接.txt. Run twice on one folder, it only prints where things are.
 */
export const DEMO_TITLE = '2021年上半年重点工作进展（示例）';
const LEFT_FOR_YOU = 5;

export async function loadDemo(inbox: Inbox, context: Pick<InboxContext, 'store' | 'blobs' | 'limits'>, baseUrl: string, dataDir: string): Promise<string[]> {
  const samplesDir = join(dataDir, 'samples');
  const linksFile = join(samplesDir, '报送链接.txt');
  if ((await inbox.store.periods()).some((p) => p.title === DEMO_TITLE)) {
    return [`示例报告期已存在；报送链接在 ${linksFile}，示例文件在 ${join(samplesDir, '报送')}。`];
  }
  const password = newSecret().slice(0, 16);
  await saveAdmin(inbox, 'demo', password);
  const { folder, master, files } = await writeSubmissionSamples(samplesDir);
  const masterBytes = new Uint8Array(readFileSync(master));
  const tasks = readTaskList(masterBytes, basename(master));
  const template = resolveTemplate({ name: 'progress' });
  const names = rosterNames('', tasks);
  const tokens = new Map(names.map((n) => [n, newSecret()]));
  const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { period, units } = await inbox.store.createPeriod(
    {
      title: DEMO_TITLE,
      periodEnd: '2021-06-30',
      closesAt,
      templateName: template.name,
      templateJson: JSON.stringify(template),
      warnings: 'allow',
      masterSha: await inbox.blobs.put(masterBytes),
      masterName: basename(master),
      masterTasks: tasks,
      previousPeriodId: null,
      previousSha: null,
    },
    names.map((name) => ({ name, tokenHash: secretHash(tokens.get(name)!) })),
    { actor: 'cli', action: 'period-create', periodId: null, detail: { title: DEMO_TITLE, units: names.length, tasks: tasks.length, demo: true } },
  );
  const link = (unit: string): string => `${baseUrl}/platform/submit.html#token=${tokens.get(unit)}`;
  writeFileSync(linksFile, `${units.map((u) => `${u.name}\t${link(u.name)}`).join('\n')}\n`);
  const byUnit = new Map(files.map((f) => [basename(f).split('_')[0], f]));
  const waiting: string[] = [];
  let accepted = 0;
  let rejected = 0;
  for (const [i, unit] of units.entries()) {
    const file = byUnit.get(unit.name);
    if (!file || i >= units.length - LEFT_FOR_YOU) {
      waiting.push(unit.name);
      continue;
    }
    const record = await receiveSubmission(context, unit, period, { fileName: basename(file), bytes: new Uint8Array(readFileSync(file)) });
    if (record.verdict === 'accepted') accepted++;
    else rejected++;
  }
  const example = waiting[0] ?? at(names, 0, 'demo unit');
  return [
    `示例已载入：报告期“${DEMO_TITLE}”，${units.length} 个单位，已报送 ${accepted + rejected} 份（通过 ${accepted}，未通过 ${rejected}），${waiting.length} 个单位待报。`,
    `汇总单位登录：${baseUrl}/platform/  用户名 demo  密码 ${password}（只显示这一次；可用 serve --add-admin demo 重设）`,
    `各单位报送链接：${linksFile}；示例文件在 ${folder}。例如“${example}”：${link(example)}`,
  ];
}
