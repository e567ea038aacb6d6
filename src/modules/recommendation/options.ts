import { PROVIDERS_OR_POLICIES } from "@huggingface/inference"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  DEFAULT_MMR_LAMBDA,
  DEFAULT_PERSONALIZED_SETTINGS,
  DEFAULT_SEARCH_SETTINGS,
  DEFAULT_SIMILAR_ITEMS_SETTINGS,
  FALLBACK_WEIGHTS,
  PRODUCT_TEXT_FIELDS,
} from "../../engine"
import { OnnxEmbeddingOptionsSchema } from "./embedding/onnx"
import {
  blendWeight,
  eventWeight,
  evidenceHalfPoint,
  maxPerCategory,
  shareOfScore,
} from "./ranking-settings"

export const EMBEDDING_PROVIDERS = [
  "universal-sentence-encoder",
  "huggingface",
  "openai",
  "onnx",
] as const

const requestTimeoutMs = z.number().int().min(100).max(600_000).default(30_000)
const vectorDimensions = z.number().int().min(1).max(16_384)

/** `embedding.huggingface`: a model on HF Inference Providers or an endpoint (Inference Endpoint, TEI). */
export const HuggingFaceEmbeddingOptionsSchema = z
  .object({
    /** Hub model id; with `endpointUrl`, it only names the vectors (it is not sent). */
    model: z.string().min(1),
    /** A dedicated Inference Endpoint or a Text Embeddings Inference server. */
    endpointUrl: z.url().optional(),
    /** Inference provider (default "hf-inference"); not with `endpointUrl`. */
    provider: z.enum(PROVIDERS_OR_POLICIES).optional(),
    /** Access token; the `HF_TOKEN` environment variable otherwise. */
    token: z.string().min(1).optional(),
    timeoutMs: requestTimeoutMs,
    /** Expected vector length, checked against every answer (learnt from the first otherwise). */
    dimensions: vectorDimensions.optional(),
  })
  .strict()
  .refine((options) => !(options.endpointUrl && options.provider), {
    message: "give either endpointUrl or provider, not both",
    path: ["provider"],
  })

/** `embedding.openai`: any server with OpenAI's `POST /embeddings` (OpenAI, Ollama, vLLM, TEI). */
export const OpenAIEmbeddingOptionsSchema = z
  .object({
    model: z.string().min(1),
    baseURL: z.url().default("https://api.openai.com/v1"),
    /** API key; the `OPENAI_API_KEY` environment variable otherwise (local servers need none). */
    apiKey: z.string().min(1).optional(),
    /** Asks the model for shorter vectors (OpenAI text-embedding-3); part of the model id. */
    dimensions: vectorDimensions.optional(),
    timeoutMs: requestTimeoutMs,
  })
  .strict()

