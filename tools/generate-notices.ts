/**
 * Realistic notices made up from a seed number, for tests and benchmarks
 * that need hundreds or thousands of them: provincial 巡视组 at cities and
 * city 巡察组 at departments, varied dates, hours and channels, with text of
 * about the length of the real notices. The same seed always gives the
 * same notices. Places and people never match the published seed notice,
 * so searches for it stay unambiguous.
 */
import { dump, load } from 'js-yaml';
import { addDays, formatDate } from '../src/notice/dates.ts';
import { toMdxBody } from '../src/content/mdx-text.ts';

/** A small, fast, well-mixed PRNG (mulberry32): enough for test data, and reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, sample };
}

interface Province {
  name: string;
  short: string;
  domain: string;
  cities: [name: string, areaCode: string, postcode: string][];
}

const PROVINCES: Province[] = [
  {
    name: '河北',
    short: 'hb',
    domain: 'hebei.gov.cn',
    cities: [
      ['石家庄市', '0311', '050000'],
      ['唐山市', '0315', '063000'],
      ['秦皇岛市', '0335', '066000'],
      ['邯郸市', '0310', '056000'],
      ['邢台市', '0319', '054000'],
      ['保定市', '0312', '071000'],
      ['承德市', '0314', '067000'],
      ['沧州市', '0317', '061000'],
      ['廊坊市', '0316', '065000'],
      ['衡水市', '0318', '053000'],
    ],
  },
  {
    name: '山西',
    short: 'sx',
    domain: 'shanxi.gov.cn',
    cities: [
      ['太原市', '0351', '030000'],
      ['大同市', '0352', '037000'],
      ['阳泉市', '0353', '045000'],
      ['长治市', '0355', '046000'],
      ['晋城市', '0356', '048000'],
      ['朔州市', '0349', '036000'],
      ['晋中市', '0354', '030600'],
      ['运城市', '0359', '044000'],
      ['忻州市', '0350', '034000'],
      ['临汾市', '0357', '041000'],
    ],
  },
  {
    name: '山东',
    short: 'sd',
    domain: 'shandong.gov.cn',
    cities: [
      ['济南市', '0531', '250000'],
      ['青岛市', '0532', '266000'],
      ['淄博市', '0533', '255000'],
      ['枣庄市', '0632', '277000'],
      ['东营市', '0546', '257000'],
      ['烟台市', '0535', '264000'],
      ['潍坊市', '0536', '261000'],
      ['济宁市', '0537', '272000'],
      ['泰安市', '0538', '271000'],
      ['威海市', '0631', '264200'],
    ],
  },
  {
    name: '河南',
    short: 'hn',
    domain: 'henan.gov.cn',
    cities: [
      ['洛阳市', '0379', '471000'],
      ['平顶山市', '0375', '467000'],
      ['安阳市', '0372', '455000'],
      ['新乡市', '0373', '453000'],
      ['焦作市', '0391', '454000'],
      ['许昌市', '0374', '461000'],
      ['南阳市', '0377', '473000'],
      ['商丘市', '0370', '476000'],
      ['信阳市', '0376', '464000'],
      ['周口市', '0394', '466000'],
    ],
  },
];

const DEPARTMENTS = [
  '市教育局党组',
  '市财政局党组',
  '市卫生健康委党组',
  '市住房和城乡建设局党组',
  '市交通运输局党组',
  '市自然资源和规划局党组',
  '市市场监督管理局党组',
  '市民政局党组',
  '市农业农村局党组',
  '市水务局党组',
  '市审计局党组',
  '市人力资源和社会保障局党组',
];

const SURNAMES =
  '王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰海峰波鹏辉斌宇浩凯健俊帆帅旭宁龙林欣博文晨阳东亮成立新春德忠';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const FOCUS_SETS: [string, string[]][] = [
  [
    '六个围绕、一个加强',
    [
      '围绕党的政治建设，重点检查被巡视党组织贯彻落实党中央决策部署和上级党委工作要求情况',
      '围绕党的思想建设，重点检查学习贯彻习近平新时代中国特色社会主义思想情况',
      '围绕党的组织建设，重点检查选人用人和基层党组织建设情况',
      '围绕党的作风建设，重点检查整治“四风”问题的情况',
      '围绕党的纪律建设，重点检查党规党纪执行情况',
      '围绕夺取反腐败斗争压倒性胜利，重点检查领导干部廉洁自律和整治群众身边腐败问题情况',
      '加强对巡视整改情况的监督检查',
    ],
  ],
  [
    '四个落实',
    [
      '围绕落实党的路线方针政策和党中央重大决策部署情况',
      '围绕落实全面从严治党战略部署情况',
      '围绕落实新时代党的组织路线情况',
      '围绕落实巡视巡察整改情况',
    ],
  ],
  [
    '三个聚焦',
    ['聚焦群众身边腐败问题和不正之风', '聚焦基层党组织软弱涣散、组织力欠缺问题', '聚焦巡视巡察整改落实情况'],
  ],
];

/** Problems as feedback notices name them, invented in their register. */
const PROBLEMS = [
  '贯彻落实上级重大决策部署不够有力，推动高质量发展的办法不多',
  '落实全面从严治党主体责任有差距，监督执纪问责偏松偏软',
  '违反中央八项规定精神问题仍有发生，公务接待管理不规范',
  '选人用人把关不严，干部队伍建设统筹谋划不够',
  '基层党组织建设存在薄弱环节，组织生活不够严肃',
  '重点领域廉洁风险防控不到位，工程项目管理存在漏洞',
  '上轮巡视反馈问题整改不彻底，长效机制建设不够',
  '形式主义、官僚主义问题仍然存在，文山会海问题反弹',
];

