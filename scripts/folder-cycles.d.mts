export interface ImportEdge {
  /** The importing file, from src/ ('src/core/db/open.ts'). */
  from: string
  /** The imported module as written, resolved from src/ ('src/core/db/migrate'). */
  to: string
}
export function coreImports(root?: string): ImportEdge[]
export function unitGraph(edges: ImportEdge[]): Map<string, Set<string>>
export function cycles(graph: Map<string, Set<string>>): string[][]
