import type en from '../en/welcome'

export default {
  title: '欢迎使用 Kassa',
  intro: 'Kassa 为北欧商店比较 Alipay 与银行卡付款。数据库为空——请先加载演示数据或导入文件。',
  demoTitle: '用演示数据试用',
  demoText: '在丹麦、挪威、瑞典和芬兰生成商户，包含各国 Alipay 上线以来两年的销售数据。',
  demoSize: '交易笔数',
  loadDemo: '加载演示数据',
  loadingDemo: '正在生成演示数据…',
  progress: '{done} / {total} 笔交易',
  progressUnknown: '{done} 笔交易',
  importTitle: '使用您自己的数据',
  importText: '导入来自 Alipay、Nets、Vipps、Adyen 或您银行的结算文件或交易文件。',
  importFile: '导入文件'
} satisfies typeof en
