import type en from '../en/reports'

export default {
  title: '报告',
  intro: '与概览使用相同数字生成的对账单和报告，可离线保存为 PDF、HTML、CSV 或 Excel。',
  available: '可用报告',
  types: {
    statement: '商户对账单',
    portfolio: '商户组合报告',
    pipeline: '商户入网进度',
    tourism: '游客消费'
  },
  describe: {
    statement: '单个商户：按类别的销售额、退款、手续费、净额、客单价、每日明细以及与上一期间的变化。',
    portfolio: '一个国家、一位客户经理或全部商户：关键指标、Alipay 与银行卡对比、中国顾客倍数、销售额最高的商户和月度趋势。',
    pipeline: '按阶段和国家统计的商户、转化漏斗、停滞的商户以及本期间上线的商户。',
    tourism: '中国顾客与本国持卡人随时间的对比，参照 2018 年 4,000 NOK 对 338 NOK 的数据。'
  },
  form: {
    type: '报告',
    merchant: '商户',
    country: '国家',
    rep: '客户经理',
    any: '全部',
    from: '从',
    to: '至',
    currency: '币种',
    locale: '报告语言',
    build: '生成报告',
    building: '正在生成…',
    cancel: '取消'
  },
  countries: { DK: '丹麦', NO: '挪威', SE: '瑞典', FI: '芬兰' },
  steps: {
    build: '正在读取数据…',
    render: '正在排版…',
    pick: '正在选择保存位置…',
    write: '正在写入文件…',
    done: '完成'
  },
  noMerchants: '还没有商户：请先加载演示数据或导入文件。',
  preview: '预览',
  previewFrame: '报告预览',
  export: '另存为',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: '已保存到 {path}',
  open: '打开',
  notSaved: '未保存：没有选择文件。'
} satisfies typeof en
