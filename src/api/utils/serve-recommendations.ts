import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import type { ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { RecommendationPlacement, StoreProductRecommendationsResponse } from "../../types/http"
import { hydrateRankedProducts, type StoreProductRequest } from "./hydrate-products"

// When each store list request started (set by `markServingStart`), for the served latency.
const startedAt = new WeakMap<MedusaRequest, number>()

/** Middleware of the store lists: the served latency counts from here, before validation. */
export function markServingStart(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): void {
  startedAt.set(req, performance.now())
  next()
}

/**
 * Serves a ranked store list: hydrates its products, gives the response its
 * `recommendation_id` and `placement`, and notes what was shown, to whom and how long it took
 * (buffered, written in batches off the request path). The one place every store list goes
 * through, so impressions are counted the same way for all of them.
 */
export async function serveRecommendations<Query extends { session_id?: string }>(
  req: StoreProductRequest<Query>,
  list: {
    placement: RecommendationPlacement
    ranked: ScoredItem[]
    /** The product the list is for (similar, bought together). */
    source_product_id?: string
  }
): Promise<StoreProductRecommendationsResponse> {
  const hydrated = await hydrateRankedProducts(req, list.ranked)
  const id = generateEntityId(undefined, "rrec")
  const servedAt = new Date()
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  service.bufferServedRecommendation({
    id,
    placement: list.placement,
    product_ids: hydrated.products.map((product) => product.id),
    source_product_id: list.source_product_id ?? null,
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    session_id: req.validatedQuery.session_id ?? null,
    latency_ms: performance.now() - (startedAt.get(req) ?? performance.now()),
    served_at: servedAt,
  })
  return { ...hydrated, recommendation_id: id, placement: list.placement }
}
