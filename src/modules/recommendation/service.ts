import type { Context, Logger } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { randomUUID } from "node:crypto"
import { monotonicFactory } from "ulid"
import {
  DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
  frequentlyBoughtTogether,
  encodeVector,
  hashText,
  DEFAULT_MMR_KEEP_TOP,
  personalizedRecommenderOf,
  PersonalizedRecommender,
  rerankMmr,
  SearchRanker,
  selectMerchandisingRules,
  SimilarItemsRecommender,
  type CatalogItem,
  type HistoryEvent,
  type PersonalizedResult,
  type BehaviourModel,
  type SemanticLists,
  type VectorIndex,
  type BehaviourModelSettings,
  type EmbeddingProvider,
  type EventWeights,
  type Interaction as EngineInteraction,
  type InteractionType,
  type ItemId,
  type MerchandisingListContext,
  type MerchandisingRuleInput,
  type ProductTextOptions,
  type ScoredItem,
  type VectorHit,
} from "../../engine"
import {
  createEmbeddingProvider,
  findEmbeddingProvider,
} from "./embedding/create-embedding-provider"
import { EmbeddingProviderError } from "./embedding/embedding-provider-error"
import { MerchandisingRuleCache } from "./merchandising-rules"
import RecommendationAttribution from "./models/attribution"
import Interaction from "./models/interaction"
import MerchandisingRule from "./models/merchandising-rule"
import ModelSnapshot from "./models/model-snapshot"
import type { RecommendationPlacement } from "./models/placement"
import ProductEmbedding, { type EmbeddingStatus } from "./models/product-embedding"
import ServedRecommendation from "./models/served-recommendation"
import RecommendationSettings from "./models/settings"
import {
  parseRecommendationOptions,
  type RecommendationOptions,
  type RecommendationPluginOptions,
} from "./options"
import { BEHAVIOUR_MODEL_KIND, BehaviourModelSync } from "./behaviour-model-sync"
import {
  defaultRankingSettings,
  parseStoredOverrides,
  personalizedBlendWeights,
  RankingSettingsSync,
  searchWeights,
  similarItemsWeights,
  type RankingSettings,
  type StoredRankingSettings,
} from "./ranking-settings"
import { readSettingsRow, replaceSettingsRow, type SettingsRow } from "./settings-store"
import {
  modelCoverage,
  ServingModelSync,
  type ModelEmbeddingCounts,
  type ServingModel,
} from "./serving-model"
import { VectorIndexSync, WATERMARK_OVERLAP_MS, type VectorRow } from "./vector-index-sync"
import { BehaviourModelBuildThread } from "./behaviour-model-thread"
import { attributeOrderProducts, type OrderAttributionInput } from "./order-attribution"
import {
  readRecommendationMetrics,
  type RecommendationMetricsRange,
} from "./recommendation-metrics"
import {
  DEFAULT_SERVED_BUFFER_OPTIONS,
  ServedRecommendationBuffer,
  type ServedRecommendationRow,
} from "./served-recommendation-buffer"
import type {
  AdminEmbeddingPipelineStatus,
  AdminRecommendationMetricsResponse,
} from "../../types/http"

type InjectedDependencies = {
  logger: Logger
}

/** A pending row handed to one worker until `claimed_until`. */
export type ClaimedEmbedding = {
  product_id: ItemId
  text_hash: string | null
  model_id: string
  has_vector: boolean
}

export type EmbeddingClaim = {
  token: string
  rows: ClaimedEmbedding[]
}

/** A finished embedding: `vector` is absent when the text was unchanged. */
export type EmbeddingResult = {
  product_id: ItemId
  text_hash: string
  vector?: Float32Array
}

/** The text to embed for a claimed product, with its hash. */
export type EmbeddingText = {
  product_id: ItemId
  text: string
  text_hash: string
}

/** Why an attempt to embed a batch failed. */
export type EmbeddingFailure = {
  message: string
  /** The wait the provider asked for before the next attempt. */
  retryAfterMs?: number
  /** The provider is unavailable (see `isTransientFailure`): retry until it is back. */
  transient?: boolean
}

export type EmbedClaimedTextsSummary = {
  embedded: number
  unchanged: number
  failed: number
}

/** What a row looked like before `markProductsPending`, to undo it. */
export type EmbeddingStateSnapshot = {
  product_id: ItemId
  previous: { status: EmbeddingStatus; attempts: number } | null
}

type RawVectorRow = Omit<VectorRow, "deleted_at" | "updated_at"> & {
  deleted_at: Date | string | null
  updated_at: Date | string
}

/** How a ranked list is cut: its length, its variety (0..1) and the most items per category. */
export type ListShape = {
  limit: number
  diversity?: number
  maxPerCategory?: number
  /** Which default variety applies (see the `diversity` settings). */
  list: "personalized" | "similar"
  /** The store list it is (merchandising rules are kept per placement). */
  placement: RecommendationPlacement
  /** The product whose similar or bought-together list it is. */
  source?: CatalogItem
  /** The ranking settings to use: the live ones when absent (admin previews pass a draft). */
  settings?: RankingSettings
}

/** Whose history a personalized ranking reads: a customer, a guest session, or both. */
export type Shopper = { customer_id?: string | null; session_id?: string | null }

/** A shopper event to store; exactly one of customer_id / session_id identifies the shopper. */
export type InteractionInput = {
  type: InteractionType
  product_id: ItemId
  quantity?: number
  customer_id?: string | null
  session_id?: string | null
  order_id?: string | null
  recommendation_id?: string | null
  occurred_at?: Date
}

export type ModelSnapshotInput = {
  kind: string
  settings_hash: string
  interactions: number
  items: number
  build_ms: number
  payload: Uint8Array
}

export type StoredModelSnapshot = Omit<ModelSnapshotInput, "payload"> & {
  id: string
  built_at: Date
  payload: Uint8Array
}

// The status shapes are the admin API's own (src/types/http.ts): the route answers them as is.
export type ModelSwitchStatus = AdminEmbeddingPipelineStatus["model_switch"]
export type EmbeddingPipelineStatus = AdminEmbeddingPipelineStatus

type RankerFor<T> = { model: BehaviourModel; index: VectorIndex; ranker: T }

/** Rankers precompute from the behaviour model and the index: rebuilt when either changes. */
function rankerFor<T>(
  cached: RankerFor<T> | undefined,
  model: BehaviourModel,
  index: VectorIndex,
  build: () => T
): RankerFor<T> {
  return cached?.model === model && cached.index === index
    ? cached
    : { model, index, ranker: build() }
}

export type EmbeddingCounts = Record<EmbeddingStatus, number> & { total: number }

// Events read for a personalized ranking: its history weighting looks at 50 distinct items.
const HISTORY_EVENTS = 200

