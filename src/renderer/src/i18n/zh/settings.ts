import type en from '../en/settings'

export default {
  fxManual: {
    import: '导入汇率文件…',
    importHint: '挪威央行汇率（CSV）或欧洲央行欧元参考汇率（eurofxref-hist.csv）。',
    imported: '已从 {file} 保存 {saved} 条汇率（{currencies}，{from} – {to}）；跳过 {skipped} 行。',
    currency: '币种',
    day: '日期',
    rate: '每单位折合 NOK',
    save: '保存汇率',
    saved: '已保存 {currency} 在 {day} 的汇率；所有数字现已使用该汇率。'
  },
  title: '设置',
  general: '常规',
  saved: '已保存',
  store: '数据库文件',
  fxTitle: '汇率',
  fxIntro: '每单位外币折合的 NOK。≈ 表示 Kassa 自带的近似参考汇率，并非官方牌价。',
  fxApproximate: '近似参考汇率',
  fxEmpty: '没有已保存的汇率。',
  fxShown: '显示 {total} 个汇率日期中最新的 {shown} 个',
  fxShowNewest: '只显示最新的 {count} 个日期',
  fxShowAll: '显示全部日期',
  sources: { reference: '自带参考汇率' },
  columns: { day: '日期', source: '来源' }
} satisfies typeof en
