import { normalize } from "../../../../engine"
import {
  bagOfWordsVector,
  MockEmbeddingServer,
} from "../../../../../integration-tests/helpers/mock-embedding-server"
import { OpenAIEmbeddingOptionsSchema } from "../../options"
import { EmbeddingProviderError } from "../embedding-provider-error"
import { OpenAICompatibleEmbeddingProvider } from "../openai-compatible"

const TEXTS = ["espresso cups, set of two", "gooseneck kettle for pour-over", "coffee scale"]

describe("OpenAICompatibleEmbeddingProvider against POST /v1/embeddings", () => {
  let server: MockEmbeddingServer

  beforeEach(async () => {
    server = await new MockEmbeddingServer({ dimensions: 64 }).start()
  })
  afterEach(() => server.close())

  const provider = (options: Record<string, unknown> = {}) =>
    new OpenAICompatibleEmbeddingProvider(
      OpenAIEmbeddingOptionsSchema.parse({
        model: "nomic-embed-text",
        baseURL: `${server.url}/v1`,
        apiKey: "sk-test",
        ...options,
      })
    )

  it("sends a batch in one request and orders the answer by index", async () => {
    const openai = provider()
    expect(openai.id).toBe("openai:nomic-embed-text")
    const vectors = await openai.embed(TEXTS)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toEqual(
      expect.objectContaining({
        path: "/v1/embeddings",
        body: { model: "nomic-embed-text", input: TEXTS, encoding_format: "float" },
        authorization: "Bearer sk-test",
      })
    )
    // The server answers in reverse order.
    expect(vectors).toEqual(TEXTS.map((text) => normalize(bagOfWordsVector(text, 64))))
    expect(openai.dimensions).toBe(64)
  })

  it("asks for shorter vectors when dimensions is set, and names them apart", async () => {
    const openai = provider({ dimensions: 32 })
    expect(openai.id).toBe("openai:nomic-embed-text@32")
    const [vector] = await openai.embed(["kettle"])
    expect(server.requests[0].body).toEqual(expect.objectContaining({ dimensions: 32 }))
    expect(vector).toHaveLength(32)
  })

  it("takes the key from OPENAI_API_KEY, and needs one only for api.openai.com", async () => {
    const previous = process.env.OPENAI_API_KEY
    process.env.OPENAI_API_KEY = "sk-from-env"
    try {
      await provider({ apiKey: undefined }).embed(["kettle"])
      delete process.env.OPENAI_API_KEY
      await provider({ apiKey: undefined }).embed(["kettle"])
      expect(() => provider({ apiKey: undefined, baseURL: undefined })).toThrow(
        /apiKey or OPENAI_API_KEY is required/
      )
    } finally {
      process.env.OPENAI_API_KEY = previous
    }
    expect(server.requests.map((request) => request.authorization)).toEqual([
      "Bearer sk-from-env",
      "Bearer unused",
    ])
  })

  it("rejects an answer whose vector length changed", async () => {
    const openai = provider()
    await openai.embed(["kettle"])
    server.settings.dimensions = 48
    await expect(openai.embed(["kettle"])).rejects.toThrow(/48 dimensions, expected 64/)
    // Asking again gets the same vectors: not something to wait out.
    await expect(openai.embed(["kettle"])).rejects.toEqual(
      expect.objectContaining({ transient: false })
    )
  })

  it.each([
    ["429", { status: 429, retryAfterMs: 7000, transient: true }],
    ["503", { status: 503, retryAfterMs: undefined, transient: true }],
    ["500", { status: 500, retryAfterMs: undefined, transient: true }],
    ["400", { status: 400, retryAfterMs: undefined, transient: false }],
  ] as const)(
    "maps HTTP %s to a status, the wait the server asked for and whether to retry",
    async (fault, expected) => {
      Object.assign(server.settings, { faultRate: 1, faults: [fault], retryAfterSeconds: 7 })
      const error = await provider()
        .embed(TEXTS)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EmbeddingProviderError)
      expect(error).toEqual(expect.objectContaining(expected))
      expect((error as Error).message).not.toContain("sk-test")
      // maxRetries 0: the client never retries behind the pipeline's back.
      expect(server.requests).toHaveLength(1)
    }
  )

  it("gives up on a request after timeoutMs", async () => {
    Object.assign(server.settings, { faultRate: 1, faults: ["hang"] })
    const startedAt = Date.now()
    await expect(provider({ timeoutMs: 200 }).embed(TEXTS)).rejects.toThrow(
      /openai:nomic-embed-text: no answer within 200 ms/
    )
    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(server.requests).toHaveLength(1)
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
