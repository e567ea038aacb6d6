import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { decodeVector, encodeVector, hashText } from "../../../engine"
import { RECOMMENDATION_MODULE } from ".."
import { UniversalSentenceEncoderProvider } from "../embedding/universal-sentence-encoder"
import ProductEmbedding from "../models/product-embedding"
import type RecommendationModuleService from "../service"

jest.setTimeout(60_000)

const DIMENSIONS = 512

function vectorFor(seed: number): Float32Array {
  return Float32Array.from(
    { length: DIMENSIONS },
    (_, i) => Math.sin(seed * 1000 + i * 0.37) + 0.01 * seed
  )
}

type RawRow = {
  product_id: string
  status: string
  attempts: number
  last_error: string | null
  next_attempt_at: Date | string | null
  vector: Buffer | null
  text_hash: string | null
}

moduleIntegrationTestRunner<RecommendationModuleService>({
  moduleName: RECOMMENDATION_MODULE,
  moduleModels: [ProductEmbedding],
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  moduleOptions: {
    vectorIndex: { refreshIntervalMs: 0 },
    embedding: { maxAttempts: 2, local: { threads: 2 } },
  },
  testSuite: ({ service, MikroOrmWrapper, medusaApp }) => {
    const rows = async (): Promise<RawRow[]> =>
      MikroOrmWrapper.getManager().execute(
        "SELECT * FROM product_embedding WHERE deleted_at IS NULL ORDER BY product_id"
      )

    const embed = async (productIds: string[], seed = 1) => {
      const claim = await service.claimPendingEmbeddings(100)
      await service.saveEmbeddings(
        claim.token,
        productIds.map((product_id, i) => ({
          product_id,
          text_hash: `hash-${product_id}`,
          vector: vectorFor(seed + i),
        }))
      )
      return claim
    }

    it("queues products as pending, once per product, and can undo it", async () => {
      const first = await service.markProductsPending(["p1", "p2", "p1"])
      expect(first).toEqual([
        { product_id: "p1", previous: null },
        { product_id: "p2", previous: null },
      ])
      await embed(["p1", "p2"])
      const again = await service.markProductsPending(["p1"])
      expect(again).toEqual([{ product_id: "p1", previous: { status: "ready", attempts: 0 } }])
      expect((await rows()).map((r) => [r.product_id, r.status])).toEqual([
        ["p1", "pending"],
        ["p2", "ready"],
      ])

      await service.restoreEmbeddingStates([...again, { product_id: "p3", previous: null }])
      expect((await rows()).map((r) => r.status)).toEqual(["ready", "ready"])
      await service.markProductsPending(["p3"])
      await service.restoreEmbeddingStates([{ product_id: "p3", previous: null }])
      expect(await service.countEmbeddingsByStatus()).toEqual({
        pending: 0,
        ready: 2,
        failed: 0,
        total: 2,
      })
    })

    it("stores vectors as raw float32 that round-trip exactly", async () => {
      await service.markProductsPending(["p1"])
      await embed(["p1"], 42)
      const [row] = await rows()
      expect(row.vector?.byteLength).toBe(DIMENSIONS * 4)
      expect(decodeVector(row.vector as Buffer)).toEqual(vectorFor(42))
      expect(row).toEqual(expect.objectContaining({ status: "ready", text_hash: "hash-p1" }))
    })

    it("hands each pending row to one claimant only, up to the limit", async () => {
      const ids = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, "0")}`)
      await service.markProductsPending(ids)
      const claims = await Promise.all([1, 2, 3, 4].map(() => service.claimPendingEmbeddings(10)))
      const claimed = claims.flatMap((claim) => claim.rows.map((row) => row.product_id))
      expect(claims.every((claim) => claim.rows.length <= 10)).toBe(true)
      expect(claimed.sort()).toEqual(ids)
      expect((await service.claimPendingEmbeddings(10)).rows).toEqual([])
    })

    it("gives a claim back on release and after it expires", async () => {
      await service.markProductsPending(["p1", "p2"])
      const claim = await service.claimPendingEmbeddings(1)
      await service.releaseEmbeddingClaim(claim.token)
      expect((await service.claimPendingEmbeddings(10)).rows).toHaveLength(2)

      await MikroOrmWrapper.getManager().execute(
        "UPDATE product_embedding SET claimed_until = now() - interval '1 second'"
      )
      expect((await service.claimPendingEmbeddings(10)).rows).toHaveLength(2)
    })

    it("keeps a row pending when its product changed while it was being embedded", async () => {
      await service.markProductsPending(["p1"])
      const claim = await service.claimPendingEmbeddings(10)
      await service.markProductsPending(["p1"])
      await service.saveEmbeddings(claim.token, [
        { product_id: "p1", text_hash: "stale", vector: vectorFor(1) },
      ])
      const [row] = await rows()
      expect(row.status).toBe("pending")
      expect(row.vector).toBeNull()
      expect((await service.claimPendingEmbeddings(10)).rows).toHaveLength(1)
    })

    it("marks an unchanged text ready without touching its vector", async () => {
      await service.markProductsPending(["p1"])
      await embed(["p1"], 5)
      await service.markProductsPending(["p1"])
      const claim = await service.claimPendingEmbeddings(10)
      expect(claim.rows).toEqual([
        {
          product_id: "p1",
          text_hash: "hash-p1",
          model_id: "universal-sentence-encoder-lite",
          has_vector: true,
        },
      ])
      await service.saveEmbeddings(claim.token, [{ product_id: "p1", text_hash: "hash-p1" }])
      const [row] = await rows()
      expect(row.status).toBe("ready")
      expect(decodeVector(row.vector as Buffer)).toEqual(vectorFor(5))
    })

    it("embeds claimed texts on the local model's worker threads, ended at shutdown", async () => {
      const texts = [
        "Merino Wool Running Socks. Brand: Trailhead. Categories: Running & Fitness, Socks",
        "Ceramic Pour-Over Coffee Dripper. Brand: Kettle & Co. Categories: Coffee & Tea",
        "Cast Iron Skillet 26 cm. Brand: Hearth. Categories: Kitchen & Cookware, Pans",
      ].map((text, i) => ({ product_id: `p${i + 1}`, text, text_hash: hashText(text) }))
      await service.markProductsPending(texts.map((text) => text.product_id))
      const claim = await service.claimPendingEmbeddings(10)
      expect(await service.embedClaimedTexts(claim.token, claim.rows, texts)).toEqual({
        embedded: 3,
        unchanged: 0,
        failed: 0,
      })

      // One batch, split into two chunks (two texts, one text): the vectors the main thread
      // makes of the same chunks, bit for bit.
      const mainThread = new UniversalSentenceEncoderProvider({ threads: 0 })
      const strings = texts.map((text) => text.text)
      const expected = [
        ...(await mainThread.embed(strings.slice(0, 2))),
        ...(await mainThread.embed(strings.slice(2))),
      ]
      const stored = (await rows()).map((row) => Buffer.from(row.vector as Buffer))
      expect(stored).toEqual(expected.map((vector) => Buffer.from(vector.buffer)))

      // The service's own provider, read from outside: its pool has no public face.
      const { embeddingProvider_: provider } = service as unknown as {
        embeddingProvider_: UniversalSentenceEncoderProvider
      }
      expect(provider.pool?.workers).toEqual([
        expect.objectContaining({ chunksDone: 1 }),
        expect.objectContaining({ chunksDone: 1 }),
      ])
      await medusaApp.onApplicationShutdown()
      expect(provider.pool?.workers).toEqual([])
    })

    it("retries failures with backoff, then marks those the provider rejects failed", async () => {
      await service.markProductsPending(["p1"])
      let claim = await service.claimPendingEmbeddings(10)
      await service.recordEmbeddingFailure(claim.token, ["p1"], { message: "HTTP 400: bad input" })
      let [row] = await rows()
      expect(row).toEqual(
        expect.objectContaining({
          status: "pending",
          attempts: 1,
          last_error: "HTTP 400: bad input",
        })
      )
      expect(new Date(row.next_attempt_at as Date).getTime()).toBeGreaterThan(Date.now())
      // Not due yet: nothing to claim.
      expect((await service.claimPendingEmbeddings(10)).rows).toEqual([])

      await MikroOrmWrapper.getManager().execute(
        "UPDATE product_embedding SET next_attempt_at = now()"
      )
      claim = await service.claimPendingEmbeddings(10)
      await service.recordEmbeddingFailure(claim.token, ["p1"], { message: "still bad" })
      ;[row] = await rows()
      expect(row).toEqual(
        expect.objectContaining({ status: "failed", attempts: 2, last_error: "still bad" })
      )
      expect(await service.countEmbeddingsByStatus(["p1"])).toEqual({
        pending: 0,
        ready: 0,
        failed: 1,
        total: 1,
      })
    })

    it("keeps retrying while the provider is unavailable, however long it lasts", async () => {
      await service.markProductsPending(["p1"])
      for (let attempt = 1; attempt <= 4; attempt++) {
        const claim = await service.claimPendingEmbeddings(10)
        expect(claim.rows.map((row) => row.product_id)).toEqual(["p1"])
        await service.recordEmbeddingFailure(claim.token, ["p1"], {
          message: "HTTP 503: Service Unavailable",
          transient: true,
        })
        await MikroOrmWrapper.getManager().execute(
          "UPDATE product_embedding SET next_attempt_at = now()"
        )
      }
      // Past maxAttempts (2), still queued.
      expect((await rows())[0]).toEqual(expect.objectContaining({ status: "pending", attempts: 4 }))
      // Weeks of hourly retries: the backoff stays at its cap instead of overflowing.
      await MikroOrmWrapper.getManager().execute("UPDATE product_embedding SET attempts = 5000")
      const claim = await service.claimPendingEmbeddings(10)
      const startedAt = Date.now()
      await service.recordEmbeddingFailure(claim.token, ["p1"], {
        message: "fetch failed",
        transient: true,
      })
      const [row] = await rows()
      expect(row.status).toBe("pending")
      const waitSeconds = (new Date(row.next_attempt_at as Date).getTime() - startedAt) / 1000
      expect(waitSeconds).toBeGreaterThan(1799)
      expect(waitSeconds).toBeLessThan(3601)
    })

    it("waits at least as long as the server asked before retrying, up to an hour", async () => {
      await service.markProductsPending(["p1", "p2", "p3"])
      const claim = await service.claimPendingEmbeddings(10)
      const startedAt = Date.now()
      await service.recordEmbeddingFailure(claim.token, ["p1"], {
        message: "HTTP 429",
        retryAfterMs: 120_000,
      })
      await service.recordEmbeddingFailure(claim.token, ["p2"], {
        message: "HTTP 429",
        retryAfterMs: 10 * 86_400_000,
      })
      await service.recordEmbeddingFailure(claim.token, ["p3"], { message: "HTTP 500" })
      const waits = Object.fromEntries(
        (await rows()).map((row) => [
          row.product_id,
          (new Date(row.next_attempt_at as Date).getTime() - startedAt) / 1000,
        ])
      )
      expect(waits.p1).toBeGreaterThanOrEqual(119)
      expect(waits.p1).toBeLessThan(125)
      expect(waits.p2).toBeGreaterThan(3590)
      expect(waits.p2).toBeLessThan(3610)
      // No wait asked: the first backoff, 5 s with jitter (half to full).
      expect(waits.p3).toBeGreaterThan(2)
      expect(waits.p3).toBeLessThan(10)
    })

    it("keeps the attempts an embedding took visible once it succeeds", async () => {
      await service.markProductsPending(["p1", "p2"])
      const first = await service.claimPendingEmbeddings(10)
      await service.recordEmbeddingFailure(first.token, ["p1"], { message: "HTTP 503" })
      await service.saveEmbeddings(first.token, [
        { product_id: "p2", text_hash: "b", vector: vectorFor(2) },
      ])
      await MikroOrmWrapper.getManager().execute(
        "UPDATE product_embedding SET next_attempt_at = now()"
      )
      const retry = await service.claimPendingEmbeddings(10)
      expect(retry.rows.map((row) => row.product_id)).toEqual(["p1"])
      await service.saveEmbeddings(retry.token, [
        { product_id: "p1", text_hash: "a", vector: vectorFor(1) },
      ])
      const status = await service.getEmbeddingPipelineStatus(2)
      expect(status.counts).toEqual(expect.objectContaining({ ready: 2 }))
      expect(status.retries).toEqual({ products: 1, attempts: 1 })
      expect(status.failures).toEqual([])
      // Queued again (the product changed): a new embedding, a new count.
      await service.markProductsPending(["p1"])
      expect((await service.getEmbeddingPipelineStatus(2)).retries).toEqual({
        products: 0,
        attempts: 0,
      })
    })

    it("serves similar products from the index and follows updates and deletions", async () => {
      await service.markProductsPending(["a", "b", "c"])
      const claim = await service.claimPendingEmbeddings(10)
      const base = vectorFor(1)
      const near = base.map((v, i) => v + (i === 0 ? 0.05 : 0))
      const far = vectorFor(9)
      await service.saveEmbeddings(claim.token, [
        { product_id: "a", text_hash: "a", vector: base },
        { product_id: "b", text_hash: "b", vector: near },
        { product_id: "c", text_hash: "c", vector: far },
      ])
      let result = await service.searchSimilarProducts("a", { limit: 5 })
      expect(result.embedded).toBe(true)
      expect(result.hits.map((hit) => hit.id)).toEqual(["b", "c"])
      expect(result.hits[0].similarity).toBeGreaterThan(0.99)

      const removed = await service.removeEmbeddingsOfProducts(["b"])
      result = await service.searchSimilarProducts("a", { limit: 5 })
      expect(result.hits.map((hit) => hit.id)).toEqual(["c"])
      expect(await service.searchSimilarProducts("b", { limit: 5 })).toEqual({
        embedded: false,
        hits: [],
      })

      await service.restoreEmbeddingsOfProducts(removed)
      result = await service.searchSimilarProducts("a", { limit: 5 })
      expect(result.hits.map((hit) => hit.id)).toEqual(["b", "c"])
      expect(await service.refreshVectorIndex()).toEqual(expect.objectContaining({ size: 3 }))
    })

    it("queues another model's products for the configured one, serving the other until covered", async () => {
      // What a previous deployment with another model (8 dimensions) left behind.
      const oldVector = (seed: number) => encodeVector(vectorFor(seed).slice(0, 8))
      for (const [product_id, seed] of [
        ["a", 1],
        ["b", 2],
      ] as const) {
        await MikroOrmWrapper.getManager().execute(
          `INSERT INTO product_embedding (id, product_id, model_id, status, vector, dimensions)
           VALUES (?, ?, 'old-model', 'ready', ?, 8)`,
          [`pemb_old_${product_id}`, product_id, Buffer.from(oldVector(seed))]
        )
      }
      expect(await service.getServingModel()).toBe("old-model")
      expect((await service.searchSimilarProducts("a", { limit: 5 })).hits).toEqual([
        { id: "b", similarity: expect.any(Number) },
      ])

      expect(await service.listProductsMissingTargetEmbedding()).toEqual(["a", "b"])
      await service.markProductsPending(["a", "b"])
      expect(await service.listProductsMissingTargetEmbedding()).toEqual([])
      // Half covered: the old model keeps serving and keeps its rows.
      const claim = await service.claimPendingEmbeddings(1)
      await service.saveEmbeddings(claim.token, [
        { product_id: claim.rows[0].product_id, text_hash: "h", vector: vectorFor(3) },
      ])
      expect(await service.retireReplacedEmbeddings()).toEqual([])
      expect(await service.getServingModel()).toBe("old-model")

      await embed(claim.rows[0].product_id === "a" ? ["b"] : ["a"], 4)
      expect(await service.getServingModel()).toBe("universal-sentence-encoder-lite")
      expect((await service.searchSimilarProducts("a", { limit: 5 })).hits).toHaveLength(1)
      expect(service.getOptions().embedding.switchCoverage).toBe(1)
      expect((await service.retireReplacedEmbeddings()).sort()).toEqual([
        "pemb_old_a",
        "pemb_old_b",
      ])
      expect((await rows()).map((row) => row.product_id)).toEqual(["a", "b"])
      expect((await service.readModelCounts()).models).toEqual([
        expect.objectContaining({ model_id: "universal-sentence-encoder-lite", ready: 2 }),
      ])
    })

    it("stores one settings row, serves it at once and restores what a save replaced", async () => {
      const settingsRows = async () =>
        MikroOrmWrapper.getManager().execute("SELECT values FROM recommendation_settings")
      expect((await service.getSettings()).diversity.similar).toBe(0.2)

      const first = { values: { diversity: { similar: 0.5 } }, updated_by: "user_1" }
      expect(await service.replaceStoredSettings(first)).toBeNull()
      expect((await service.getSettings()).diversity.similar).toBe(0.5)
      const second = { values: { fallback: { enabled: false } }, updated_by: "user_2" }
      expect(await service.replaceStoredSettings(second)).toEqual(first)
      expect(await settingsRows()).toEqual([{ values: second.values }])
      const effective = await service.getSettings()
      expect(effective.diversity.similar).toBe(0.2)
      expect(effective.fallback.enabled).toBe(false)
      expect(await service.readStoredSettings()).toEqual({
        overrides: second.values,
        updated_by: "user_2",
        updated_at: expect.any(Date),
      })

      // A compensation puts back the previous row, or none when the first save is undone.
      await service.replaceStoredSettings(first)
      expect((await service.getSettings()).diversity.similar).toBe(0.5)
      await service.replaceStoredSettings(null)
      expect(await settingsRows()).toEqual([])
      expect(await service.getSettings()).toEqual(service.getDefaultSettings())
    })
  },
})
