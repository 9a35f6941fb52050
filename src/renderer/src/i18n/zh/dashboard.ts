import type en from '../en/dashboard'

export default {
  title: '概览',
  period: '{from} – {to}',
  inCurrency: '所有金额以 {currency} 计',
  approximate: '按近似参考汇率折算。如需准确数字，请导入央行汇率。',
  missingRates: '部分日期没有汇率；已使用最近的可用汇率。',
  empty: '此期间没有付款。',
  kpi: {
    alipayAverage: 'Alipay 平均付款',
    cardAverage: '银行卡平均付款',
    cardCnAverage: '中国发行银行卡平均付款',
    cardDomesticAverage: '本国银行卡平均付款',
    chineseMultiple: '中国顾客与本国银行卡对比',
    chineseMultipleHint: '中国顾客的客单价（Alipay + 中国银行卡）是本国银行卡平均值的 {multiple}',
    payments: '{count} 笔付款'
  },
  segmentsTitle: '顾客类别',
  segments: {
    alipay: 'Alipay',
    card: '所有银行卡',
    card_domestic: '本国银行卡',
    card_cn: '中国发行银行卡',
    card_foreign: '其他外国银行卡',
    chinese_customers: '中国顾客（Alipay + 中国银行卡）'
  },
  columns: {
    segment: '类别',
    count: '笔数',
    gross: '总额',
    refunds: '退款',
    net: '净额',
    average: '平均',
    median: '中位数 ≈',
    medianHint: '中位数根据客单价直方图估算（误差约 ±5%）。',
    shareVolume: '金额占比',
    shareCount: '笔数占比',
    vsPrevious: '总额较上期',
    vsLastYear: '总额较去年同期'
  },
  chartTitle: '按支付方式的月度付款金额',
  chartAxis: '总金额（{currency}）',
  chartSummary: '{months} 个月内 Alipay {alipay}，银行卡 {card}',
  savePng: '保存为 PNG',
  saveCsv: '数据导出为 CSV',
  showTable: '以表格显示',
  comparedWith: '变化与 {previous}（上一期间）和 {lastYear}（去年同期）相比。',
  seriesTitle: '按类别的付款总额（每{granularity}）',
  granularity: { auto: '自动', day: '日', week: '周', month: '月' },
  by: { country: '按国家', merchant: '按商户', store: '按门店' },
  byKey: { country: '国家', merchant: '商户', store: '门店' },
  heatmap: {
    title: '按星期和小时的付款（当地时间）',
    caption: '付款笔数；每家门店按其所在时区计算。点击单元格查看其交易。',
    weekday: '星期',
    cell: '{day} {hour}:00 – {count} 笔付款'
  },
  tickets: { title: '客单价分布（对数区间）', axis: '付款金额（{currency}）' },
  top: {
    title: '销售额最高的商户',
    byVolume: '按 Alipay 金额',
    byGrowth: '按较上期增长',
    alipay: 'Alipay 总额',
    growth: '增长'
  },
  adoption: {
    title: '各国 Alipay 普及情况',
    axis: '有 Alipay 销售的商户',
    active: '{count} 家活跃商户',
    liveDate: 'Alipay 上线日期',
    notLive: '未上线',
    live: '已上线商户',
    activeNow: '上月活跃',
    volume: '上线以来金额'
  },
  delta: { previous: '较上期 {change}', lastYear: '较去年 {change}', new: '新' },
  presets: {
    all: '全部数据',
    this_month: '本月',
    last_month: '上月',
    ytd: '今年至今',
    last_12_months: '最近 12 个月',
    custom: '自定义范围'
  },
  filters: {
    period: '期间',
    from: '从',
    to: '至',
    country: '国家',
    method: '支付方式',
    origin: '发卡国家',
    merchants: '商户',
    granularity: '时间轴',
    reset: '清除筛选'
  },
  views: { open: '已保存的视图…', name: '为此视图命名', save: '保存视图', delete: '删除“{name}”' }
} satisfies typeof en