const SPEECH = [
  '巡视是党内监督的战略性制度安排，本质上是政治监督，要坚定不移深化政治巡视。',
  '要坚持问题导向，实事求是、依规依纪依法，盯住关键少数，查找政治偏差。',
  '被巡视党组织要以这次巡视为契机，进一步增强“四个意识”，坚定“四个自信”。',
  '要准确把握全面从严治党形势任务，把“严”的主基调长期坚持下去。',
  '要落实管党治党政治责任，把党委主体责任和领导班子“一岗双责”切实担当起来。',
  '要保持全面从严治党的战略定力，以永远在路上的韧劲和执着，促进全面从严治党向纵深发展。',
  '要充分信任巡视组，坚决支持、配合巡视工作，确保巡视工作顺利开展。',
  '对巡视前自查和巡视中指出的问题，要立行立改、真改实改、全面整改，确保巡视工作取得扎实成效。',
  '要正视和改进工作中存在的问题和薄弱环节，推动各项事业健康发展。',
  '要主动接受监督，自觉把巡视监督作为改进工作的重要契机。',
  '要放大巡视效应，着力推动各项工作全面提升，以巡视成果检验工作成效。',
  '要加强组织协调，明确专人负责，为巡视组开展工作提供必要保障。',
  '巡视组将严格遵守巡视工作纪律，自觉接受被巡视党组织和干部群众的监督。',
  '要把巡视监督同落实主体责任结合起来，做到边巡边改、即知即改。',
];