// Ids of rows written many at a time (events, embeddings): Medusa's ULIDs, monotonic, so their
// random part is drawn once per millisecond and then counted up. A fresh ULID draws 16 random
// bytes, one system call each: a tenth of event ingestion's CPU.
const nextBulkUlid = monotonicFactory()
const bulkEntityId = (prefix: string) => `${prefix}_${nextBulkUlid()}`

// A server may ask for a longer wait than our backoff (Retry-After, a model loading): honoured up
// to this bound, so a bogus header cannot park a product for days.
const RETRY_AFTER_MAX_SECONDS = 3600

/**
 * The recommendation module: embedding state in Postgres, the embedding provider and the
 * in-process vector index. Plugin options reach the rest of the plugin through `getOptions()`.
 */
export default class RecommendationModuleService extends MedusaService({
  ProductEmbedding,
  Interaction,
  ModelSnapshot,
  RecommendationSettings,
  MerchandisingRule,
  ServedRecommendation,
  RecommendationAttribution,
}) {
  protected readonly options_: RecommendationOptions
  protected readonly logger_: Logger
  protected readonly embeddingProvider_: EmbeddingProvider
  // Providers of earlier models, built to embed search queries while their vectors serve.
  protected readonly servingProviders_ = new Set<EmbeddingProvider>()
  protected readonly serving_: ServingModelSync
  protected readonly behaviourModel_: BehaviourModelSync
  protected readonly settings_: RankingSettingsSync
  // Rankers built for one behaviour model and one index (a model switch replaces the index).
  protected similarItems_?: RankerFor<SimilarItemsRecommender>
  /** The semantic lists of this process's last rebuild, and the vectors they came from. */
  protected lastSemantic_?: {
    index: VectorIndex
    version: number
    neighbours: number
    lists: SemanticLists
  }
  protected searchRanker_?: RankerFor<SearchRanker>
  protected personalized_?: RankerFor<PersonalizedRecommender>
  protected readonly served_: ServedRecommendationBuffer
  protected readonly merchandisingRules_ = new MerchandisingRuleCache(() =>
    this.readActiveMerchandisingRules()
  )

  readonly __hooks = {
    onApplicationStart: async () => {
      // Load the index in the background: a large catalog must not delay the server's start.
      void this.servingIndex_().catch((error: Error) => {
        this.logger_.warn(`[recommendations] vector index not loaded yet: ${error.message}`)
      })
      void this.behaviourModel_.refresh().catch((error: Error) => {
        this.logger_.warn(`[recommendations] behaviour model not loaded yet: ${error.message}`)
      })
    },
    // Before the database connection closes: the impressions still buffered are written.
    onApplicationPrepareShutdown: async () => {
      this.served_.close()
      await this.served_.flush()
    },
    // The local model's worker threads end with the module (a restart in tests starts anew).
    onApplicationShutdown: async () => {
      const providers = [this.embeddingProvider_, ...this.servingProviders_]
      await Promise.all(providers.map((provider) => provider.close?.()))
    },
  }

  constructor(container: InjectedDependencies, options?: RecommendationPluginOptions) {
    super(container, options)
    this.options_ = parseRecommendationOptions(options)
    this.logger_ = container.logger
    this.embeddingProvider_ = createEmbeddingProvider(this.options_.embedding)
    this.serving_ = new ServingModelSync({
      target: this.embeddingProvider_.id,
      switchCoverage: this.options_.embedding.switchCoverage,
      maxStalenessMs: this.options_.vectorIndex.refreshIntervalMs,
      readCounts: () => this.readModelCounts(),
      open: (modelId) => this.servingModel_(modelId),
      onSwap: (serving) => {
        this.logger_.info(
          `[recommendations] serving ${serving.model_id} (${serving.sync.index.size} vectors), ` +
            `target ${this.embeddingProvider_.id}`
        )
      },
    })
    this.behaviourModel_ = new BehaviourModelSync(
      (knownId) => this.loadNewestModelSnapshot(BEHAVIOUR_MODEL_KIND, knownId),
      this.options_.behaviour.refreshIntervalMs
    )
    this.served_ = new ServedRecommendationBuffer({
      ...DEFAULT_SERVED_BUFFER_OPTIONS,
      write: (rows) => this.insertServedRecommendations(rows),
      onLost: (rows, cause) => {
        this.logger_.error(`[recommendations] ${rows} served recommendations not stored: ${cause}`)
      },
    })
    this.settings_ = new RankingSettingsSync(
      defaultRankingSettings(this.options_),
      () => this.readStoredSettings(),
      this.options_.vectorIndex.refreshIntervalMs
    )
  }

  getOptions(): RecommendationOptions {
    return this.options_
  }

  /** The ranking settings in effect: the options' defaults with the admin's overrides. */
  async getSettings(): Promise<RankingSettings> {
    return this.settings_.ensureFresh()
  }

  /** The ranking settings the plugin options give. */
  getDefaultSettings(): RankingSettings {
    return this.settings_.defaults
  }

  /** The overrides saved in the admin, straight from Postgres. */
  @InjectManager()
  async readStoredSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredRankingSettings> {
    const row = await readSettingsRow(this.manager_(sharedContext))
    if (!row) return { overrides: {}, updated_by: null, updated_at: null }
    const { overrides, problems } = parseStoredOverrides(row.values)
    if (problems)
      this.logger_.warn(`[recommendations] stored ranking settings ignored: ${problems}`)
    return { overrides, updated_by: row.updated_by, updated_at: row.updated_at }
  }

  /**
   * Replaces the stored overrides (null deletes them) and returns what was stored before, for a
   * compensation. This process sees the change at once; the others within their refresh.
   */
  async replaceStoredSettings(next: SettingsRow | null): Promise<SettingsRow | null> {
    const previous = await this.writeStoredSettings_(next)
    // After the commit: a read in between would cache the old values.
    this.settings_.invalidate()
    return previous
  }

  @InjectTransactionManager()
  protected async writeStoredSettings_(
    next: SettingsRow | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SettingsRow | null> {
    return replaceSettingsRow(this.manager_(sharedContext), next)
  }

  getProductTextOptions(): ProductTextOptions {
    return this.options_.productText
  }

  getEmbeddingProvider(): EmbeddingProvider {
    return this.embeddingProvider_
  }

  /**
   * Marks products as needing an embedding by the configured model (created, or maybe changed);
   * cheap enough per event. Another model's vectors of them stay as they are.
   */
  @InjectTransactionManager()
  async markProductsPending(
    productIds: ItemId[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EmbeddingStateSnapshot[]> {
    const ids = [...new Set(productIds)]
    if (!ids.length) return []
    const manager = this.manager_(sharedContext)
    const modelId = this.embeddingProvider_.id
    const previous = await manager.execute<
      { product_id: string; status: EmbeddingStatus; attempts: number }[]
    >(
      `SELECT product_id, status, attempts FROM product_embedding
       WHERE deleted_at IS NULL AND model_id = ? AND product_id IN (?) FOR UPDATE`,
      [modelId, ids]
    )
    const values = ids.map(() => "(?, ?, ?, 'pending', 0, now(), now())").join(", ")
    await manager.execute(
      `INSERT INTO product_embedding (id, product_id, model_id, status, attempts, created_at,
         updated_at)
       VALUES ${values}
       ON CONFLICT (product_id, model_id) WHERE deleted_at IS NULL DO UPDATE SET
         status = 'pending', attempts = 0, last_error = NULL, next_attempt_at = NULL,
         claim_token = NULL, claimed_until = NULL, updated_at = now()`,
      ids.flatMap((id) => [bulkEntityId("pemb"), id, modelId])
    )
    const byId = new Map(previous.map((row) => [row.product_id, row]))
    return ids.map((product_id) => {
      const row = byId.get(product_id)
      return { product_id, previous: row ? { status: row.status, attempts: row.attempts } : null }
    })
  }

  /** Undoes `markProductsPending`: new rows go, existing rows get their status back. */
  @InjectTransactionManager()
  async restoreEmbeddingStates(
    snapshots: EmbeddingStateSnapshot[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = this.manager_(sharedContext)
    const modelId = this.embeddingProvider_.id
    for (const { product_id, previous } of snapshots) {
      if (previous) {
        await manager.execute(
          `UPDATE product_embedding SET status = ?, attempts = ?, updated_at = now()
           WHERE product_id = ? AND model_id = ? AND deleted_at IS NULL`,
          [previous.status, previous.attempts, product_id, modelId]
        )
      } else {
        await manager.execute(
          `DELETE FROM product_embedding
           WHERE product_id = ? AND model_id = ? AND deleted_at IS NULL AND vector IS NULL`,
          [product_id, modelId]
        )
      }
    }
  }

  /** Soft-deletes the embeddings of deleted products; returns the row ids for a restore. */
  @InjectManager()
  async removeEmbeddingsOfProducts(
    productIds: ItemId[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!productIds.length) return []
    const rows = await this.manager_(sharedContext).execute<{ id: string }[]>(
      `UPDATE product_embedding SET deleted_at = now(), updated_at = now(), claim_token = NULL
       WHERE product_id IN (?) AND deleted_at IS NULL RETURNING id`,
      [productIds]
    )
    return rows.map((row) => row.id)
  }

  @InjectManager()
  async restoreEmbeddingsOfProducts(
    rowIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!rowIds.length) return
    await this.manager_(sharedContext).execute(
      `UPDATE product_embedding SET deleted_at = NULL, updated_at = now() WHERE id IN (?)`,
      [rowIds]
    )
  }

  /**
   * Claims up to `limit` pending rows of the configured model for this worker. SKIP LOCKED lets
   * several workers share the queue without waiting on or double-processing each other's rows.
   */
  @InjectManager()
  async claimPendingEmbeddings(
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EmbeddingClaim> {
    const token = randomUUID()
    const rows = await this.manager_(sharedContext).execute<ClaimedEmbedding[]>(
      `UPDATE product_embedding SET claim_token = ?,
         claimed_until = now() + make_interval(secs => ?)
       WHERE id IN (
         SELECT id FROM product_embedding
         WHERE deleted_at IS NULL AND model_id = ? AND status = 'pending'
           AND (claimed_until IS NULL OR claimed_until < now())
           AND (next_attempt_at IS NULL OR next_attempt_at <= now())
         ORDER BY updated_at, id
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
       RETURNING product_id, text_hash, model_id, (vector IS NOT NULL) AS has_vector`,
      [token, this.options_.embedding.claimTtlSeconds, this.embeddingProvider_.id, limit]
    )
    return { token, rows }
  }

  /** Gives claimed rows back untouched (workflow compensation). */
  @InjectManager()
  async releaseEmbeddingClaim(
    token: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.manager_(sharedContext).execute(
      `UPDATE product_embedding SET claim_token = NULL, claimed_until = NULL WHERE claim_token = ?`,
      [token]
    )
  }

  /**
   * Embeds the texts of a claim in provider-sized batches and stores the vectors; a text whose
   * hash matches its row's stored vector keeps it. A failing batch is recorded for a later
   * retry (not before the wait the server asked for) instead of failing the run, so one bad
   * batch never holds back the others.
   */
  async embedClaimedTexts(
    token: string,
    claimed: ClaimedEmbedding[],
    texts: EmbeddingText[]
  ): Promise<EmbedClaimedTextsSummary> {
    const provider = this.embeddingProvider_
    const claimedById = new Map(claimed.map((row) => [row.product_id, row]))
    const unchanged: EmbeddingResult[] = []
    const changed: EmbeddingText[] = []
    for (const text of texts) {
      const row = claimedById.get(text.product_id)
      const isCurrent = row?.has_vector && row.text_hash === text.text_hash
      if (isCurrent) unchanged.push({ product_id: text.product_id, text_hash: text.text_hash })
      else changed.push(text)
    }
    await this.saveEmbeddings(token, unchanged)
    const summary = { embedded: 0, unchanged: unchanged.length, failed: 0 }

    const { batchSize } = this.options_.embedding
    for (let start = 0; start < changed.length; start += batchSize) {
      const batch = changed.slice(start, start + batchSize)
      try {
        const vectors = await provider.embed(batch.map((item) => item.text))
        await this.saveEmbeddings(
          token,
          batch.map((item, i) => ({ ...item, vector: vectors[i] }))
        )
        summary.embedded += batch.length
      } catch (error) {
        const known = error instanceof EmbeddingProviderError ? error : undefined
        await this.recordEmbeddingFailure(
          token,
          batch.map((item) => item.product_id),
          {
            message: error instanceof Error ? error.message : String(error),
            retryAfterMs: known?.retryAfterMs,
            transient: known?.transient,
          }
        )
        summary.failed += batch.length
      }
    }
    return summary
  }

  /**
   * Stores finished embeddings of a claim. A row re-marked pending meanwhile (its product
   * changed again) lost the claim and is left pending, so the newer text gets embedded too.
   * `attempts` is kept: how many tries the current embedding took shows in the status.
   */
  @InjectTransactionManager()
  async saveEmbeddings(
    token: string,
    results: EmbeddingResult[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = this.manager_(sharedContext)
    for (const result of results) {
      const vector = result.vector ? Buffer.from(encodeVector(result.vector)) : null
      await manager.execute(
        `UPDATE product_embedding SET status = 'ready',
           vector = COALESCE(?, vector),
           dimensions = COALESCE(?, dimensions), text_hash = ?,
           embedded_at = CASE WHEN ?::boolean THEN now() ELSE embedded_at END,
           last_error = NULL, next_attempt_at = NULL,
           claim_token = NULL, claimed_until = NULL, updated_at = now()
         WHERE product_id = ? AND claim_token = ? AND deleted_at IS NULL`,
        [
          vector,
          result.vector?.length ?? null,
          result.text_hash,
          vector !== null,
          result.product_id,
          token,
        ]
      )
    }
  }

  /**
   * Records a failed attempt: the row retries with exponential backoff and jitter, not before
   * `retryAfterMs` when the server asked for a wait. After `embedding.maxAttempts` it is marked
   * failed (error kept), unless the provider was unavailable: then it stays pending, retried at
   * most `retryMaxMs` apart, however long the outage lasts.
   */
  @InjectManager()
  async recordEmbeddingFailure(
    token: string,
    productIds: ItemId[],
    failure: EmbeddingFailure,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!productIds.length) return
    const { maxAttempts, retryBaseMs, retryMaxMs } = this.options_.embedding
    // The exponent is capped: 2^30 times any base is past the longest delay, and a long outage
    // must not overflow it.
    await this.manager_(sharedContext).execute(
      `UPDATE product_embedding SET attempts = attempts + 1, last_error = ?,
         status = CASE WHEN NOT ?::boolean AND attempts + 1 >= ? THEN 'failed' ELSE 'pending' END,
         next_attempt_at = now() + make_interval(secs => greatest(
           least(? * power(2, least(attempts, 30)), ?) * (0.5 + random() / 2),
           least(?::float8, ?))),
         claim_token = NULL, claimed_until = NULL, updated_at = now()
       WHERE claim_token = ? AND product_id IN (?) AND deleted_at IS NULL`,
      [
        failure.message.slice(0, 2000),
        failure.transient ?? false,
        maxAttempts,
        retryBaseMs / 1000,
        retryMaxMs / 1000,
        (failure.retryAfterMs ?? 0) / 1000,
        RETRY_AFTER_MAX_SECONDS,
        token,
        productIds,
      ]
    )
  }

  /** The configured model's embeddings by status, of the given products or of all. */
  @InjectManager()
  async countEmbeddingsByStatus(
    productIds?: ItemId[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EmbeddingCounts> {
    const rows = await this.manager_(sharedContext).execute<
      { status: EmbeddingStatus; count: number }[]
    >(
      `SELECT status, count(*)::int AS count FROM product_embedding
       WHERE deleted_at IS NULL AND model_id = ? ${productIds ? "AND product_id IN (?)" : ""}
       GROUP BY status`,
      [this.embeddingProvider_.id, ...(productIds ? [productIds.length ? productIds : [null]] : [])]
    )
    const counts: EmbeddingCounts = { pending: 0, ready: 0, failed: 0, total: 0 }
    for (const row of rows) {
      counts[row.status] = row.count
      counts.total += row.count
    }
    return counts
  }

  /**
   * Stores shopper events in one statement. Purchases are keyed by order and product, so a
   * re-delivered order.placed event adds nothing. Returns the ids of the rows written.
   */
  @InjectManager()
  async recordInteractions(
    interactions: InteractionInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!interactions.length) return []
    const values = interactions.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())").join(", ")
    const rows = await this.manager_(sharedContext).execute<{ id: string }[]>(
      `INSERT INTO recommendation_interaction (id, type, product_id, quantity, customer_id,
         session_id, order_id, recommendation_id, occurred_at, created_at, updated_at)
       VALUES ${values}
       ON CONFLICT (order_id, product_id, type) WHERE order_id IS NOT NULL AND deleted_at IS NULL
       DO NOTHING
       RETURNING id`,
      interactions.flatMap((interaction) => [
        bulkEntityId("rint"),
        interaction.type,
        interaction.product_id,
        interaction.quantity ?? 1,
        interaction.customer_id ?? null,
        interaction.session_id ?? null,
        interaction.order_id ?? null,
        interaction.recommendation_id ?? null,
        interaction.occurred_at ?? new Date(),
      ])
    )
    return rows.map((row) => row.id)
  }

  /** Hard-deletes interactions by id (compensation of `recordInteractions`). */
  @InjectManager()
  async deleteInteractionRows(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    await this.manager_(sharedContext).execute(
      `DELETE FROM recommendation_interaction WHERE id IN (?)`,
      [ids]
    )
  }

  /**
   * A guest who logs in keeps their history: the session's anonymous events become the
   * customer's. Returns the ids of the events that moved.
   */
  @InjectManager()
  async attachSessionToCustomer(
    sessionId: string,
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.manager_(sharedContext).execute<{ id: string }[]>(
      `UPDATE recommendation_interaction SET customer_id = ?, updated_at = now()
       WHERE session_id = ? AND customer_id IS NULL AND deleted_at IS NULL RETURNING id`,
      [customerId, sessionId]
    )
    return rows.map((row) => row.id)
  }

  /** Undoes `attachSessionToCustomer` for the given rows. */
  @InjectManager()
  async detachInteractionsFromCustomer(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    await this.manager_(sharedContext).execute(
      `UPDATE recommendation_interaction SET customer_id = NULL, updated_at = now() WHERE id IN (?)`,
      [ids]
    )
  }

  /**
   * The embedding pipeline at a glance: the configured model's rows by status, coverage of the
   * catalog, age of the oldest pending row, recent failures, the rate over the last five
   * minutes, and where a model switch stands.
   */
  @InjectManager()
  async getEmbeddingPipelineStatus(
    productCount: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EmbeddingPipelineStatus> {
    const manager = this.manager_(sharedContext)
    const counts = await this.countEmbeddingsByStatus(undefined, sharedContext)
    const [summary] = await manager.execute<
      {
        oldest_pending: Date | string | null
        recent: number
        embedded: number
        retried: number
        failed_attempts: number
      }[]
    >(
      `SELECT
         min(updated_at) FILTER (WHERE status = 'pending') AS oldest_pending,
         count(*) FILTER (WHERE embedded_at > now() - interval '5 minutes')::int AS recent,
         count(*) FILTER (WHERE vector IS NOT NULL AND model_id = ?)::int AS embedded,
         count(*) FILTER (WHERE attempts > 0)::int AS retried,
         coalesce(sum(attempts), 0)::int AS failed_attempts
       FROM product_embedding WHERE deleted_at IS NULL AND model_id = ?`,
      [this.embeddingProvider_.id, this.embeddingProvider_.id]
    )
    const failures = await manager.execute<
      {
        product_id: string
        attempts: number
        last_error: string | null
        updated_at: Date | string
      }[]
    >(
      `SELECT product_id, attempts, last_error, updated_at FROM product_embedding
       WHERE deleted_at IS NULL AND model_id = ? AND last_error IS NOT NULL
       ORDER BY updated_at DESC LIMIT 20`,
      [this.embeddingProvider_.id]
    )
    const oldestPending = summary.oldest_pending ? new Date(summary.oldest_pending) : null
    const { models, products } = await this.readModelCounts(sharedContext)
    const serving = await this.serving_.ensureFresh()
    const { index } = serving.sync
    const target = this.embeddingProvider_.id
    return {
      provider: this.embeddingProvider_.id,
      dimensions:
        this.embeddingProvider_.dimensions ??
        models.find((model) => model.model_id === target)?.dimensions ??
        null,
      products: productCount,
      counts,
      retries: { products: summary.retried, attempts: summary.failed_attempts },
      coverage: productCount ? Math.min(1, summary.embedded / productCount) : 1,
      oldest_pending_seconds: oldestPending
        ? Math.max(0, Math.round((Date.now() - oldestPending.getTime()) / 1000))
        : null,
      rate_per_minute: summary.recent / 5,
      failures: failures.map((row) => ({
        product_id: row.product_id,
        attempts: row.attempts,
        last_error: row.last_error,
        updated_at: new Date(row.updated_at).toISOString(),
      })),
      index: {
        size: index.size,
        vector_bytes: index.vectorBytes,
        refreshed_at: serving.sync.lastRefreshedAt?.toISOString() ?? null,
      },
      model_switch: {
        serving_model: serving.model_id,
        target_model: target,
        in_progress: serving.model_id !== target,
        progress: modelCoverage(target, products, models),
        switch_coverage: this.options_.embedding.switchCoverage,
      },
      models,
    }
  }

  /** Live embedding rows per model, and how many products have any. */
  @InjectManager()
  async readModelCounts(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ models: ModelEmbeddingCounts[]; products: number }> {
    const manager = this.manager_(sharedContext)
    const models = await manager.execute<ModelEmbeddingCounts[]>(
      `SELECT model_id, max(dimensions) AS dimensions,
         count(*) FILTER (WHERE status = 'pending')::int AS pending,
         count(*) FILTER (WHERE status = 'ready')::int AS ready,
         count(*) FILTER (WHERE status = 'failed')::int AS failed
       FROM product_embedding WHERE deleted_at IS NULL GROUP BY model_id ORDER BY model_id`
    )
    const [{ products }] = await manager.execute<{ products: number }[]>(
      `SELECT count(DISTINCT product_id)::int AS products FROM product_embedding
       WHERE deleted_at IS NULL`
    )
    return { models, products }
  }

  /**
   * Products embedded by another model but not queued for the configured one: after a model
   * change, every one of them (the step that calls this queues them).
   */
  @InjectManager()
  async listProductsMissingTargetEmbedding(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ItemId[]> {
    const rows = await this.manager_(sharedContext).execute<{ product_id: string }[]>(
      `SELECT DISTINCT other.product_id FROM product_embedding other
       WHERE other.deleted_at IS NULL AND other.model_id <> ? AND NOT EXISTS (
         SELECT 1 FROM product_embedding target WHERE target.product_id = other.product_id
           AND target.model_id = ? AND target.deleted_at IS NULL)
       ORDER BY other.product_id`,
      [this.embeddingProvider_.id, this.embeddingProvider_.id]
    )
    return rows.map((row) => row.product_id)
  }

  /**
   * Ends a model switch once the configured model covers `embedding.switchCoverage` of the
   * products: the other models' rows are soft-deleted (their vectors stay in the table until
   * a cleanup). Returns the row ids, for a restore; none while the switch is under way.
   */
  @InjectTransactionManager()
  async retireReplacedEmbeddings(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const target = this.embeddingProvider_.id
    const { models, products } = await this.readModelCounts(sharedContext)
    if (models.every((model) => model.model_id === target)) return []
    if (modelCoverage(target, products, models) < this.options_.embedding.switchCoverage) return []
    const rows = await this.manager_(sharedContext).execute<{ id: string }[]>(
      `UPDATE product_embedding SET deleted_at = now(), updated_at = now(), claim_token = NULL
       WHERE model_id <> ? AND deleted_at IS NULL RETURNING id`,
      [target]
    )
    return rows.map((row) => row.id)
  }

  /** The model whose vectors requests rank with (see `chooseServingModel`). */
  async getServingModel(): Promise<string> {
    return (await this.serving_.ensureFresh()).model_id
  }

  /** The serving model's index, refreshed when stale, after checking whether a switch ended. */
  protected async servingIndex_(): Promise<VectorIndex> {
    return (await this.freshServing_()).index
  }

  /** The serving index with the provider of its model: read together, never from two models. */
  protected async freshServing_(): Promise<{
    index: VectorIndex
    provider: EmbeddingProvider | undefined
  }> {
    const serving = await this.serving_.ensureFresh()
    return { index: await serving.sync.ensureFresh(), provider: serving.provider }
  }

  protected servingModel_(modelId: string): ServingModel {
    const provider =
      modelId === this.embeddingProvider_.id
        ? this.embeddingProvider_
        : findEmbeddingProvider(this.options_.embedding, modelId)
    if (provider && provider !== this.embeddingProvider_) this.servingProviders_.add(provider)
    return {
      model_id: modelId,
      provider,
      sync: new VectorIndexSync(
        modelId,
        provider?.dimensions,
        (since) => this.readVectorRows(modelId, since),
        this.options_.vectorIndex.refreshIntervalMs
      ),
    }
  }

  /**
   * Notes a store list that was just served; it is stored within a second, in a batch with the
   * others (see ServedRecommendationBuffer), never on the request's time.
   */
  bufferServedRecommendation(row: ServedRecommendationRow): void {
    this.served_.add(row)
  }

  /** Stores the buffered served recommendations now (tests and scripts; shutdown does too). */
  async flushServedRecommendations(): Promise<void> {
    await this.served_.flush()
  }

  /**
   * One multi-row insert of served recommendations: the buffer's writer, and how a seed script
   * writes synthetic impressions.
   */
  @InjectManager()
  async insertServedRecommendations(
    rows: ServedRecommendationRow[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!rows.length) return
    const values = rows.map(() => "(?, ?, ?::jsonb, ?, ?, ?, ?, ?, now(), now())").join(", ")
    await this.manager_(sharedContext).execute(
      `INSERT INTO recommendation_served (id, placement, product_ids, source_product_id,
         customer_id, session_id, latency_ms, served_at, created_at, updated_at)
       VALUES ${values}`,
      rows.flatMap((row) => [
        row.id,
        row.placement,
        JSON.stringify(row.product_ids),
        row.source_product_id,
        row.customer_id,
        row.session_id,
        row.latency_ms,
        row.served_at,
      ])
    )
  }

  /**
   * Credits a placed order's products to the recommendations their buyer clicked within
   * `attribution.windowDays` (see `attributeOrderProducts`). Returns the ids of the rows written.
   */
  @InjectTransactionManager()
  async attributeOrder(
    order: OrderAttributionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return attributeOrderProducts(
      this.manager_(sharedContext),
      order,
      this.options_.attribution.windowDays
    )
  }

  /** Impressions, clicks, orders, revenue and latency per day and placement, and in total. */
  @InjectManager()
  async getRecommendationMetrics(
    range: RecommendationMetricsRange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AdminRecommendationMetricsResponse> {
    return readRecommendationMetrics(this.manager_(sharedContext), range)
  }

  /**
   * A shopper's erasure: hard-deletes every event of a customer or an anonymous session. The
   * lists served to them and the orders credited to recommendations stay for the metrics, with
   * the shopper taken out. Returns how many events were deleted.
   */
  @InjectTransactionManager()
  async eraseShopperInteractions(
    shopper: { customer_id?: string; session_id?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = this.manager_(sharedContext)
    const isShopper = `(?::text IS NOT NULL AND customer_id = ?) OR
      (?::text IS NOT NULL AND session_id = ?)`
    const params = [
      shopper.customer_id ?? null,
      shopper.customer_id ?? null,
      shopper.session_id ?? null,
      shopper.session_id ?? null,
    ]
    const rows = await manager.execute<{ id: string }[]>(
      `DELETE FROM recommendation_interaction WHERE ${isShopper} RETURNING id`,
      params
    )
    for (const table of ["recommendation_served", "recommendation_attribution"]) {
      await manager.execute(
        `UPDATE ${table} SET customer_id = NULL, session_id = NULL, updated_at = now()
         WHERE ${isShopper}`,
        params
      )
    }
    return rows.length
  }

  /** Every stored interaction as the engine reads it, in pages of `pageSize` (model rebuilds). */
  async *iterateInteractions(pageSize = 100_000): AsyncGenerator<EngineInteraction[]> {
    let after = ""
    for (;;) {
      const page = await this.readInteractionPage(after, pageSize)
      if (!page.interactions.length) return
      yield page.interactions
      after = page.last_id
      if (page.interactions.length < pageSize) return
    }
  }

  // The shape conversion happens in SQL: at a million rows, per-row work in JS is the rebuild's
  // largest cost after the model itself.
  @InjectManager()
  protected async readInteractionPage(
    after: string,
    pageSize: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ interactions: EngineInteraction[]; last_id: string }> {
    const rows = await this.manager_(sharedContext).execute<
      (Omit<EngineInteraction, "timestamp" | "order_id"> & {
        id: string
        timestamp: number | string
        order_id: string | null
      })[]
    >(
      // A guest is their session until they log in; then their events carry the customer.
      `SELECT id, COALESCE(customer_id, 'session:' || session_id) AS user_id,
              product_id AS item_id, type, quantity, order_id,
              (extract(epoch FROM occurred_at) * 1000)::float8 AS timestamp
       FROM recommendation_interaction WHERE deleted_at IS NULL AND id > ?
       ORDER BY id LIMIT ?`,
      [after, pageSize]
    )
    return {
      last_id: rows.length ? rows[rows.length - 1].id : after,
      interactions: rows.map(({ id: _id, timestamp, order_id, ...row }) => ({
        ...row,
        timestamp: Number(timestamp),
        ...(order_id ? { order_id } : {}),
      })),
    }
  }

  /** Stores a freshly built model and drops all but the newest two snapshots of its kind. */
  @InjectTransactionManager()
  async saveModelSnapshot(
    snapshot: ModelSnapshotInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    const manager = this.manager_(sharedContext)
    const id = generateEntityId(undefined, "rsnap")
    await manager.execute(
      `INSERT INTO recommendation_model_snapshot (id, kind, settings_hash, interactions, items,
         build_ms, built_at, payload, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, now(), ?, now(), now())`,
      [
        id,
        snapshot.kind,
        snapshot.settings_hash,
        snapshot.interactions,
        snapshot.items,
        Math.round(snapshot.build_ms),
        Buffer.from(snapshot.payload),
      ]
    )
    await manager.execute(
      `DELETE FROM recommendation_model_snapshot WHERE kind = ? AND id NOT IN (
         SELECT id FROM recommendation_model_snapshot WHERE kind = ?
         ORDER BY built_at DESC, id DESC LIMIT 2)`,
      [snapshot.kind, snapshot.kind]
    )
    return id
  }

  /**
   * The newest snapshot of a kind, or null; null too when it is the one whose id is `knownId`
   * (compared by id: `built_at` has microseconds, a JavaScript Date only milliseconds).
   */
  @InjectManager()
  async loadNewestModelSnapshot(
    kind: string,
    knownId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredModelSnapshot | null> {
    const [row] = await this.manager_(sharedContext).execute<
      (Omit<StoredModelSnapshot, "built_at"> & { built_at: Date | string })[]
    >(
      `SELECT id, kind, settings_hash, interactions, items, build_ms, built_at, payload
       FROM recommendation_model_snapshot
       WHERE id = (SELECT id FROM recommendation_model_snapshot
                   WHERE kind = ? AND deleted_at IS NULL ORDER BY built_at DESC, id DESC LIMIT 1)
         AND id IS DISTINCT FROM ?`,
      [kind, knownId]
    )
    return row ? { ...row, built_at: new Date(row.built_at) } : null
  }

  /**
   * Builds the behaviour model from every stored interaction and stores it as a snapshot, which
   * every instance then loads. `catalog` lists the product ids, so new products get an index.
   */
  async rebuildBehaviourModel(
    catalog: ItemId[]
  ): Promise<{ snapshot_id: string; interactions: number; build_ms: number }> {
    const startedAt = performance.now()
    // On a thread of its own: the build is CPU-bound for minutes in a large store, and the API
    // of a single-process deployment must keep answering meanwhile.
    const thread = new BehaviourModelBuildThread()
    try {
      for await (const page of this.iterateInteractions()) thread.add(page)
      // Fresh from Postgres: event weights saved on another instance a moment ago must count.
      const { event_weights } = await this.settings_.refresh()
      const settings = this.behaviourModelSettings(event_weights)
      const index = await this.servingIndex_()
      const version = index.version
      // The last build's semantic lists still hold while the vectors and their settings are the same.
      const last = this.lastSemantic_
      const reusable =
        last?.index === index &&
        last.version === version &&
        last.neighbours === settings.semanticNeighbours
          ? last.lists
          : undefined
      const built = await thread.finish({ catalog, settings, vectors: index, previous: reusable })
      this.lastSemantic_ = {
        index,
        version,
        neighbours: settings.semanticNeighbours,
        lists: built.semantic,
      }
      const buildMs = performance.now() - startedAt
      const snapshotId = await this.saveModelSnapshot({
        kind: BEHAVIOUR_MODEL_KIND,
        settings_hash: behaviourSettingsHash(settings),
        interactions: built.interactions,
        items: built.semantic.vocabulary.size,
        build_ms: buildMs,
        payload: built.payload,
      })
      return {
        snapshot_id: snapshotId,
        interactions: built.interactions,
        build_ms: Math.round(buildMs),
      }
    } finally {
      // Whatever failed on the way (reading the events, the settings, the build), the thread
      // and the events it holds go.
      await thread.close()
    }
  }

  /** The behaviour model this process serves from (refreshed from Postgres when stale). */
  async getBehaviourModel(): Promise<BehaviourModel> {
    return this.behaviourModel_.ensureFresh()
  }

  /** Loads a newer behaviour model now, if one was stored (tests and scripts). */
  async refreshBehaviourModel(): Promise<void> {
    await this.behaviourModel_.refresh()
  }

  /**
   * True when the newest behaviour model was built with other settings than the current ones
   * (event weights saved since): a rebuild brings them in.
   */
  @InjectManager()
  async behaviourModelNeedsRebuild(@MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const [newest] = await this.manager_(sharedContext).execute<{ settings_hash: string }[]>(
      `SELECT settings_hash FROM recommendation_model_snapshot
       WHERE kind = ? AND deleted_at IS NULL ORDER BY built_at DESC, id DESC LIMIT 1`,
      [BEHAVIOUR_MODEL_KIND]
    )
    if (!newest) return false
    const { event_weights } = await this.settings_.refresh()
    return (
      newest.settings_hash !== behaviourSettingsHash(this.behaviourModelSettings(event_weights))
    )
  }

  protected behaviourModelSettings(eventWeights: EventWeights): BehaviourModelSettings {
    const { behaviour } = this.options_
    return {
      ...DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
      coOccurrence: { ...DEFAULT_BEHAVIOUR_MODEL_SETTINGS.coOccurrence, eventWeights },
      transitions: { ...DEFAULT_BEHAVIOUR_MODEL_SETTINGS.transitions, eventWeights },
      boughtTogether: {
        ...DEFAULT_BEHAVIOUR_MODEL_SETTINGS.boughtTogether,
        minSupport: behaviour.boughtTogetherMinSupport,
      },
      boughtTogetherWindowDays: behaviour.boughtTogetherWindowDays,
      trendingHalfLifeMs: behaviour.trendingHalfLifeDays * 24 * 3600 * 1000,
    }
  }

  /**
   * Products similar to `productId`, by meaning and by behaviour (the engine's fusion), best
   * first. `embedded` tells whether the product itself has a vector yet.
   */
  async recommendSimilarProducts(
    productId: ItemId,
    options: { limit: number; settings?: RankingSettings }
  ): Promise<{ embedded: boolean; items: ScoredItem[] }> {
    const [index, model, settings] = await Promise.all([
      this.servingIndex_(),
      this.behaviourModel_.ensureFresh(),
      options.settings ?? this.settings_.ensureFresh(),
    ])
    this.similarItems_ = rankerFor(this.similarItems_, model, index, () => {
      const buildStartedAt = this.behaviourModel_.buildStartedAt
      return new SimilarItemsRecommender({
        vocabulary: model.vocabulary,
        index,
        semantic: model.semantic,
        // The build read its process's index, up to one refresh interval old (plus the margin
        // the index re-reads): vectors written since then are compared directly.
        semanticAsOf:
          buildStartedAt === undefined
            ? undefined
            : buildStartedAt - this.options_.vectorIndex.refreshIntervalMs - WATERMARK_OVERLAP_MS,
        collaborative: model.collaborative,
        popularity: model.popularity,
      })
    })
    return {
      embedded: index.has(productId),
      items: this.similarItems_.ranker.recommend(productId, {
        limit: options.limit,
        weights: similarItemsWeights(settings),
      }),
    }
  }

  /**
   * Products bought with `productId`: in the same order first, then (for stores with few
   * multi-item orders) by the same shopper within the configured window.
   */
  async recommendBoughtTogether(
    productId: ItemId,
    options: { limit: number }
  ): Promise<ScoredItem[]> {
    const model = await this.behaviourModel_.ensureFresh()
    const sameOrder = frequentlyBoughtTogether(
      model.boughtTogether,
      model.vocabulary,
      productId,
      options
    )
    if (sameOrder.length >= options.limit) return sameOrder
    const seen = new Set(sameOrder.map((item) => item.id))
    const sameShopper = frequentlyBoughtTogether(
      model.boughtTogetherByShopper,
      model.vocabulary,
      productId,
      { limit: options.limit - sameOrder.length, isAllowed: (id) => !seen.has(id) }
    )
    return [...sameOrder, ...sameShopper]
  }

  /** The active merchandising rules that apply to a list (cached briefly; see the cache). */
  async listApplicableMerchandisingRules(
    list: MerchandisingListContext
  ): Promise<MerchandisingRuleInput[]> {
    return selectMerchandisingRules(await this.merchandisingRules_.list(), list)
  }

  /** After rules were written: lists read them again. */
  invalidateMerchandisingRules(): void {
    this.merchandisingRules_.invalidate()
  }

  /** Every active rule, oldest first: a later rule wins a conflict of equal specificity. */
  protected async readActiveMerchandisingRules(): Promise<MerchandisingRuleInput[]> {
    return this.listMerchandisingRules(
      { active: true },
      {
        select: ["action", "scope", "scope_id", "placement", "product_id", "position", "strength"],
        order: { created_at: "ASC", id: "ASC" },
      }
    )
  }

  /**
   * Re-ranks a list for variety (maximal marginal relevance on embedding similarity).
   * `diversity` 0 keeps the order; when absent, the settings' default for that kind of list.
   */
  async diversify(
    items: ScoredItem[],
    options: ListShape & { categoryOf?: (id: ItemId) => string | undefined }
  ): Promise<ScoredItem[]> {
    const settings = options.settings ?? (await this.settings_.ensureFresh())
    const diversity = options.diversity ?? settings.diversity[options.list]
    const maxPerCategory =
      options.maxPerCategory ?? settings.diversity.max_per_category ?? undefined
    const capped = maxPerCategory !== undefined && options.categoryOf !== undefined
    if ((diversity <= 0 && !capped) || items.length <= 1) return items.slice(0, options.limit)
    const index = await this.servingIndex_()
    return rerankMmr(items, {
      limit: options.limit,
      lambda: 1 - diversity,
      keepTop: DEFAULT_MMR_KEEP_TOP,
      // On the int8 codes: decoding two vectors per pair cost more than the rest of a request.
      similarity: (a, b) => index.cosineById(a, b) ?? 0,
      categoryOf: options.categoryOf,
      maxPerCategory,
    })
  }

  /** Cosine similarity of two products' embeddings, or null when either has none. */
  async productSimilarity(a: ItemId, b: ItemId): Promise<number | null> {
    const index = await this.servingIndex_()
    return index.cosineById(a, b) ?? null
  }

  /**
   * Products matching a natural-language query by meaning, lifted a little by popularity and,
   * for a shopper with history, by their taste. The query is embedded by the serving model's
   * provider. When it cannot be (the provider fails or takes longer than
   * `search.queryTimeoutMs`, or no configured provider makes the serving model's vectors during
   * a switch), the shopper's personalized picks answer, trending products for a new shopper,
   * each flagged with the fallback cause `query_not_embedded`.
   */
  async searchProducts(
    text: string,
    options: { limit: number; shopper?: Shopper; settings?: RankingSettings }
  ): Promise<ScoredItem[]> {
    const [{ index, provider }, model, history, settings] = await Promise.all([
      this.freshServing_(),
      this.behaviourModel_.ensureFresh(),
      options.shopper ? this.readShopperHistory(options.shopper) : [],
      options.settings ?? this.settings_.ensureFresh(),
    ])
    const personalized = this.personalizedRecommender_(index, model)
    const queryVector = provider && (await this.embedQuery_(provider, text))
    if (!queryVector) {
      const picks = await this.recommendForShopper(options.shopper ?? {}, {
        limit: options.limit,
        settings,
      })
      return picks.items.map((item) => ({
        ...item,
        reasons: [{ type: "fallback", cause: "query_not_embedded" }, ...item.reasons],
      }))
    }
    this.searchRanker_ = rankerFor(this.searchRanker_, model, index, () => {
      return new SearchRanker({
        vocabulary: model.vocabulary,
        index,
        popularity: model.popularity,
      })
    })
    const profile = history.length
      ? personalized.profile(history, settings.event_weights)
      : undefined
    return this.searchRanker_.ranker.search(queryVector, {
      limit: options.limit,
      profile,
      weights: searchWeights(settings),
    })
  }

  /** A search query's vector, or undefined when the provider fails or answers too late. */
  protected async embedQuery_(
    provider: EmbeddingProvider,
    text: string
  ): Promise<Float32Array | undefined> {
    const { queryTimeoutMs } = this.options_.search
    const warn = (problem: string) =>
      this.logger_.warn(`[recommendations] search answered without its query: ${problem}`)
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        warn(`${provider.id} gave no answer within ${queryTimeoutMs} ms`)
        resolve(undefined)
      }, queryTimeoutMs)
    })
    // The request is not cancelled when it is late: its own timeout ends it, unobserved.
    const embedded = provider.embed([text]).then(
      ([vector]) => vector,
      (error: unknown) => {
        warn(error instanceof Error ? error.message : String(error))
        return undefined
      }
    )
    try {
      return await Promise.race([embedded, late])
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Recommendations for one shopper from their recent history (recency- and attention-weighted
   * meaning, co-occurrence and "what comes next"); trending products, flagged as a fallback,
   * for shoppers without history.
   */
  async recommendForShopper(
    shopper: Shopper,
    options: { limit: number; settings?: RankingSettings }
  ): Promise<PersonalizedResult> {
    const [index, model, history, settings] = await Promise.all([
      this.servingIndex_(),
      this.behaviourModel_.ensureFresh(),
      this.readShopperHistory(shopper),
      options.settings ?? this.settings_.ensureFresh(),
    ])
    const result = this.personalizedRecommender_(index, model).recommend(history, {
      limit: options.limit,
      exclude: this.options_.personalized.excludePurchased ? "purchased" : "nothing",
      weights: personalizedBlendWeights(settings),
      eventWeights: settings.event_weights,
    })
    // Trending stands in for a missing history only while fallbacks are on.
    return result.fallback && !settings.fallback.enabled ? { items: [], fallback: true } : result
  }

  /** The personalized ranking over the current model, rebuilt when a newer model loads. */
  private personalizedRecommender_(
    index: VectorIndex,
    model: BehaviourModel
  ): PersonalizedRecommender {
    this.personalized_ = rankerFor(this.personalized_, model, index, () =>
      personalizedRecommenderOf(model, index)
    )
    return this.personalized_.ranker
  }

  /**
   * A shopper's latest events, oldest first, as the personalized ranking reads them. A session's
   * events that joined a customer's history when they logged in are that customer's alone: the
   * session id, used again without logging in (a shared computer), no longer reads them.
   */
  @InjectManager()
  protected async readShopperHistory(
    shopper: Shopper,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HistoryEvent[]> {
    if (!shopper.customer_id && !shopper.session_id) return []
    const rows = await this.manager_(sharedContext).execute<
      { product_id: string; type: InteractionType; occurred_at: Date | string }[]
    >(
      `SELECT product_id, type, occurred_at FROM recommendation_interaction
       WHERE deleted_at IS NULL AND (customer_id = ?
         OR (?::text IS NOT NULL AND session_id = ? AND customer_id IS NULL))
       ORDER BY occurred_at DESC, id DESC LIMIT ?`,
      [
        shopper.customer_id ?? null,
        shopper.session_id ?? null,
        shopper.session_id ?? null,
        HISTORY_EVENTS,
      ]
    )
    return rows.reverse().map((row) => ({
      item_id: row.product_id,
      type: row.type,
      timestamp: new Date(row.occurred_at).getTime(),
    }))
  }

  /** Products most similar to `productId` by meaning alone, from the in-process index. */
  async searchSimilarProducts(
    productId: ItemId,
    options: { limit: number; exclude?: ReadonlySet<ItemId> }
  ): Promise<{ embedded: boolean; hits: VectorHit[] }> {
    const index = await this.servingIndex_()
    if (!index.has(productId)) return { embedded: false, hits: [] }
    return { embedded: true, hits: index.searchSimilar(productId, options) }
  }

  /** Reloads changed vectors now (tests and scripts; requests refresh on their own). */
  async refreshVectorIndex(): Promise<{ size: number; vector_bytes: number }> {
    const { sync } = await this.serving_.ensureFresh()
    await sync.refresh()
    const { size, vectorBytes } = sync.index
    return { size, vector_bytes: vectorBytes }
  }

  /**
   * One model's rows changed after `since`, or all its live vectors when `since` is null, and
   * the database's clock as the read began.
   */
  @InjectManager()
  protected async readVectorRows(
    modelId: string,
    since: Date | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: VectorRow[]; readAt: Date }> {
    const columns = "product_id, vector, model_id, deleted_at, updated_at"
    const manager = this.manager_(sharedContext)
    const [{ read_at: readAt }] = await manager.execute<{ read_at: Date | string }[]>(
      `SELECT statement_timestamp() AS read_at`
    )
    const rows = since
      ? await manager.execute<RawVectorRow[]>(
          `SELECT ${columns} FROM product_embedding
           WHERE model_id = ? AND (updated_at > ? OR deleted_at > ?) ORDER BY updated_at`,
          [modelId, since, since]
        )
      : await manager.execute<RawVectorRow[]>(
          `SELECT ${columns} FROM product_embedding
           WHERE deleted_at IS NULL AND vector IS NOT NULL AND model_id = ?
           ORDER BY updated_at`,
          [modelId]
        )
    // Depending on the connection's type parsers, timestamps arrive as Date or as text.
    return {
      rows: rows.map((row) => ({
        ...row,
        deleted_at: row.deleted_at === null ? null : new Date(row.deleted_at),
        updated_at: new Date(row.updated_at),
      })),
      readAt: new Date(readAt),
    }
  }

  protected manager_(sharedContext: Context): SqlEntityManager {
    return (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
  }
}

function behaviourSettingsHash(settings: BehaviourModelSettings): string {
  return hashText(JSON.stringify(settings))
}
