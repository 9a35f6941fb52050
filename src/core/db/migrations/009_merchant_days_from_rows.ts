// A merchant's single days of hour and ticket questions are read from its rows (src/core/analytics/cubes.ts):
// these two cubes held about one row per imported payment, and writing them was the largest part of an
// import's analytics upkeep (docs/benchmarks.md, import).
export default /* sql */ `
DROP TABLE IF EXISTS hours_day_merchant;
DROP TABLE IF EXISTS tickets_day_merchant;
`