function person(rng: ReturnType<typeof random>, used: Set<string>): string {
  for (;;) {
    const name = rng.pick([...SURNAMES]) + rng.sample([...GIVEN], rng.int(1, 2)).join('');
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const monthDay = (value: string) => formatDate(value).replace(/^\d+年/, '');

/** A file saved beside a generated notice: a photo drawn from a seed (tools/photo.ts), or a PDF. */
export type GeneratedFile =
  | { path: string; kind: 'photo'; seed: number; width: number; height: number }
  | { path: string; kind: 'pdf'; bytes: number };

export interface GeneratedNotice {
  /** File name without extension. */
  id: string;
  /** The MDX source. */
  source: string;
  /** The same notice in plain Markdown, for the benchmark's .md baseline: given when the text is MDX. */
  markdown?: string;
  /** The files its text names, relative to the notices folder. */
  files?: GeneratedFile[];
}

/**
 * The `index`-th notice of the set made from `seed`, its inspection starting
 * in one of the `years` years up to 2026 (twelve, 2015 to 2026, unless told).
 */
export function generateNotice(seed: number, index: number, years = 12): GeneratedNotice {
  const rng = random(seed * 1_000_003 + index);
  const used = new Set<string>();
  const province = rng.pick(PROVINCES);
  const [city, areaCode, postcode] = rng.pick(province.cities);
  const provincial = rng.next() < 0.5;
  const number = rng.int(1, 12);
  const numeral = NUMERALS[number - 1]!;
  const kind = provincial ? '巡视' : '巡察';
  const team = provincial
    ? `${province.name}省委第${numeral}巡视组`
    : `${city.replace(/市$/, '')}市委第${numeral}巡察组`;
  const shortTeam = provincial ? `省委第${numeral}巡视组` : `市委第${numeral}巡察组`;
  const unit = provincial ? city : rng.pick(DEPARTMENTS);
  const start = new Date(Date.UTC(rng.int(2027 - years, 2026), rng.int(0, 11), rng.int(1, 28)));
  const end = new Date(start.getTime() + rng.int(30, 75) * 86_400_000);
  const period = { start: iso(start), end: iso(end) };
  const early = rng.next() < 0.2 ? iso(new Date(end.getTime() - rng.int(3, 10) * 86_400_000)) : undefined;
  const leader = person(rng, used);
  const deputies = Array.from({ length: rng.int(1, 3) }, () => person(rng, used));
  const chair = {
    name: person(rng, used),
    role: provincial ? '市委书记' : `${unit.replace(/党组$/, '')}党组书记`,
  };
  const office = { name: person(rng, used), role: provincial ? '省委巡视办主任' : '市委巡察办主任' };
  const [focusName, focusItems] = rng.pick(FOCUS_SETS);

  const workdays = rng.next() < 0.4;
  const hours = workdays
    ? rng.next() < 0.5
      ? {
          days: 'workdays',
          ranges: [
            { from: '08:30', to: '12:00' },
            { from: '14:30', to: '17:30' },
          ],
        }
      : { days: 'workdays', ranges: [{ from: '08:00', to: '18:00' }] }
    : { days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] };
  const hoursText = `${workdays ? '工作日' : '每天'}${hours.ranges.map((r) => `${r.from.replace(/^0/, '')}至${r.to.replace(/^0/, '')}`).join('、')}`;
  const mobile = () =>
    `1${rng.pick(['33', '39', '58', '83', '88', '99'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const landline = () => `${areaCode}-${rng.int(2, 8)}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  const phones = rng.next() < 0.15 ? [mobile()] : rng.next() < 0.2 ? [landline(), landline()] : [landline()];
  // Box numbers from 100 up: never the seed notice's 018, so a search for it stays unambiguous.
  const box =
    rng.next() < 0.2
      ? `${rng.pick(province.cities)[0]}A${rng.int(100, 999)}号信箱`
      : `${city}${rng.int(100, 999)}信箱`;
  const email = `${province.short}sw${provincial ? 'xsz' : 'xcz'}${String(number).padStart(2, '0')}@${province.domain}`;
  const sms = mobile();
  const places = rng.sample(
    ['市政府大楼南门', '市委大院东门', '市民服务中心一楼大厅', '市政务服务中心门口', '巡视组驻地门口'],
    rng.int(1, 3),
  );

  const channels: Record<string, unknown>[] = [
    { type: 'phone', numbers: phones, hours },
    rng.next() < 0.8 ? { type: 'postbox', box, postcode } : { type: 'postbox', box },
    { type: 'sms', number: sms },
    { type: 'email', address: email },
    { type: 'suggestionBox', locations: places },
  ];
  const accepted = `${kind}组主要受理反映${unit}领导班子及其成员，下一级党组织领导班子主要负责人和重要岗位党员领导干部问题的来信来电来访，重点是关于违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律等方面举报和反映。`;
  const referred = `对其他与${kind}工作无直接关系的个人诉求、涉法涉诉等信访问题，将按照分级负责、属地管理原则，转交有关部门认真处理。`;
  const title = `${shortTeam}${kind}${unit}工作动员会召开`;

  const speech = () => rng.sample(SPEECH, rng.int(5, 9)).join('');
  const postboxText = (channels[1] as { postcode?: string }).postcode ? `${box}，邮编：${postcode}` : box;
  const text = [
    `根据${provincial ? '省委' : '市委'}统一部署，${monthDay(period.start)}，${title}。${office.role}${office.name}就配合做好${kind}工作提出要求，${shortTeam}组长${leader}就即将开展的${kind}工作作了讲话，${chair.role}${chair.name}主持会议并作表态发言。`,
    `${shortTeam}副组长${deputies.join('、')}及${kind}组全体成员，${unit}领导班子成员出席会议。`,
    `${office.name}指出，${speech()}`,
    `${leader}指出，${speech()}紧扣“${focusName}”，${focusItems.join('；')}。`,
    `${chair.name}表示，${speech()}`,
    `据悉，${shortTeam}${kind}时间为${formatDate(period.start)}至${formatDate(period.end)}${early ? `，来信来电受理截止时间为${formatDate(early)}` : ''}。${kind}期间设专门值班电话：${phones.join('、')}（${hoursText}）；邮政信箱：${postboxText}；手机：${sms}（只接收短信）；电子邮箱：${email}；意见箱：设在${places.join('、')}。${accepted}${referred}`,
  ].join('\n');

  const data = {
    title,
    published: period.start,
    team: { name: team, leader, deputyLeaders: deputies },
    unit,
    otherUnits: [],
    // Rounds by half-year of the sending body: its teams and units share a round page.
    round: `${period.start.slice(0, 4)}年${provincial ? `${province.name}省委` : `${city}委`}第${Number(period.start.slice(5, 7)) <= 6 ? '一' : '二'}轮${kind}`,
    period: early ? { ...period, reportsUntil: early } : period,
    meeting: {
      date: period.start,
      chair,
      speakers: [
        { ...office, topic: `就配合做好${kind}工作提出要求` },
        { name: leader, role: `${shortTeam}组长`, topic: `就即将开展的${kind}工作作了讲话` },
        { ...chair, topic: '作表态发言' },
      ],
    },
    scope: { focus: { name: focusName, items: focusItems }, special: [], accepted, referred },
    channels,
  };
  const id = `g${String(seed)}-${String(index).padStart(5, '0')}`;
  // The shapes real notices take besides a meeting report, drawn from a stream of their own so that
  // the notices above stay as they were: about one in three is one of them.
  const shaped = reshape(random(seed * 7_919 + index * 31 + 17), data, text, {
    kind,
    shortTeam,
    province,
    city,
    areaCode,
    mobile,
    landline,
  });
  const frontmatter = `---\n${dump(shaped.data, { lineWidth: -1, quotingType: '"' })}---\n\n`;
  const body = toMdxBody(shaped.text);
  const media = withMedia(random(seed * 104_729 + index * 13 + 5), id, body, kind);
  if (!media) return { id, source: frontmatter + body };
  return { id, source: frontmatter + media.mdx, markdown: frontmatter + media.markdown, files: media.files };
}

/** A PDF file of `bytes` bytes: one page saying it is made up, padded with a comment. */
export function madeUpPdf(bytes: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([
    Buffer.from(pdf),
    Buffer.from(`%${'0'.repeat(Math.max(0, bytes - pdf.length - 2))}\n`),
  ]);
}

/**
 * What real releases carry besides words, drawn from a stream of its own so
 * that the text stays as it was: one notice in twenty has a 2,400 × 1,600
 * photo of its meeting, and one in twenty uses the content components (an
 * attachment, a front-matter expression, and its photo in a <Figure> when it
 * has one). `markdown` says the same in plain Markdown: the photo as an image,
 * the caption as a paragraph, the attachment as a link, without the expression.
 */
function withMedia(
  rng: ReturnType<typeof random>,
  id: string,
  body: string,
  kind: string,
): { mdx: string; markdown: string; files: GeneratedFile[] } | undefined {
  const photo = rng.next() < 0.05;
  const components = rng.next() < 0.05;
  if (!photo && !components) return undefined;
  const [first, ...rest] = body.split('\n\n');
  const files: GeneratedFile[] = [];
  let mdx = `${first}\n\n`;
  let markdown = `${first}\n\n`;
  if (photo) {
    const path = `${id}/dongyuanhui.jpg`;
    files.push({ path, kind: 'photo', seed: rng.int(1, 2 ** 31), width: 2400, height: 1600 });
    const image = `![${kind}工作动员会会场，参会人员坐满会议室](./${path})`;
    mdx += components
      ? `<Figure caption="${kind}工作动员会现场">\n  ${image}\n</Figure>\n\n`
      : `${image}\n\n`;
    markdown += components ? `${image}\n\n${kind}工作动员会现场\n\n` : `${image}\n\n`;
  }
  if (components) {
    const path = `${id}/lianxi.pdf`;
    files.push({ path, kind: 'pdf', bytes: rng.int(40, 400) * 1024 });
    mdx += `联系方式另见<Attachment file="./${path}">进驻情况及联系方式一览表</Attachment>，{frontmatter.team.name}受理来信来电。\n\n`;
    markdown += `联系方式另见[进驻情况及联系方式一览表](./${path})，受理来信来电。\n\n`;
  }
  return { mdx: mdx + rest.join('\n\n'), markdown: markdown + rest.join('\n\n'), files };
}

interface Shape {
  kind: string;
  shortTeam: string;
  province: Province;
  city: string;
  areaCode: string;
  mobile: () => string;
  landline: () => string;
}

type NoticeData = Record<string, any>;

/**
 * One of the shapes the model serves besides a full meeting report: an
 * announcement without a meeting (no leader, no scope list), one team at
 * several units, a release of several teams, hours in words or all day, a
 * period given as a duration, and every other channel type.
 */
function reshape(
  rng: ReturnType<typeof random>,
  data: NoticeData,
  text: string,
  shape: Shape,
): { data: NoticeData; text: string } {
  const roll = rng.next();
  const { kind, shortTeam } = shape;
  if (roll < 0.08) {
    // An announcement: who, whom, when and how to report; nothing else.
    const { meeting: _meeting, scope: _scope, ...rest } = data;
    const team = { name: data.team.name, deputyLeaders: [] };
    const channels = [
      data.channels[0],
      {
        type: 'letter',
        address: `${shape.city}${rng.pick(['人民路', '建设大街', '解放路'])}${rng.int(10, 199)}号${kind}组`,
        postcode: data.channels[1].postcode ?? '100000',
        note: '以邮戳日期为准',
      },
      data.channels[3],
    ];
    return {
      data: { ...rest, title: `${shortTeam}${kind}公告`, team, channels },
      text: `根据统一部署，${shortTeam}于${formatDate(data.period.start)}至${formatDate(data.period.end)}对${data.unit}开展${kind}。${kind}期间设值班电话：${data.channels[0].numbers.join('、')}；来信请寄：${channels[1].address}，邮编${channels[1].postcode}（以邮戳日期为准）；电子邮箱：${data.channels[3].address}。`,
    };
  }
  if (roll < 0.14) {
    // One team, several units, each with its meeting day.
    const others = rng
      .sample(
        ['市发展和改革委员会党组', '市教育局党组', '市民政局党组', '市司法局党组', '市水利局党组'],
        rng.int(2, 4),
      )
      .filter((name) => name !== data.unit)
      .map((name, index) => ({ name, meetingDate: addDays(data.period.start, index + 1) }));
    return {
      data: { ...data, otherUnits: others },
      text: `${text}\n${shortTeam}还对${others.map((other) => other.name).join('、')}开展${kind}，动员会分别于${others.map((other) => monthDay(other.meetingDate)).join('、')}召开。`,
    };
  }
  if (roll < 0.2) {
    // A release of several teams: the same words in each of its notices.
    const year = data.period.start.slice(0, 4);
    return {
      data: {
        ...data,
        release: `${year}年${shape.province.name}省委第${rng.int(1, 2) === 1 ? '一' : '二'}轮${kind}`,
      },
      text,
    };
  }
  if (roll < 0.26) {
    // The channels the first notice never had: a mobile for calls and texts, a reception room, an
    // online platform, a supervision phone; the duty phone's hours in words.
    const supervision = shape.landline();
    const channels = [
      { type: 'phone', numbers: data.channels[0].numbers, hours: { words: '工作日的上班时间' } },
      { type: 'mobile', number: shape.mobile(), hours: { days: 'daily', allDay: true } },
      {
        type: 'reception',
        place: `${shape.city}${rng.pick(['宾馆', '招待所'])}${rng.int(2, 9)}楼${rng.int(201, 230)}室`,
        hours: data.channels[0].hours,
      },
      { type: 'online', name: '微信小程序“码上巡”', note: '打开微信搜索“码上巡”' },
      ...data.channels.slice(3),
    ];
    return {
      data: { ...data, channels, supervision: [{ numbers: [supervision] }] },
      text: `${text}\n${kind}期间另设手机（可打电话、发短信，24小时）、来访接待室和微信小程序“码上巡”；监督电话：${supervision}。`,
    };
  }
  if (roll < 0.32) {
    // A period given as a duration, with no end.
    const { end: _end, reportsUntil: _until, ...period } = data.period;
    const duration = rng.pick(['2个月', '约1个月', '4个半月']);
    return { data: { ...data, period: { ...period, duration } }, text: `${text}\n${kind}为期${duration}。` };
  }
  return { data, text };
}

/** The front-matter and text of a generated notice, as the follow-ups read them. */
function partsOf(notice: GeneratedNotice): NoticeData {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(notice.source)!;
  return load(match[1]!) as NoticeData;
}

const STOP_AT = ['18:00', '17:30', undefined] as const;

/**
 * The later notices of the inspection that `arrival` opened, drawn from a
 * stream of their own: for about one arrival in ten with an exact end, its
 * withdrawal on the last day, its feedback some weeks later, the unit's
 * rectification report two months after that, and now and then a review
 * (回头看) a year on. Only stages already past by the archive's last day
 * (the end of 2026) are published, as an archive would hold them.
 */
export function followUps(seed: number, index: number, arrival: GeneratedNotice): GeneratedNotice[] {
  const rng = random(seed * 15_485_863 + index * 7 + 3);
  if (rng.next() >= 0.1) return [];
  const data = partsOf(arrival);
  const { period, team, unit, channels } = data;
  if (!period.end || data.otherUnits.length) return [];
  const kind = team.name.includes('巡察') ? '巡察' : '巡视';
  const shortTeam = team.name.replace(/^.*?(省委|市委)/, '$1');
  const body = team.name.includes('巡察') ? `中共${unit.replace(/党组$/, '')}党组` : `中共${unit}委`;
  const common = { title: '', published: '', team: { name: team.name }, unit, inspection: arrival.id };
  const phone = channels[0];
  const email = channels.find((channel: NoticeData) => channel.type === 'email');
  const last = '2026-12-31';
  const made: GeneratedNotice[] = [];
  const add = (suffix: string, front: NoticeData, text: string) => {
    if (front['published'] > last) return;
    made.push({
      id: `${arrival.id}-${suffix}`,
      source: `---\n${dump(front, { lineWidth: -1, quotingType: '"' })}---\n\n${toMdxBody(text)}`,
    });
  };

  const at = rng.pick(STOP_AT);
  const stop = period.reportsUntil ?? period.end;
  add(
    'cheli',
    {
      kind: 'withdrawal',
      ...common,
      title: `${shortTeam}${kind}${unit}撤离公告`,
      published: stop,
      withdrawal: { stops: stop, ...(at ? { at } : {}), instead: '群众信访请通过正常渠道反映' },
    },
    `${shortTeam}对${unit}的${kind}进驻工作已经结束。自${formatDate(stop)}${at ? `${at.replace(/^0/, '').replace(':00', '时').replace(':30', '时30分')}起` : '起'}，${kind}期间公布的联系电话、电子邮箱全部停止使用，意见箱全部撤回。群众信访请通过正常渠道反映。`,
  );

  const feedbackDay = addDays(period.end, rng.int(20, 60));
  const problems = rng.sample(PROBLEMS, rng.int(3, 5));
  add(
    'fankui',
    {
      kind: 'feedback',
      ...common,
      title: `${shortTeam}向${unit}反馈${kind}情况`,
      published: feedbackDay,
      feedback: {
        date: feedbackDay,
        by: `${shortTeam}组长`,
        to: `${unit.replace(/党组$/, '')}领导班子`,
        problems,
      },
      channels: [{ type: 'phone', numbers: phone.numbers }],
    },
    [
      `根据统一部署，${formatDate(period.start)}至${formatDate(period.end)}，${shortTeam}对${unit}进行了${kind}。${formatDate(feedbackDay)}，${shortTeam}向${unit.replace(/党组$/, '')}领导班子反馈了${kind}情况。`,
      `${shortTeam}指出，${kind}中发现以下问题：${problems.map((problem, n) => `${NUMERALS[n]}是${problem}`).join('；')}。`,
      `如需继续反映问题，可拨打电话${phone.numbers.join('、')}。`,
    ].join('\n'),
  );

  const reportDay = addDays(feedbackDay, rng.int(55, 75));
  const found = rng.int(20, 60);
  const fixed = rng.int(Math.floor(found / 2), found - 1);
  const untilDay = addDays(reportDay, 14);
  add(
    'zhenggai',
    {
      kind: 'rectification',
      ...common,
      title: `${body}关于${kind}整改进展情况的通报`,
      published: reportDay,
      rectification: {
        publisher: body,
        commentsUntil: untilDay,
        figures: [
          { what: '反馈问题', count: found, unit: '个' },
          { what: '已完成整改', count: fixed, unit: '个' },
          { what: '制定整改措施', count: found * 3, unit: '条' },
        ],
      },
      channels: [
        { type: 'phone', numbers: [phone.numbers[0]] },
        ...(email ? [{ type: 'email', address: email.address }] : []),
      ],
    },
    [
      `根据统一部署，${shortTeam}于${formatDate(period.start)}至${formatDate(period.end)}对${unit}进行了${kind}，${formatDate(feedbackDay)}反馈了${kind}意见。现将整改进展情况予以公布。`,
      `对照反馈的${found}个问题，制定整改措施${found * 3}条，已完成整改${fixed}个，其余问题正在按计划推进。`,
      `欢迎社会各界对整改落实情况进行监督。如有意见建议，请于${formatDate(untilDay)}前拨打电话${phone.numbers[0]}${email ? `或发送电子邮件至${email.address}` : ''}。`,
    ].join('\n'),
  );

  if (rng.next() < 0.3) {
    const start = addDays(period.end, rng.int(330, 400));
    const end = addDays(start, rng.int(20, 30));
    add(
      'huitoukan',
      {
        kind: 'review',
        ...common,
        title: `${shortTeam}对${unit}开展${kind}“回头看”`,
        published: start,
        period: { start, end },
        channels: [phone, ...(email ? [email] : [])],
      },
      `根据统一部署，${shortTeam}于${formatDate(start)}至${formatDate(end)}对${unit}开展${kind}“回头看”，重点了解${kind}反馈问题的整改落实情况。“回头看”期间设值班电话：${phone.numbers.join('、')}${email ? `；电子邮箱：${email.address}` : ''}。`,
    );
  }
  return made;
}

/**
 * `count` notices made from `seed`, over `years` years: arrivals, each
 * followed by the later notices of its inspection when it has any.
 */
export function generateNotices(seed: number, count: number, years = 12): GeneratedNotice[] {
  const notices: GeneratedNotice[] = [];
  for (let index = 0; notices.length < count; index += 1) {
    const arrival = generateNotice(seed, index, years);
    notices.push(arrival);
    for (const later of followUps(seed, index, arrival)) if (notices.length < count) notices.push(later);
  }
  return notices;
}
