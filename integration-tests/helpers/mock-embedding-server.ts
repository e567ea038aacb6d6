import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/** Faults picked from by default: an unavailable provider, which retries get over. */
export const FAULTS = ["429", "500", "503", "hang"] as const
/** ...and a rejected request ("400"), which no retry fixes. */
export type Fault = (typeof FAULTS)[number] | "400"

export type MockEmbeddingServerSettings = {
  /** Length of the vectors it answers. */
  dimensions: number
  /** Share of requests answered with a fault, 0..1. */
  faultRate: number
  /** Faults to pick from, uniformly. */
  faults: readonly Fault[]
  /** `Retry-After` of a 429, in seconds. */
  retryAfterSeconds: number
  /** `estimated_time` of a 503 (model loading), in seconds. */
  estimatedTimeSeconds: number
  /** Hugging Face route: answer token vectors ([tokens][dims] per input) instead of sentence vectors. */
  tokenVectors: boolean
}

export type RecordedRequest = {
  /** When it arrived (ms since the epoch). */
  at: number
  path: string
  body: unknown
  /** The texts it asked for (none when malformed). */
  texts: string[]
  authorization: string | undefined
  fault: Fault | null
}

/**
 * A local embedding server for tests, speaking two wire formats:
 * - `POST /v1/embeddings` (OpenAI): `{ model, input, dimensions? }` -> `{ data: [{ index, embedding }] }`,
 *   answered in reverse order so that clients must sort by `index`;
 * - any other `POST` (Hugging Face feature extraction, as `@huggingface/inference` calls an
 *   `endpointUrl`, and TEI's `/embed`): `{ inputs }` -> one vector, or token vectors, per input.
 * Vectors are hashed bags of words, so texts sharing words get similar vectors. A seeded share of
 * requests fails (429 with Retry-After, 500, 503 with estimated_time, or no answer at all).
 */
export class MockEmbeddingServer {
  readonly settings: MockEmbeddingServerSettings
  readonly requests: RecordedRequest[] = []
  /** Successful answers per text: a text embedded twice shows up here as 2. */
  readonly successesByText = new Map<string, number>()
  private readonly server_ = createServer((request, response) => {
    void this.handle_(request, response)
  })
  private random_: () => number
  private url_ = ""
  // While set, answers wait for it: a test can catch a client mid-request.
  private gate_: { opened: Promise<void>; open: () => void } | undefined
  private readonly held_ = new Set<ServerResponse>()

  constructor(settings: Partial<MockEmbeddingServerSettings> = {}, seed = 1) {
    this.settings = {
      dimensions: 64,
      faultRate: 0,
      faults: FAULTS,
      retryAfterSeconds: 1,
      estimatedTimeSeconds: 0.2,
      tokenVectors: false,
      ...settings,
    }
    this.random_ = mulberry32(seed)
  }

  get url(): string {
    return this.url_
  }

  /** Requests waiting for `release()` whose client is still connected. */
  get heldRequests(): number {
    return this.held_.size
  }

  /** Holds every answer from now on until `release()`. */
  hold(): void {
    let open = () => {}
    const opened = new Promise<void>((resolve) => (open = resolve))
    this.gate_ ??= { opened, open }
  }

  /** Answers the held requests whose client is still there; the others are dropped, uncounted. */
  release(): void {
    this.gate_?.open()
    this.gate_ = undefined
  }

  faultCount(fault: Fault): number {
    return this.requests.filter((request) => request.fault === fault).length
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server_.listen(0, "127.0.0.1", resolve))
    const { port } = this.server_.address() as AddressInfo
    this.url_ = `http://127.0.0.1:${port}`
    return this
  }

  /** Stops listening and drops the requests left hanging. */
  async close(): Promise<void> {
    this.release()
    this.server_.closeAllConnections()
    await new Promise<void>((resolve) => this.server_.close(() => resolve()))
  }

  private async handle_(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null")
    const path = request.url ?? "/"
    const openai = path.endsWith("/embeddings")
    const texts = inputTexts(openai ? field(body, "input") : field(body, "inputs"))
    const fault =
      this.random_() < this.settings.faultRate
        ? this.settings.faults[Math.floor(this.random_() * this.settings.faults.length)]
        : null
    this.requests.push({
      at: Date.now(),
      path,
      body,
      texts: texts ?? [],
      authorization: request.headers.authorization,
      fault,
    })

    if (fault === "hang") return
    if (fault === "429") {
      return sendJson(
        response,
        429,
        { error: "Rate limit reached" },
        {
          "retry-after": String(this.settings.retryAfterSeconds),
        }
      )
    }
    if (fault === "400") return sendJson(response, 400, { error: "Input validation error" })
    if (fault === "500") return sendJson(response, 500, { error: "Internal error" })
    if (fault === "503") {
      return sendJson(response, 503, {
        error: "Model is currently loading",
        estimated_time: this.settings.estimatedTimeSeconds,
      })
    }

    if (!texts) return sendJson(response, 422, { error: "inputs must be a string or a list" })
    if (this.gate_) {
      const { opened } = this.gate_
      this.held_.add(response)
      response.on("close", () => this.held_.delete(response))
      await opened
      if (!this.held_.delete(response)) return
    }
    const dimensions = Number(field(body, "dimensions") ?? this.settings.dimensions)
    for (const text of texts) {
      this.successesByText.set(text, (this.successesByText.get(text) ?? 0) + 1)
    }
    if (openai) {
      const data = texts.map((text, index) => ({
        object: "embedding",
        index,
        embedding: Array.from(bagOfWordsVector(text, dimensions)),
      }))
      return sendJson(response, 200, {
        object: "list",
        data: data.reverse(),
        model: field(body, "model"),
        usage: { prompt_tokens: 0, total_tokens: 0 },
      })
    }
    return sendJson(
      response,
      200,
      texts.map((text) =>
        this.settings.tokenVectors
          ? words(text).map((word) => Array.from(bagOfWordsVector(word, dimensions)))
          : Array.from(bagOfWordsVector(text, dimensions))
      )
    )
  }
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null && name in body
    ? (body as Record<string, unknown>)[name]
    : undefined
}

function inputTexts(input: unknown): string[] | null {
  if (typeof input === "string") return [input]
  if (Array.isArray(input) && input.every((text) => typeof text === "string")) return input
  return null
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers })
  response.end(JSON.stringify(body))
}

export function words(text: string): string[] {
  const found = text.toLowerCase().match(/[a-z0-9]+/g)
  return found?.length ? found : ["<empty>"]
}

/** Each word adds ±1 at two hashed positions: texts sharing words point the same way. */
export function bagOfWordsVector(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions)
  for (const word of words(text)) {
    for (const salt of ["a", "b"]) {
      const hash = fnv1a(`${salt}:${word}`)
      vector[hash % dimensions] += hash & 0x8000_0000 ? -1 : 1
    }
  }
  return vector
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
