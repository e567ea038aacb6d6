import { PRODUCT_TEXT_FIELDS } from "../../../engine"
import { parseRecommendationOptions } from "../options"

describe("parseRecommendationOptions", () => {
  it("fills every default from an empty object", () => {
    expect(parseRecommendationOptions(undefined)).toEqual({
      embedding: { provider: "universal-sentence-encoder", batchSize: 32, maxAttempts: 5 },
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
      personalized: { excludePurchased: true },
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
