/**
 * The role catalogue of the user's source document (docs/source/roles-and-pay.zh-CN.md), as data.
 *
 * - `zh` texts are copied verbatim from the source (full-width punctuation included); labels such as
 *   "工作职责：", "工资制度：", "注：" and the duty numbers are left out. `en` is our translation.
 * - Every amount is a string, so nothing passes through a binary float. A value the source does not
 *   give is null, never "0", so it can be reported as "needs input".
 * - Shares are fractions of the profit pool ("0.08" = 8%), not of gross margin.
 * - Each gap or ambiguity of the source is a Note: per role in `notes`, global ones in `catalogueNotes`.
 *
 * The test (test/data/catalogue.test.ts) checks every zh text against the source file itself.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export type RoleId = "manager" | "promoter" | "designer" | "service" | "shipping";

export interface Note {
  /** Stable, e.g. "shipping.payMissing"; other modules may refer to it. */
  code: string;
  /** needsInput: the user must supply something; assumption: a default we chose where the source is unclear. */
  severity: "needsInput" | "assumption";
  text: Bilingual;
}

export interface RoleSeed {
  id: RoleId;
  name: Bilingual;
  headcount: number;
  /** True only where the source states the headcount; otherwise `headcount` is our assumption (1). */
  headcountStated: boolean;
  /** The "工作职责：" line. */
  summary: Bilingual;
  /** The numbered duties, in source order, without their numbers. */
  duties: Bilingual[];
  /** Sub-headings inside the duty list: `beforeDuty` is the 1-based number of the duty they precede. */
  dutySections?: { beforeDuty: number; title: Bilingual }[];
  /** A "注：" line after the duties. */
  dutiesNote?: Bilingual;
  /** The "工资制度：" text; null where the source is missing it. */
  payRule: Bilingual | null;
  /** Monthly base pay range; null where the source is missing it (never "0"). */
  baseMin: string | null;
  baseMax: string | null;
  /** Share of the profit pool as a decimal fraction; null where the source is missing it. */
  share: string | null;
  /** perPerson: each holder gets the share; splitRole: the share is split evenly across the role's holders. */
  shareBasis: "perPerson" | "splitRole";
  /** 包吃住 */
  roomAndBoard: boolean;
  /** 保险 (statutory social insurance) */
  insured: boolean;
  notes: Note[];
}