/** Plugin options, as given in `medusa-config.ts`. Every key is optional. */
export const RecommendationOptionsSchema = z
  .object({
    embedding: z
      .object({
        /** Which embedding provider makes the vectors. */
        provider: z.enum(EMBEDDING_PROVIDERS).default("universal-sentence-encoder"),
        /** Texts sent to the provider at once. */
        batchSize: z.number().int().min(1).max(512).default(32),
        /** Attempts before a product's embedding is marked failed. */
        maxAttempts: z.number().int().min(1).max(100).default(5),
        /** First retry delay; it doubles with every failed attempt (with jitter). */
        retryBaseMs: z.number().int().min(1).max(3_600_000).default(5000),
        /** Longest retry delay. */
        retryMaxMs: z.number().int().min(1).max(86_400_000).default(3_600_000),
        /**
         * How long a worker owns the rows it claimed; a worker that dies mid-batch holds them
         * up for this long. Longer than any batch takes.
         */
        claimTtlSeconds: z.number().int().min(1).max(86_400).default(300),
        /**
         * After a model change, the share of products the new model must have embedded before
         * it replaces the old one in every list (1: all of them).
         */
        switchCoverage: z.number().min(0.5).max(1).default(1),
        /** Settings of the offline default provider ("universal-sentence-encoder"). */
        local: z
          .object({
            /**
             * Worker threads embedding at once, each with its own copy of the model (about
             * 150 MB); 0 embeds on the main thread. Default: one per core.
             */
            threads: z.number().int().min(0).max(64).optional(),
          })
          .strict()
          .prefault({}),
        huggingface: HuggingFaceEmbeddingOptionsSchema.optional(),
        openai: OpenAIEmbeddingOptionsSchema.optional(),
        /** Settings of the "onnx" provider; its defaults apply when it is chosen without them. */
        onnx: OnnxEmbeddingOptionsSchema.optional(),
      })
      .strict()
      .superRefine((embedding, context) => {
        // Each remote provider needs its own section (the model has no sensible default); the
        // others may stay, for quick switching. The local providers have defaults.
        const section = embedding.provider
        if ((section === "huggingface" || section === "openai") && !embedding[section]) {
          context.addIssue({
            code: "custom",
            path: [section],
            message: `required when provider is "${section}" (at least { model })`,
          })
        }
      })
      .prefault({}),
    productText: z
      .object({
        /** Product fields the embedded text is built from. */
        fields: z
          .array(z.enum(PRODUCT_TEXT_FIELDS))
          .min(1)
          .default([...PRODUCT_TEXT_FIELDS]),
        /** Longest embedded text, in characters. */
        maxLength: z.number().int().min(32).max(20000).default(1000),
      })
      .strict()
      .prefault({}),
    vectorIndex: z
      .object({
        /**
         * How stale the in-process index (and the ranking settings saved in the admin) may get
         * before a request refreshes them from Postgres.
         */
        refreshIntervalMs: z.number().int().min(0).max(3_600_000).default(2000),
      })
      .strict()
      .prefault({}),
    behaviour: z
      .object({
        /** How much each shopper event says, relative to a purchase (1). */
        eventWeights: z
          .object({
            purchase: eventWeight.default(1),
            add_to_cart: eventWeight.default(0.5),
            view: eventWeight.default(0.25),
            recommendation_click: eventWeight.default(0.25),
          })
          .strict()
          .prefault({}),
        /** Half-life of "trending" popularity, in days. */
        trendingHalfLifeDays: z.number().min(0.1).max(365).default(7),
        /** Relaxed "bought together": one shopper's purchases this many days apart. */
        boughtTogetherWindowDays: z.number().int().min(1).max(365).default(30),
        /** Fewest orders (or shoppers) behind a bought-together pair. */
        boughtTogetherMinSupport: z.number().int().min(1).max(1000).default(2),
        /** How stale the in-process behaviour model may get before a request checks for a newer one. */
        refreshIntervalMs: z.number().int().min(0).max(3_600_000).default(30_000),
      })
      .strict()
      .prefault({}),
    diversity: z
      .object({
        /**
         * Default variety of personalized lists, 0..1 (0: pure relevance). Measured on
         * amazon-beauty: 0.4 raises intra-list diversity by 18% for 2% NDCG@10.
         */
        personalized: shareOfScore.default(1 - DEFAULT_MMR_LAMBDA),
        /**
         * Default variety of "similar" and search lists. Lower: their candidates all resemble
         * one source, and on the demo catalog 0.4 pulled unrelated categories into the tail.
         */
        similar: shareOfScore.default(0.2),
        /** Most items of one category in a list (a product counts under its first category). */
        maxPerCategory: maxPerCategory.optional(),
      })
      .strict()
      .prefault({}),
    /** How each list blends its sources (see the engine's fusion and personalized rankers). */
    fusion: z
      .object({
        similar: z
          .object({
            /** Share of a "similar" score given to popularity. */
            popularity: shareOfScore.default(DEFAULT_SIMILAR_ITEMS_SETTINGS.popularityWeight),
            /** Shoppers behind a pair at which behaviour weighs as much as meaning. */
            evidenceHalfPoint: evidenceHalfPoint.default(
              DEFAULT_SIMILAR_ITEMS_SETTINGS.evidenceHalfPoint
            ),
          })
          .strict()
          .prefault({}),
        /** Weight of each source of personalized lists (0 turns one off). */
        personalized: z
          .object({
            semantic: blendWeight.default(DEFAULT_PERSONALIZED_SETTINGS.weights.semantic),
            collaborative: blendWeight.default(DEFAULT_PERSONALIZED_SETTINGS.weights.collaborative),
            sequential: blendWeight.default(DEFAULT_PERSONALIZED_SETTINGS.weights.sequential),
            popularity: blendWeight.default(DEFAULT_PERSONALIZED_SETTINGS.weights.popularity),
          })
          .strict()
          .prefault({}),
        /** Weight of the query, popularity and the shopper's taste in search. */
        search: z
          .object({
            query: blendWeight.default(DEFAULT_SEARCH_SETTINGS.weights.query),
            popularity: blendWeight.default(DEFAULT_SEARCH_SETTINGS.weights.popularity),
            profile: blendWeight.default(DEFAULT_SEARCH_SETTINGS.weights.profile),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    fallback: z
      .object({
        /**
         * Top short lists up: "similar" with the source's catalog neighbours, personalized with
         * trending (shoppers without history) and the newest products. Off: short lists stay short.
         */
        enabled: z.boolean().default(true),
        /** Weight of a shared category, the same collection and the same type in the top-up. */
        weights: z
          .object({
            category: shareOfScore.default(FALLBACK_WEIGHTS.category),
            collection: shareOfScore.default(FALLBACK_WEIGHTS.collection),
            type: shareOfScore.default(FALLBACK_WEIGHTS.type),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    filters: z
      .object({
        /**
         * Recommend only products a shopper can buy now: a variant with stock in the request's
         * sales channels, backorders allowed, or inventory not managed. `in_stock` overrides it.
         */
        inStockOnly: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    search: z
      .object({
        /**
         * Longest wait for the provider to embed a search query; past it, or when the provider
         * fails, search answers the shopper's own picks (trending for a new shopper), flagged.
         */
        queryTimeoutMs: z.number().int().min(100).max(60_000).default(3000),
      })
      .strict()
      .prefault({}),
    personalized: z
      .object({
        /** Leave products the shopper already bought out of their recommendations. */
        excludePurchased: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    rateLimit: z
      .object({
        /** The window the limits below count requests in, in milliseconds. */
        windowMs: z.number().int().min(1000).max(3_600_000).default(60_000),
        /** Event requests one shopper (customer or session) may send per window; 0: no limit. */
        eventsPerShopper: z.number().int().min(0).max(1_000_000).default(120),
        /** Event requests one IP address may send per window (many shoppers may share one). */
        eventsPerIp: z.number().int().min(0).max(1_000_000).default(600),
      })
      .strict()
      .prefault({}),
    attribution: z
      .object({
        /**
         * How long after a recommendation click an order of the clicked product still counts
         * as the recommendation's, in days.
         */
        windowDays: z.number().int().min(1).max(365).default(7),
      })
      .strict()
      .prefault({}),
    /** Injected by Medusa into every module's options (its database connection). */
    database: z.unknown().optional(),
  })
  .strict()

export type RecommendationOptions = z.output<typeof RecommendationOptionsSchema>
export type HuggingFaceEmbeddingOptions = z.output<typeof HuggingFaceEmbeddingOptionsSchema>
export type OpenAIEmbeddingOptions = z.output<typeof OpenAIEmbeddingOptionsSchema>
export type RecommendationPluginOptions = z.input<typeof RecommendationOptionsSchema>

/** Validates plugin options; bad values fail startup with every problem named. */
export function parseRecommendationOptions(options: unknown): RecommendationOptions {
  const result = RecommendationOptionsSchema.safeParse(options ?? {})
  if (result.success) return result.data
  const problems = result.error.issues
    .map((issue) => `${issue.path.join(".") || "(options)"}: ${issue.message}`)
    .join("; ")
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `medusa-plugin-recommendations: invalid plugin options: ${problems}`
  )
}
