import type en from '../en/merchants'

// Only the go-live dates, which the Settings screen shows; the merchant screens stay English in zh.
export default {
  golive: {
    title: '各国 Alipay 上线日期',
    notLive: '尚未上线',
    save: '保存',
    clear: '清除',
    adminOnly: '只有管理员可以更改上线日期。'
  }
} satisfies Pick<typeof en, 'golive'>