const manager: RoleSeed = {
  id: "manager",
  name: { zh: "电商部经理", en: "E-commerce manager" },
  headcount: 1,
  headcountStated: false,
  summary: {
    zh: "制定团队目标与计划，并协调各岗位完成目标",
    en: "Set the team's targets and plans, and coordinate every role to meet the targets",
  },
  duties: [
    {
      zh: "制定月销售目标，并制定月销售计划（计划落实到每周，每天并制定安排计划）",
      en: "Set the monthly sales target and draw up the monthly sales plan (broken down to each week and each day, with a schedule)",
    },
    {
      zh: "针对目标列出实施方案落实到每周和每天",
      en: "List an action plan for the target, broken down to each week and each day",
    },
    {
      zh: "明确当月目标与计划实施过程中所遇到问题，提前做出应策（如货源，资金周转，其他硬件设施）",
      en: "Identify the problems met in carrying out the month's target and plan, and prepare responses in advance (e.g. supply of goods, cash flow, other equipment and facilities)",
    },
    {
      zh: "负责网店整体规划，营销，推广，客户关系管理等系统经营性工作",
      en: "Be responsible for the running of the online shop as a whole: overall planning, marketing, promotion, customer relationship management and so on",
    },
    {
      zh: "客户关系维护，处理相关客户投诉及纠纷问题",
      en: "Maintain customer relationships; handle customer complaints and disputes",
    },
    {
      zh: "负责整个店铺经营状态，协调和管理各岗位人员",
      en: "Be responsible for how the whole shop is running; coordinate and manage the staff of every role",
    },
    {
      zh: "负责老客户关系维护促进重复购买机率",
      en: "Maintain relationships with returning customers to raise the repeat-purchase rate",
    },
    {
      zh: "负责网店日常维护，保证网店的正常运作，优化店铺及商品排名；负责网店日常改版策划，上架，推广",
      en: "Look after the shop day to day so that it runs normally, and improve the rankings of the shop and its products; plan the shop's routine redesigns, product listings and promotion",
    },
    {
      zh: "负责收集市场和行业信息，提供有效应对方案",
      en: "Collect market and industry information and propose effective responses",
    },
    {
      zh: "每天不定时观察店铺数据，量子，直通车，钻展的消耗，做出适当的调整与对策",
      en: "Check the shop's data at varying times every day (Liangzi analytics, and the spend on Zhitongche search ads and Zuanzhan display ads), and make suitable adjustments and responses",
    },
  ],
  payRule: {
    zh: "3000-50000（底薪）+ 团队绩效分成（30%）+ 奖惩 + 保险",
    en: "3000-50000 (base pay) + team performance share (30%) + rewards and penalties + insurance",
  },
  baseMin: "3000",
  baseMax: "50000",
  share: "0.30",
  shareBasis: "perPerson",
  roomAndBoard: false,
  insured: true,
  notes: [
    {
      code: "manager.baseRange",
      severity: "needsInput",
      text: {
        zh: "底薪为区间3000-50000：实际底薪按人填写，超出该区间的底薪会被标记。",
        en: "Base pay is a range, 3000-50000: enter each manager's actual base; a base outside the range is flagged.",
      },
    },
    {
      code: "manager.headcountAssumed",
      severity: "assumption",
      text: {
        zh: "原文未写明人数，按1人计。",
        en: "The source does not state the headcount; assumed to be 1.",
      },
    },
    {
      code: "manager.shareOfPool",
      severity: "assumption",
      text: {
        zh: "“团队绩效分成（30%）”理解为利润池的30%；利润池约为毛利的40%（原文注：公司提供约毛利40%为销售部门的利润分成）。",
        en: "“Team performance share (30%)” is read as 30% of the profit pool, which is about 40% of gross margin (the source notes that the company gives about 40% of gross margin to the sales department as its profit share).",
      },
    },
  ],
};

