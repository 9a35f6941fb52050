/**
 * The only writer of daily_rollup and the cubes. Import, the demo and undo go through a batch (begin → add facts
 * with a sign → finish, or applyBatch for a stored batch); exchange-rate edits rebuild the money cubes from a day.
 * src/core/analytics only reads what this writes.
 */
export { applyBatch, beginBatch, type RollupBatch } from './batch'
export { CUBES } from './cubes'
export type { Fact } from './fact-stager'
export { rebuildMoneyCubes } from './maintain'
export { ensureCubes, rebuildAllCubes } from './rebuild'
