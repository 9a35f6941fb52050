import type { Db } from '../db/open'
import { reportParamsSchema, type ReportParamsInput } from './params'
import { buildPipeline } from './pipeline'
import { buildPortfolio } from './portfolio'
import { buildStatement } from './statement'
import { buildTourism } from './tourism'
import type { ReportModel } from './types'

/** Validates the parameters and builds the report's data; throws UserError for an unknown scope or an empty period. */
export function buildReport(db: Db, input: ReportParamsInput): ReportModel {
  const p = reportParamsSchema.parse(input)
  switch (p.type) {
    case 'statement':
      return buildStatement(db, p)
    case 'portfolio':
      return buildPortfolio(db, p)
    case 'pipeline':
      return buildPipeline(db, p)
    case 'tourism':
      return buildTourism(db, p)
  }
}
