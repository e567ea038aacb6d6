import { PRODUCT_TEXT_FIELDS } from "../../../engine"
import { parseRecommendationOptions } from "../options"

describe("parseRecommendationOptions", () => {
  it("fills every default from an empty object", () => {
    expect(parseRecommendationOptions(undefined)).toEqual({
      embedding: {
        provider: "universal-sentence-encoder",
        batchSize: 32,
        maxAttempts: 5,
        retryBaseMs: 5000,
        retryMaxMs: 3_600_000,
        claimTtlSeconds: 300,
        switchCoverage: 1,
        local: {},
      },
      productText: {
        fields: [...PRODUCT_TEXT_FIELDS],
        maxLength: 1000,
      },
      vectorIndex: { refreshIntervalMs: 2000 },
      behaviour: {
        eventWeights: { purchase: 1, add_to_cart: 0.5, view: 0.25, recommendation_click: 0.25 },
        trendingHalfLifeDays: 7,
        boughtTogetherWindowDays: 30,
        boughtTogetherMinSupport: 2,
        refreshIntervalMs: 30_000,
      },
      diversity: { personalized: 0.4, similar: 0.2 },
      fusion: {
        similar: { popularity: 0.05, evidenceHalfPoint: 5 },
        personalized: { semantic: 0.75, collaborative: 1, sequential: 1, popularity: 0.2 },
        search: { query: 1, popularity: 0.1, profile: 0.2 },
      },
      fallback: { enabled: true, weights: { category: 0.6, collection: 0.25, type: 0.15 } },
      filters: { inStockOnly: false },
      rateLimit: { windowMs: 60_000, eventsPerShopper: 120, eventsPerIp: 600 },
      search: { queryTimeoutMs: 3000 },
      personalized: { excludePurchased: true },
      attribution: { windowDays: 7 },
    })
  })

  it("keeps given values and tolerates the database key Medusa injects", () => {
    const options = parseRecommendationOptions({
      embedding: { batchSize: 8 },
      productText: { fields: ["title", "categories"] },
      database: { clientUrl: "postgres://" },
    })
    expect(options.embedding.batchSize).toBe(8)
    expect(options.embedding.maxAttempts).toBe(5)
    expect(options.productText.fields).toEqual(["title", "categories"])
  })

  it("takes the attribution window in whole days, 1 to 365", () => {
    expect(parseRecommendationOptions({ attribution: { windowDays: 30 } }).attribution).toEqual({
      windowDays: 30,
    })
    for (const windowDays of [0, 1.5, 366]) {
      expect(() => parseRecommendationOptions({ attribution: { windowDays } })).toThrow(
        /attribution\.windowDays/
      )
    }
  })

  it("takes 0 to 64 embedding worker threads, one per core when not given", () => {
    expect(
      parseRecommendationOptions({ embedding: { local: { threads: 0 } } }).embedding.local
    ).toEqual({ threads: 0 })
    for (const threads of [-1, 1.5, 65]) {
      expect(() => parseRecommendationOptions({ embedding: { local: { threads } } })).toThrow(
        /embedding\.local\.threads/
      )
    }
  })

  it("names every bad value in one message", () => {
    expect(() =>
      parseRecommendationOptions({
        embedding: { batchSize: 0, provider: "nope" },
        productText: { fields: ["title", "colour"] },
        embeding: {},
      })
    ).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /invalid plugin options: .*embedding\.provider.*embedding\.batchSize.*productText\.fields\.1.*embeding/
        ),
      })
    )
  })

  it("takes each remote provider's settings from its own section, with defaults", () => {
    const huggingface = parseRecommendationOptions({
      embedding: {
        provider: "huggingface",
        huggingface: { model: "BAAI/bge-small-en-v1.5", endpointUrl: "http://tei:8080" },
        // An unused section may stay, so that switching provider is one key.
        openai: { model: "text-embedding-3-small" },
      },
    }).embedding
    expect(huggingface.huggingface).toEqual({
      model: "BAAI/bge-small-en-v1.5",
      endpointUrl: "http://tei:8080",
      timeoutMs: 30_000,
    })
    const openai = parseRecommendationOptions({
      embedding: { provider: "openai", openai: { model: "nomic-embed-text", dimensions: 256 } },
    }).embedding
    expect(openai.openai).toEqual({
      model: "nomic-embed-text",
      baseURL: "https://api.openai.com/v1",
      dimensions: 256,
      timeoutMs: 30_000,
    })
  })

  it("rejects a remote provider without its section, typos in it and contradictions", () => {
    expect(() => parseRecommendationOptions({ embedding: { provider: "openai" } })).toThrow(
      /embedding\.openai: required when provider is "openai"/
    )
    expect(() =>
      parseRecommendationOptions({
        embedding: {
          provider: "huggingface",
          huggingface: { model: "m", endpointURL: "http://tei", timeoutMs: 10 },
        },
      })
    ).toThrow(
      /embedding\.huggingface\.timeoutMs.*embedding\.huggingface: Unrecognized key: "endpointURL"/
    )
    expect(() =>
      parseRecommendationOptions({
        embedding: {
          provider: "huggingface",
          huggingface: { model: "m", endpointUrl: "http://tei", provider: "hf-inference" },
        },
      })
    ).toThrow(/embedding\.huggingface\.provider: give either endpointUrl or provider/)
    expect(() =>
      parseRecommendationOptions({
        embedding: { provider: "openai", openai: { model: "m", baseURL: "not a url" } },
      })
    ).toThrow(/embedding\.openai\.baseURL/)
  })

  it("never puts a token in its messages", () => {
    expect(() =>
      parseRecommendationOptions({
        embedding: { provider: "huggingface", huggingface: { model: "", token: "hf_secret" } },
      })
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining("hf_secret") }))
  })

  it("fills the onnx provider's defaults and rejects its bad values by path", () => {
    const options = parseRecommendationOptions({ embedding: { provider: "onnx", onnx: {} } })
    expect(options.embedding.onnx).toEqual({
      model: "Xenova/all-MiniLM-L6-v2",
      cacheDir: ".cache/transformers",
      allowRemoteModels: false,
      pooling: "mean",
      dtype: "fp32",
    })
    expect(() =>
      parseRecommendationOptions({
        embedding: {
          provider: "onnx",
          onnx: { model: "../etc", pooling: "max", dtype: "fp64", modelPath: "/x" },
        },
      })
    ).toThrow(
      /embedding\.onnx\.model: .*embedding\.onnx\.pooling: .*embedding\.onnx\.dtype: .*embedding\.onnx: Unrecognized key: "modelPath"/
    )
  })
})
