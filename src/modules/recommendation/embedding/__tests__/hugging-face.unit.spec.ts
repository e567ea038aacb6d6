import { normalize } from "../../../../engine"
import {
  bagOfWordsVector,
  MockEmbeddingServer,
} from "../../../../../integration-tests/helpers/mock-embedding-server"
import { HuggingFaceEmbeddingOptionsSchema } from "../../options"
import { EmbeddingProviderError } from "../embedding-provider-error"
import { HuggingFaceEmbeddingProvider } from "../hugging-face"

const TEXTS = ["espresso cups, set of two", "gooseneck kettle for pour-over", "coffee scale"]

describe("HuggingFaceEmbeddingProvider against a feature-extraction endpoint", () => {
  let server: MockEmbeddingServer

  beforeEach(async () => {
    server = await new MockEmbeddingServer({ dimensions: 64 }).start()
  })
  afterEach(() => server.close())

  const provider = (options: Record<string, unknown> = {}) =>
    new HuggingFaceEmbeddingProvider(
      HuggingFaceEmbeddingOptionsSchema.parse({
        model: "sentence-transformers/all-MiniLM-L6-v2",
        endpointUrl: server.url,
        token: "hf_test",
        ...options,
      })
    )

  it("sends a batch in one request and answers unit sentence vectors in order", async () => {
    const hf = provider()
    expect(hf.id).toBe("huggingface:sentence-transformers/all-MiniLM-L6-v2")
    const vectors = await hf.embed(TEXTS)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toEqual(
      expect.objectContaining({
        path: "/",
        body: { inputs: TEXTS },
        authorization: "Bearer hf_test",
      })
    )
    expect(vectors).toEqual(TEXTS.map((text) => normalize(bagOfWordsVector(text, 64))))
    expect(hf.dimensions).toBe(64)
    expect(await hf.embed([])).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it("routes a Hub model through HF Inference Providers (hf-inference by default)", async () => {
    const realFetch = globalThis.fetch
    const urls: string[] = []
    // Offline: answer the Hub's provider mapping here and send the inference call to the mock.
    const spy = jest.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = String(input)
      urls.push(url)
      if (url.startsWith("https://huggingface.co/api/models/")) {
        const mapping = {
          providerId: "BAAI/bge-small-en-v1.5",
          status: "live",
          task: "feature-extraction",
        }
        return new Response(
          JSON.stringify({ inferenceProviderMapping: { "hf-inference": mapping } }),
          {
            headers: { "content-type": "application/json" },
          }
        )
      }
      return realFetch(`${server.url}${new URL(url).pathname}`, init)
    })
    try {
      const vectors = await provider({
        model: "BAAI/bge-small-en-v1.5",
        endpointUrl: undefined,
      }).embed(TEXTS)
      expect(vectors).toHaveLength(3)
    } finally {
      spy.mockRestore()
    }
    expect(urls).toEqual([
      "https://huggingface.co/api/models/BAAI/bge-small-en-v1.5?expand[]=inferenceProviderMapping",
      "https://router.huggingface.co/hf-inference/models/BAAI/bge-small-en-v1.5/pipeline/feature-extraction",
    ])
    expect(server.requests[0]).toEqual(
      expect.objectContaining({ body: { inputs: TEXTS }, authorization: "Bearer hf_test" })
    )
  })

  it("mean-pools and normalizes token vectors", async () => {
    server.settings.tokenVectors = true
    const vectors = await provider().embed(TEXTS)
    expect(server.requests).toHaveLength(1)
    vectors.forEach((vector, i) => {
      const expected = normalize(bagOfWordsVector(TEXTS[i], 64))
      expect(Array.from(vector)).toEqual(Array.from(expected).map((x) => expect.closeTo(x, 5)))
    })
  })

  it("reads the token from HF_TOKEN when the options have none", async () => {
    const previous = process.env.HF_TOKEN
    process.env.HF_TOKEN = "hf_from_env"
    try {
      await provider({ token: undefined }).embed(["kettle"])
    } finally {
      process.env.HF_TOKEN = previous
    }
    expect(server.requests[0].authorization).toBe("Bearer hf_from_env")
  })

  it("checks the vector length: configured, or learnt from the first answer", async () => {
    await expect(provider({ dimensions: 32 }).embed(TEXTS)).rejects.toThrow(
      /answered a vector of 64 dimensions, expected 32/
    )
    const hf = provider()
    await hf.embed(["kettle"])
    server.settings.dimensions = 48
    await expect(hf.embed(["kettle"])).rejects.toThrow(EmbeddingProviderError)
    await expect(hf.embed(["kettle"])).rejects.toThrow(/48 dimensions, expected 64/)
    // Asking again gets the same vectors: not something to wait out.
    await expect(hf.embed(["kettle"])).rejects.toEqual(
      expect.objectContaining({ transient: false })
    )
  })

  it.each([
    ["429", { status: 429, retryAfterMs: 7000, transient: true }],
    ["503", { status: 503, retryAfterMs: 12_500, transient: true }],
    ["500", { status: 500, retryAfterMs: undefined, transient: true }],
    ["400", { status: 400, retryAfterMs: undefined, transient: false }],
  ] as const)(
    "maps HTTP %s to a status, the wait the server asked for and whether to retry",
    async (fault, expected) => {
      Object.assign(server.settings, {
        faultRate: 1,
        faults: [fault],
        retryAfterSeconds: 7,
        estimatedTimeSeconds: 12.5,
      })
      const error = await provider()
        .embed(TEXTS)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EmbeddingProviderError)
      expect(error).toEqual(expect.objectContaining(expected))
      expect((error as Error).message).not.toContain("hf_test")
      // The client's own immediate retry of a 503 is off: our pipeline schedules the retry.
      expect(server.requests).toHaveLength(1)
    }
  )

  it("gives up on a request after timeoutMs", async () => {
    Object.assign(server.settings, { faultRate: 1, faults: ["hang"] })
    const startedAt = Date.now()
    await expect(provider({ timeoutMs: 200 }).embed(TEXTS)).rejects.toThrow(
      /huggingface:.* no answer within 200 ms/
    )
    expect(Date.now() - startedAt).toBeLessThan(2000)
  })

  it("counts a timeout or a server that does not answer as the provider being unavailable", async () => {
    Object.assign(server.settings, { faultRate: 1, faults: ["hang"] })
    const timedOut = await provider({ timeoutMs: 200 })
      .embed(TEXTS)
      .catch((e: unknown) => e)
    expect(timedOut).toEqual(expect.objectContaining({ transient: true }))
    await server.close()
    const refused = await provider()
      .embed(TEXTS)
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(EmbeddingProviderError)
    expect(refused).toEqual(expect.objectContaining({ status: undefined, transient: true }))
  })
})
