// The route table: the one contract between the renderer (through main's IPC or the test
// harness) and core. Each domain keeps its routes in src/core/routes/<domain>.ts.
import type { z } from 'zod'
import type { Ctx, ApiResult, Route } from './api/route'
import { invokeRoute } from './api/invoke'
import { foundationRoutes } from './routes/foundation'
import { merchantRoutes } from './routes/merchants'
import { reportRoutes } from './routes/reports'
import { importRoutes } from './routes/import'
import { analyticsRoutes } from './routes/analytics'
import { storeRoutes } from './routes/store'
import { syncRoutes } from './routes/sync'

export const routes = {
  ...foundationRoutes,
  ...merchantRoutes,
  ...reportRoutes,
  ...importRoutes,
  ...analyticsRoutes,
  ...storeRoutes,
  ...syncRoutes
}

export type Routes = typeof routes
export type RouteName = keyof Routes
export type RouteInput<K extends RouteName> = Routes[K] extends Route<infer I, unknown> ? z.input<I> : never
export type RouteOutput<K extends RouteName> = Routes[K] extends Route<z.ZodType, infer O> ? Awaited<O> : never

export function invoke(ctx: Ctx, name: string, input: unknown): Promise<ApiResult<unknown>> {
  return invokeRoute(routes as unknown as Record<string, Route<never, unknown>>, ctx, name, input)
}

export type { Ctx, ApiResult, ApiError, Host } from './api/route'
