/**
 * @jest-environment ./integration-tests/native-typed-arrays-environment.js
 */
import { createReadStream, existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { TINY_BERT, writeTinyBert } from "../__fixtures__/tiny-bert"
import { createEmbeddingProvider, prepareEmbeddingProvider } from "../create-embedding-provider"
import {
  OnnxEmbeddingOptionsSchema,
  OnnxEmbeddingProvider,
  prepareOnnxModel,
  type OnnxEmbeddingOptions,
} from "../onnx"

const MODEL = "test/tiny-bert"

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0)

function expectSameVector(actual: Float32Array, expected: Float32Array) {
  expect(actual).toHaveLength(expected.length)
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i], 5)
}

describe("OnnxEmbeddingProvider (tiny BERT fixture, onnxruntime-node)", () => {
  let root: string
  let options: (overrides?: Partial<OnnxEmbeddingOptions>) => OnnxEmbeddingOptions
  let provider: OnnxEmbeddingProvider

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "onnx-provider-"))
    await writeTinyBert(path.join(root, "models", MODEL))
    options = (overrides = {}) =>
      OnnxEmbeddingOptionsSchema.parse({
        model: MODEL,
        localModelPath: path.join(root, "models"),
        cacheDir: path.join(root, "cache"),
        ...overrides,
      })
    provider = new OnnxEmbeddingProvider(options())
  })

  afterAll(() => rm(root, { recursive: true, force: true }))

  it("knows its dimensions from config.json before loading, and names its vectors by model", () => {
    expect(provider.dimensions).toBe(TINY_BERT.hiddenSize)
    expect(provider.id).toBe(`onnx:${MODEL}`)
    expect(new OnnxEmbeddingProvider(options({ pooling: "cls" })).id).toBe(`onnx:${MODEL}:cls`)
  })

  it("returns one L2-normalized vector of hidden_size per text, the same for the same text", async () => {
    const texts = ["Red cotton shirt", "A steel coffee grinder", "red cotton shirt"]
    const vectors = await provider.embed(texts)
    expect(vectors).toHaveLength(3)
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array)
      expect(vector).toHaveLength(TINY_BERT.hiddenSize)
      expect(Math.sqrt(dot(vector, vector))).toBeCloseTo(1, 5)
    }
    // The BERT normalizer lowercases: the first and last texts are the same tokens.
    expectSameVector(vectors[2], vectors[0])
    expect(dot(vectors[0], vectors[1])).toBeLessThan(0.9)
    const again = await new OnnxEmbeddingProvider(options()).embed(["Red cotton shirt"])
    expectSameVector(again[0], vectors[0])
    expect(await provider.embed([])).toEqual([])
  })

  it("puts texts that share words closer than unrelated ones", async () => {
    const [shirt, dress, grinder, kettle] = await provider.embed([
      "red cotton shirt for summer",
      "red cotton dress for summer",
      "steel coffee grinder with burr",
      "a steel coffee kettle",
    ])
    // Random weights give unrelated texts a similarity near 0 (±0.3), sharing most words ~0.75.
    expect(dot(shirt, dress)).toBeGreaterThan(dot(shirt, grinder) + 0.3)
    expect(dot(shirt, dress)).toBeGreaterThan(dot(dress, kettle) + 0.3)
    expect(dot(grinder, kettle)).toBeGreaterThan(dot(grinder, dress) + 0.3)
  })

  it("gives a text the same vector alone and padded inside a batch of longer texts", async () => {
    const short = "blue linen shirt"
    const long =
      "a large handmade ceramic coffee mug with a bamboo lid, a gift set for tea and coffee"
    const { AutoTokenizer } = await import("@huggingface/transformers")
    const tokenizer = await AutoTokenizer.from_pretrained(path.join(root, "models", MODEL))
    const encoded = tokenizer([short, long], { padding: true })
    const mask = encoded.attention_mask.tolist() as bigint[][]
    expect(mask[0].filter((bit) => bit === 0n).length).toBeGreaterThan(10) // really padded

    const [alone] = await provider.embed([short])
    const [padded] = await provider.embed([short, long])
    expectSameVector(padded, alone)
  })

  it("embeds a batch exactly as one call per text, also past one inference batch", async () => {
    const texts = Array.from({ length: 70 }, (_, i) =>
      ["green wool scarf", "camping tent for hiking", "steel kitchen knife", "yoga mat"][
        i % 4
      ].concat(` ${i}`)
    )
    const batched = await provider.embed(texts)
    expect(batched).toHaveLength(70)
    for (const i of [0, 1, 2, 3, 64, 69])
      expectSameVector(batched[i], (await provider.embed([texts[i]]))[0])
  })

  it("truncates texts longer than the model's maximum length instead of failing", async () => {
    const [vector] = await provider.embed(["coffee ".repeat(500)])
    expect(vector).toHaveLength(TINY_BERT.hiddenSize)
  })

  it("pools the first token with pooling cls: another normalized vector", async () => {
    const cls = new OnnxEmbeddingProvider(options({ pooling: "cls" }))
    const [a, b] = await cls.embed(["red cotton shirt", "steel coffee grinder"])
    const [mean] = await provider.embed(["red cotton shirt"])
    expect(Math.sqrt(dot(a, a))).toBeCloseTo(1, 5)
    expect(dot(a, mean)).toBeLessThan(0.99)
    expect(dot(a, b)).toBeLessThan(0.99)
  })

  it("is built by the factory from the plugin's embedding options", () => {
    const built = createEmbeddingProvider({
      provider: "onnx",
      batchSize: 32,
      maxAttempts: 5,
      onnx: options(),
    })
    expect(built).toBeInstanceOf(OnnxEmbeddingProvider)
    expect(built.dimensions).toBe(TINY_BERT.hiddenSize)
  })

  it("stops with the folder and the remedy when the model is missing", async () => {
    const missing = options({ model: "Xenova/all-MiniLM-L6-v2" })
    const expected = new RegExp(
      `Xenova/all-MiniLM-L6-v2 not found: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx missing in ${path.join(root, "models", "Xenova", "all-MiniLM-L6-v2")}`
    )
    expect(() => new OnnxEmbeddingProvider(missing)).toThrow(expected)
    await expect(
      prepareEmbeddingProvider({ provider: "onnx", batchSize: 32, maxAttempts: 5, onnx: missing })
    ).rejects.toThrow(expected)
    // Without localModelPath, the cache is the place, and downloading is offered as a remedy.
    expect(() => new OnnxEmbeddingProvider(options({ localModelPath: undefined }))).toThrow(
      /missing in .*cache.test.tiny-bert.*allowRemoteModels: true/
    )
    expect(() => new OnnxEmbeddingProvider(options({ dtype: "q8" }))).toThrow(
      /onnx\/model_quantized\.onnx missing/
    )
  })

  describe("with allowRemoteModels", () => {
    let server: Server
    let requests: string[]
    let hub: { remoteHost: string; remotePathTemplate: string; cacheDir: string | null }

    // A stand-in for the hub on loopback: serves the fixture's files as <model>/<file>.
    beforeAll(async () => {
      requests = []
      server = createServer((request, response) => {
        const file = path.join(root, "models", decodeURIComponent(request.url ?? "/"))
        requests.push(request.url ?? "")
        if (!file.startsWith(path.join(root, "models")) || !existsSync(file)) {
          response.writeHead(404).end()
          return
        }
        response.writeHead(200)
        createReadStream(file).pipe(response)
      })
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
      const { env } = await import("@huggingface/transformers")
      hub = {
        remoteHost: env.remoteHost,
        remotePathTemplate: env.remotePathTemplate,
        cacheDir: env.cacheDir,
      }
      env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      env.remotePathTemplate = "{model}/"
    })

    afterAll(async () => {
      const { env } = await import("@huggingface/transformers")
      Object.assign(env, hub)
      await new Promise((resolve) => server.close(resolve))
    })

    it("downloads the config before construction and the rest on first use, then reuses the cache", async () => {
      const remote = options({ localModelPath: undefined, allowRemoteModels: true })
      expect(() => new OnnxEmbeddingProvider(remote)).toThrow(/not found/)
      await prepareOnnxModel(remote)
      expect(requests).toEqual([`/${MODEL}/config.json`])

      const downloaded = new OnnxEmbeddingProvider(remote)
      expect(downloaded.dimensions).toBe(TINY_BERT.hiddenSize)
      const [fromHub] = await downloaded.embed(["red cotton shirt"])
      expect(requests).toContain(`/${MODEL}/onnx/model.onnx`)
      expectSameVector(fromHub, (await provider.embed(["red cotton shirt"]))[0])

      requests.length = 0
      const offline = new OnnxEmbeddingProvider(options({ localModelPath: undefined }))
      expectSameVector((await offline.embed(["red cotton shirt"]))[0], fromHub)
      const restarted = new OnnxEmbeddingProvider(remote)
      expectSameVector((await restarted.embed(["red cotton shirt"]))[0], fromHub)
      expect(requests).toEqual([])
      // Nothing went to transformers.js's own cache (under node_modules) instead of cacheDir.
      expect(existsSync(path.join(hub.cacheDir ?? "", MODEL))).toBe(false)
    })
  })
})

describe("OnnxEmbeddingProvider without @huggingface/transformers installed", () => {
  afterEach(() => jest.dontMock("@huggingface/transformers"))

  it("names the package and the install command", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("@huggingface/transformers", () => {
        throw Object.assign(new Error("Cannot find module '@huggingface/transformers'"), {
          code: "MODULE_NOT_FOUND",
        })
      })
      const { prepareOnnxModel } = await import("../onnx")
      await expect(prepareOnnxModel(OnnxEmbeddingOptionsSchema.parse({}))).rejects.toThrow(
        'The "onnx" embedding provider needs the optional package @huggingface/transformers, which is not installed: run `ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface/transformers`'
      )
    })
  })
})