const promoter: RoleSeed = {
  id: "promoter",
  name: { zh: "推广策划和实施专员", en: "Promotion specialist" },
  headcount: 2,
  headcountStated: true,
  summary: {
    zh: "网络平台SEO与优化策划和实施",
    en: "Plan and carry out SEO and optimisation on the online platforms",
  },
  duties: [
    {
      zh: "利用有关软件，进行对商品关键字的SEO处理",
      en: "Use the relevant software to do SEO on product keywords",
    },
    {
      zh: "研究消费者的心理需求，优化对应商品描述文案",
      en: "Study what shoppers want and improve the matching product description copy",
    },
    {
      zh: "侦测竞争对手运营情况及市场最新动态，发掘新的商机或商品",
      en: "Watch how competitors operate and the latest market trends; find new business opportunities or products",
    },
    {
      zh: "研究平台类目及搜索引擎，提炼有用信息促进店铺经营",
      en: "Study the platform's categories and search engine, and draw out useful information to help the shop's business",
    },
    {
      zh: "利用网店自带各种软件，对店铺进行常规性的优化",
      en: "Use the shop's built-in tools to optimise the shop routinely",
    },
    {
      zh: "研究店铺统计数据，发掘隐含内在问题并及时处理",
      en: "Study the shop's statistics, uncover hidden problems and deal with them promptly",
    },
    {
      zh: "负责执行与配合公司相关营销活动，策划店铺促销方案",
      en: "Carry out and support the company's marketing campaigns; plan the shop's promotions",
    },
    {
      zh: "配合并指导美工优化店铺形象，广告图制作",
      en: "Work with and guide the designer on improving the shop's look and on making ad images",
    },
    {
      zh: "建立老顾客群，帮派，掌柜说等与客户互动的SNS",
      en: "Set up social channels for interacting with customers: returning-customer groups, Bangpai community groups, the Zhanggui Shuo shop microblog and the like",
    },
    {
      zh: "逢营销活动或节日（生日）向老顾客发以短信或电话祝贺或通知（可用软件或让客服去做）",
      en: "For campaigns and special days (birthdays), send returning customers greetings or notices by text message or phone call (this can be done with software or handed to customer service)",
    },
    {
      zh: "老顾客同比增长数据每周要统计并做与调整与相应对策",
      en: "Every week, compile the year-on-year growth in returning customers, and adjust and respond accordingly",
    },
    {
      zh: "有价流量的获取（直通车等）的日常优化",
      en: "Optimise paid traffic (Zhitongche search ads, etc.) day to day",
    },
    {
      zh: "淘宝论坛发帖顶贴，帮派的建立与促销活动策划与实施",
      en: "Post and bump threads on the Taobao forums; set up Bangpai groups, and plan and run promotions",
    },
    {
      zh: "店铺内部活动（增加成交转换率与客单价活动）的策划和实施",
      en: "Plan and run in-shop campaigns (to raise the conversion rate and the average order value)",
    },
    {
      zh: "交易平台促销活动（增加店铺信誉度及新顾客）的策划和实施",
      en: "Plan and run promotions on the marketplace platform (to build the shop's seller rating and win new customers)",
    },
    {
      zh: "各大博客，微博的建立与宣传及活动策划和实施",
      en: "Set up accounts on the major blogs and microblogs, publicise the shop there, and plan and run campaigns",
    },
    {
      zh: "有关行业的门户，论坛发帖顶贴及活动策划和实施",
      en: "Post and bump threads on industry portals and forums, and plan and run campaigns there",
    },
    {
      zh: "百度贴吧，知道等宣传推广活动策划和实施",
      en: "Plan and run publicity on Baidu Tieba, Baidu Zhidao and similar sites",
    },
  ],
  dutiesNote: {
    zh: "具体工作过程不明白的，和经理协商处理解决",
    en: "Where it is unclear how to do the work, discuss it with the manager and settle it together",
  },
  payRule: {
    zh: "2500底薪 + 利润分成（每人8%）+ 奖惩 + 包吃住 + 保险",
    en: "2500 base pay + profit share (8% per person) + rewards and penalties + room and board + insurance",
  },
  baseMin: "2500",
  baseMax: "2500",
  share: "0.08",
  shareBasis: "perPerson",
  roomAndBoard: true,
  insured: true,
  notes: [
    {
      code: "promoter.sharePerPerson",
      severity: "assumption",
      text: {
        zh: "原文写明“每人8%”：每位推广专员各得利润池的8%。",
        en: "The source says 8% per person: each promotion specialist gets 8% of the profit pool.",
      },
    },
  ],
};

const designer: RoleSeed = {
  id: "designer",
  name: { zh: "美工编辑", en: "Designer" },
  headcount: 1,
  headcountStated: false,
  summary: {
    zh: "完成已拍出的图片，优化与平面设计等内容。网站商品图拍摄与商品文案的整合",
    en: "Finish the photos already taken: retouching, graphic design and the like. Shoot the shop's product photos and combine them with the product copy",
  },
  duties: [
    {
      zh: "根据不同商品选择不同的布局，环境来进行对商品实物图的拍摄",
      en: "Photograph the actual products, choosing a layout and setting to suit each product",
    },
    {
      zh: "根据不同商品结合营销部编写的文案，把商品实物图与针对性的文案结合，制作出具有较强竞争力的商品描述",
      en: "For each product, combine the product photos with the targeted copy written by the marketing department to make a competitive product description",
    },
    {
      zh: "利用稳定性强的相册进行对拍摄图片的存储管理。做好相应的备份措施",
      en: "Store and manage the photos in a reliable photo album service, and keep backups",
    },
    {
      zh: '根据需要对商品图片进行一定的美化，或者特效（如统一写好"促销"，"新品上架"，"清仓特卖"等字样，并附上水印）',
      en: "Retouch product images or add effects as needed (e.g. consistent captions such as “Sale”, “New arrival”, “Clearance”, plus a watermark)",
    },
    {
      zh: "设计网站的名片，传单，海报等对外宣传印刷用具",
      en: "Design the shop's business cards, flyers, posters and other printed publicity material",
    },
    {
      zh: "设计网站网络活动的推广宣传活动图片",
      en: "Design the promotional images for the shop's online campaigns",
    },
    {
      zh: "负责网站宣传用品的印刷或者购置",
      en: "Arrange the printing or purchase of the shop's publicity material",
    },
    {
      zh: "综合参考营销部的调研数据与自身设计理念，对网站各种页面和构建要表达的效果进行分析和描述",
      en: "Drawing on the marketing department's research data and your own design ideas, analyse and describe the effect each page and part of the shop should achieve",
    },
    {
      zh: "根据对分析出来的结果，利用淘宝软件及聘请专业网页设计师进行制作，并进行调试安装，最后对效果进行监督和测试",
      en: "From the results of that analysis, build the pages with Taobao's tools and by hiring professional web designers, test and install them, and finally monitor and test the result",
    },
  ],
  payRule: {
    zh: "2500底薪 + 利润分成（8%）+ 奖惩 + 包吃住 + 保险",
    en: "2500 base pay + profit share (8%) + rewards and penalties + room and board + insurance",
  },
  baseMin: "2500",
  baseMax: "2500",
  share: "0.08",
  shareBasis: "perPerson",
  roomAndBoard: true,
  insured: true,
  notes: [
    {
      code: "designer.headcountAssumed",
      severity: "assumption",
      text: {
        zh: "原文未写明人数，按1人计（8%的分成由一人获得）。",
        en: "The source does not state the headcount; assumed to be 1 (so the 8% share goes to one person).",
      },
    },
  ],
};

