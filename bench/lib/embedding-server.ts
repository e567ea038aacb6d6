import http from "node:http"
import type { AddressInfo } from "node:net"
import { HashedWordEmbedder } from "./synthetic-catalog"

/** The model name the plugin's `openai` provider is configured with (model id `openai:<it>`). */
export const BENCH_EMBEDDING_MODEL = "hashed-word-512"

export type EmbeddingServer = { baseURL: string; requests: () => number; close(): Promise<void> }

/**
 * A local server speaking OpenAI's `POST /v1/embeddings` with HashedWordEmbedder vectors, so the
 * benchmarked Medusa embeds search queries with the same stand-in model as the seeded catalog.
 */
export async function startEmbeddingServer(): Promise<EmbeddingServer> {
  const embedder = new HashedWordEmbedder()
  let requests = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      requests++
      if (req.method !== "POST" || !req.url?.endsWith("/embeddings")) {
        res.writeHead(404).end()
        return
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        input: string | string[]
      }
      const inputs = Array.isArray(body.input) ? body.input : [body.input]
      const data = inputs.map((text, index) => ({
        object: "embedding",
        index,
        embedding: Array.from(embedder.embed(text)),
      }))
      res.writeHead(200, { "content-type": "application/json" })
      res.end(
        JSON.stringify({
          object: "list",
          data,
          model: BENCH_EMBEDDING_MODEL,
          usage: { prompt_tokens: 0, total_tokens: 0 },
        })
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
