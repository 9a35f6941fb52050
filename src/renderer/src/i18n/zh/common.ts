import type en from '../en/common'

export default {
  appName: 'Kassa',
  loading: '加载中…',
  skipToContent: '跳到正文',
  retry: '重试',
  error: '出错了：{message}',
  language: '语言',
  reportingCurrency: '报告币种',
  none: '无',
  yes: '是',
  no: '否',
  loadMore: '加载更多',
  allLoaded: '已显示全部行',
  rowsShown: '已显示 {count} 行',
  methods: { alipay: 'Alipay', card: '银行卡', other: '其他' },
  origins: { alipay: '–', domestic: '本国', cn: '中国', foreign: '其他国家', unknown: '未知', other: '其他' },
  countries: { DK: '丹麦', NO: '挪威', SE: '瑞典', FI: '芬兰' }
} satisfies typeof en