const service: RoleSeed = {
  id: "service",
  name: { zh: "客服人员", en: "Customer service" },
  headcount: 3,
  headcountStated: true,
  summary: {
    zh: "处理网站客人售前售中售后咨询，引导其交易完成。",
    en: "Answer shoppers' questions before, during and after a sale, and guide them to complete the purchase.",
  },
  duties: [
    {
      zh: "要熟悉产品情况（规格、价格、功能）引导顾客完成咨询购买",
      en: "Know the products (specifications, prices, functions) and guide customers from enquiry to purchase",
    },
    {
      zh: "对于咨询购买的客人，接手客服帮其查询快递事项。与没有咨询自动购买的客人，以值班时间为准帮其查询，并标注旗帜说明",
      en: "For customers who bought after an enquiry, the agent who served them tracks their delivery. For customers who bought without an enquiry, the agent on shift at the time of purchase tracks it, and marks the order with a flag and a note",
    },
    {
      zh: "整理和分析交易过程中发现商品的问题（如描述不符，邮费设置，图片等）反馈到客服主管，实行顾客问责制，处理网站客人有关售后的问题",
      en: "Collect and analyse product problems found during sales (e.g. descriptions that do not match, postage settings, images) and report them to the customer service supervisor; apply customer accountability (each customer's agent answers for them) and handle shoppers' after-sales issues",
    },
    {
      zh: "严格按照售后解决准则处理售后相关问题",
      en: "Handle after-sales issues strictly by the after-sales guidelines",
    },
    {
      zh: "及时查看评价管理，遇到不良评价在二个工作日内作出相应处理",
      en: "Check the reviews promptly; respond to any negative review within two working days",
    },
    {
      zh: "售后问题统一记录在特定的位置，并及时告知发货部处理问题",
      en: "Record all after-sales issues in one designated place, and promptly tell the shipping department so it can deal with them",
    },
    {
      zh: "遇到需要有问题的单子，根据发货部的回复及客人的要求，及时进行备注的再记录",
      en: "For orders with problems, promptly update the order notes according to the shipping department's reply and the customer's request",
    },
    {
      zh: "定期检查服务网点的规划、建设、维护各环节，整理和分析售后服务过程中反馈的数据和信息，及时反馈给经理，保证售后服务质量",
      en: "Regularly review the planning, set-up and upkeep of the service points; collect and analyse the data and feedback from after-sales service and report it promptly to the manager, to keep after-sales service quality up",
    },
    {
      zh: "早班客服每天处理疑难快递（下载快递软件查看及打电话沟通）",
      en: "The morning-shift agent deals with problem deliveries every day (checking with the courier's software and by phone)",
    },
    {
      zh: "晚班客服每天协助发货部当天发货有关问题",
      en: "The evening-shift agent helps the shipping department every day with problems in that day's shipments",
    },
    {
      zh: "遇到任何不能解决的问题，应及时使用通讯工具（QQ，旺旺，手机，固定电话）与发货部取得联系并得到解决，并隔时联系发货部是否处理完毕，直到处理好为止",
      en: "For any problem you cannot solve, promptly contact the shipping department (QQ, Wangwang, mobile, landline) to get it solved, and check back with them at intervals until it is done",
    },
    {
      zh: "整理和分析快递与发货部的交接问题，提出有效意见反馈到客服部主管",
      en: "Collect and analyse hand-over problems between the couriers and the shipping department, and report useful suggestions to the customer service supervisor",
    },
    {
      zh: "把已经购买的客人加入QQ群，旺旺群，飞信内",
      en: "Add customers who have bought to the shop's QQ groups, Wangwang groups and Fetion",
    },
    {
      zh: "根据网店内容定期发送促销消息到老客户上",
      en: "Regularly send returning customers promotional messages about what is in the shop",
    },
    {
      zh: "整理和分析在客户关系处理中的问题和改善方法，提出有效意见反馈到经理",
      en: "Collect and analyse problems in handling customer relationships and ways to improve, and report useful suggestions to the manager",
    },
  ],
  dutySections: [
    {
      beforeDuty: 9,
      title: { zh: "疑难快递处理及发货部对接关系处理", en: "Problem deliveries and liaison with the shipping department" },
    },
  ],
  payRule: {
    zh: "1800底薪 + 利润分成（8%）+ 奖惩 + 包吃住 + 保险",
    en: "1800 base pay + profit share (8%) + rewards and penalties + room and board + insurance",
  },
  baseMin: "1800",
  baseMax: "1800",
  share: "0.08",
  shareBasis: "perPerson",
  roomAndBoard: true,
  insured: true,
  notes: [
    {
      code: "service.shareBasisAmbiguous",
      severity: "assumption",
      text: {
        zh: "原文写“利润分成（8%）”，未注明“每人”：可理解为每人8%，或3人共分8%。默认按每人8%计；可在角色设置中改为按岗位人数平分。",
        en: "The source says “profit share (8%)” without “per person”: it may mean 8% each, or 8% split across the three. Default: 8% per person; the role's share basis can be set to split the share across the role's headcount.",
      },
    },
    {
      code: "service.sourceCorrections",
      severity: "assumption",
      text: {
        zh: "原文第4条“安装”已更正为“按照”；原文最后一条编号为“3.”，此处为第15条。",
        en: "A typo in duty 4 of the source (“install” for “according to”) is corrected here; the source numbered the last duty “3.”, it is duty 15 here.",
      },
    },
  ],
};

