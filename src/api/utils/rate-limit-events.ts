import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareFunction,
} from "@medusajs/framework/http"
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from "express-rate-limit"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

type Limits = { windowMs: number; max: number; keyOf: (req: MedusaStoreRequest) => string }

const clientIp = (req: MedusaStoreRequest) =>
  ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? "")

/** The shopper behind a request: the logged-in customer, else the body's session, else the IP. */
function shopperKey(req: MedusaStoreRequest): string {
  if (req.auth_context?.actor_type === "customer") return `customer:${req.auth_context.actor_id}`
  const sessionId = (req.body as { session_id?: unknown } | undefined)?.session_id
  if (typeof sessionId === "string" && sessionId.length <= 64) return `session:${sessionId}`
  return `ip:${clientIp(req)}`
}

function limiter({ windowMs, max, keyOf }: Limits, scope: string): RateLimitRequestHandler {
  return rateLimit({
    windowMs,
    limit: max,
    keyGenerator: (req) => keyOf(req as MedusaStoreRequest),
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Built once, on the first request (when the plugin options are known), not per request.
    validate: { creationStack: false },
    // Medusa's JSON error shape; express-rate-limit adds Retry-After (seconds) itself.
    message: {
      type: "too_many_requests",
      message: `Too many event requests from this ${scope}; retry after the Retry-After header's seconds`,
    },
  })
}

function createLimiters(req: MedusaStoreRequest): RateLimitRequestHandler[] {
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const { windowMs, eventsPerShopper, eventsPerIp } = service.getOptions().rateLimit
  const handlers: RateLimitRequestHandler[] = []
  // The address first: it counts every request, including those a shopper limit turns away.
  if (eventsPerIp) {
    handlers.push(limiter({ windowMs, max: eventsPerIp, keyOf: clientIp }, "IP address"))
  }
  if (eventsPerShopper) {
    handlers.push(limiter({ windowMs, max: eventsPerShopper, keyOf: shopperKey }, "shopper"))
  }
  return handlers
}

/**
 * Limits `POST /store/recommendations/events` per shopper and per IP (plugin option
 * `rateLimit`), answering 429 with `Retry-After`. Counters live in this process's memory, so
 * with several Medusa instances each allows the limit. Built on the first request, when the
 * plugin's options are known.
 */
export function rateLimitEvents(): MiddlewareFunction {
  let limiters: RateLimitRequestHandler[] | undefined
  return (req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    limiters ??= createLimiters(req)
    const handlers = limiters
    const run = (index: number, error?: unknown): void => {
      if (error || index === handlers.length) return next(error)
      void handlers[index](req, res, (nextError?: unknown) => run(index + 1, nextError))
    }
    run(0)
  }
}
