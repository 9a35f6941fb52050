import type en from '../en/settings'
import team from './team'

export default {
  team,
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
  backup: {
    title: '备份',
    intro: '备份是整个数据库经过校验的副本：商户、导入、交易和设置。恢复备份会替换当前数据库；被替换的数据库保留在其旁边。',
    backUp: '备份数据库…',
    restore: '恢复…',
    saved: '已备份到 {path}。',
    restored: '已恢复 {file}：{merchants} 个商户，{transactions} 笔交易。被替换的数据库保留在 {kept}。'
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