const shipping: RoleSeed = {
  id: "shipping",
  name: { zh: "发货人员", en: "Shipping & warehouse" },
  headcount: 1,
  headcountStated: false,
  summary: {
    zh: "完成各项仓存管理和发货任务。",
    en: "Carry out all warehouse stock management and shipping tasks.",
  },
  duties: [
    {
      zh: "根据订单及仓库的状况及时进行当天商品的调货",
      en: "Promptly bring in the day's goods according to the orders and the state of the warehouse stock",
    },
    {
      zh: "发货前检查商品有否有质量或者损坏等问题，如有一律不予寄出，并及时联系晚班客服告知客人",
      en: "Before shipping, check the goods for quality problems or damage; never send any that have them, and promptly contact the evening-shift customer service agent to tell the customer",
    },
    {
      zh: "遇到因为货物无法采购或者已经断货导致当天不能发出的订单，需联系晚班客服与客人协商退款或者换货的处理",
      en: "When an order cannot ship that day because the goods cannot be bought in or are out of stock, contact the evening-shift customer service agent to agree a refund or an exchange with the customer",
    },
    {
      zh: "遇到快递延误或者其他事项导致部分订单或者全部订单不能及时发出，应及时联系晚班客服告知客人协商处理",
      en: "When courier delays or anything else stop some or all orders from shipping on time, promptly contact the evening-shift customer service agent to inform the customers and agree what to do",
    },
    {
      zh: "当天遇到任何问题不能发出的订单，都应在其订单旁标示相应旗帜并告知晚班客服注意",
      en: "Any order that cannot ship that day because of a problem must be marked with the matching flag, and the evening-shift customer service agent told to watch it",
    },
  ],
  payRule: null,
  baseMin: null,
  baseMax: null,
  share: null,
  shareBasis: "perPerson",
  roomAndBoard: false,
  insured: true,
  notes: [
    {
      code: "shipping.payMissing",
      severity: "needsInput",
      text: {
        zh: "收到的文件中缺少发货人员的工资制度：底薪和利润分成留空，在填写之前标记为“待填写”。",
        en: "The pay rule is missing from the copy received: base pay and share are left blank and flagged “needs input” until you fill them in.",
      },
    },
    {
      code: "shipping.dutiesTruncated",
      severity: "needsInput",
      text: {
        zh: "原文在第6条职责处截断，第6条起的职责缺失。",
        en: "The source is cut off at duty 6: the duties from 6 on are missing.",
      },
    },
    {
      code: "shipping.headcountAssumed",
      severity: "assumption",
      text: {
        zh: "原文未写明人数，按1人计。",
        en: "The source does not state the headcount; assumed to be 1.",
      },
    },
    {
      code: "shipping.benefitsUnknown",
      severity: "assumption",
      text: {
        zh: "工资制度缺失，福利未知：默认不包吃住、参加保险，请核实。",
        en: "With the pay rule missing, the benefits are unknown: by default no room and board, and insured. Please check.",
      },
    },
  ],
};

