import type en from '../en/nav'

export default {
  label: '主导航',
  welcome: '欢迎',
  dashboard: '概览',
  transactions: '交易记录',
  import: '导入',
  merchants: '商户',
  reports: '报告',
  settings: '设置'
} satisfies typeof en
