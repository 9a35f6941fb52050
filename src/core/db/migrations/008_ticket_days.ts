// The ticket cubes lose their week grain, as the hour cubes did in migration 7: a week of a ticket question is
// read as its seven days. Every imported payment had touched a week row per merchant and per country besides
// its day and month rows (docs/benchmarks.md, import).
export default /* sql */ `
DROP TABLE IF EXISTS tickets_week_country;
DROP TABLE IF EXISTS tickets_week_merchant;
`