/** Notes that concern the whole catalogue rather than one role. */
export const catalogueNotes: Note[] = [
  {
    code: "catalogue.poolRate",
    severity: "assumption",
    text: {
      zh: "“毛利”即毛利润。利润池约为毛利的40%；“约”表示该比例是一项设置，默认40%。",
      en: "Gross margin means gross profit. The profit pool is about 40% of it; “about” means the rate is a setting, default 40%.",
    },
  },
  {
    code: "catalogue.sharesOfPool",
    severity: "assumption",
    text: {
      zh: "各岗位的百分比（30%、8%）理解为利润池的份额：若理解为毛利的份额，合计将超过公司提供的40%。每项份额的计算基数是一项设置。",
      en: "The role percentages (30%, 8%) are read as shares of the profit pool: as shares of gross margin they would add up to more than the 40% the company gives. The base of each share is a setting.",
    },
  },
  {
    code: "catalogue.rewardsPenalties",
    severity: "assumption",
    text: {
      zh: "奖惩为按月、按人计的金额，由经理填写。",
      en: "Rewards and penalties are monthly amounts per person, entered by the manager.",
    },
  },
  {
    code: "catalogue.insurance",
    severity: "assumption",
    text: {
      zh: "“保险”指法定社会保险，其费率是设置（默认值仅为示例，请核对所在城市的现行费率）。",
      en: "Insurance means the statutory social insurance; its rates are settings (the defaults are an example: check your city's current rates).",
    },
  },
  {
    code: "catalogue.sourceIncomplete",
    severity: "needsInput",
    text: {
      zh: "收到的文件是五页文档的四页预览，最后一页缺失。",
      en: "The copy received was a four-page preview of a five-page document; the last page is missing.",
    },
  },
  {
    code: "catalogue.typosFixed",
    severity: "assumption",
    text: {
      zh: "原文的错别字已在转录中更正：安装→按照（客服第4条）、呆险→保险、己→已、微薄→微博，以及一处乱码的“适当的调整”（经理第10条）。",
      en: "Typos in the source were corrected in the transcript: in customer service duty 4, in the word for insurance, in the character for “already”, in the word for microblog, and a garbled “suitable adjustments” in manager duty 10.",
    },
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The five roles of the source document, in source order. Frozen: copy before changing. */
export const catalogue: readonly RoleSeed[] = deepFreeze([manager, promoter, designer, service, shipping]);
deepFreeze(catalogueNotes);

export function findRoleSeed(id: string): RoleSeed | undefined {
  return catalogue.find((role) => role.id === id);
}
