import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { z } from "@medusajs/framework/zod"
// The package is ESM: its types are read as such; at run time it is imported lazily.
import type {
  AutoConfig,
  env,
  FeatureExtractionPipeline,
  pipeline,
} from "@huggingface/transformers" with { "resolution-mode": "import" }
import type { EmbeddingProvider } from "../../../engine"

const TRANSFORMERS_PACKAGE = "@huggingface/transformers"
const INSTALL_HINT = `ONNXRUNTIME_NODE_INSTALL=skip npm install ${TRANSFORMERS_PACKAGE}`

// transformers.js names a model's ONNX file after its dtype: onnx/model<suffix>.onnx.
const DTYPE_FILE_SUFFIX = {
  fp32: "",
  fp16: "_fp16",
  q8: "_quantized",
  int8: "_int8",
  uint8: "_uint8",
  q4: "_q4",
  bnb4: "_bnb4",
  q4f16: "_q4f16",
} as const

type OnnxDtype = keyof typeof DTYPE_FILE_SUFFIX

// Bounds one inference's tensors (batch × tokens × hidden) whatever the caller sends at once.
const MAX_INFERENCE_BATCH = 64

/** Options of the `onnx` provider: `embedding.onnx` in the plugin options. */
export const OnnxEmbeddingOptionsSchema = z
  .object({
    /** Hugging Face model id: names the stored vectors, and the repository to download from. */
    model: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)?$/, "must be a model id such as Xenova/all-MiniLM-L6-v2")
      .refine((model) => !model.includes(".."), "must not contain ..")
      .default("Xenova/all-MiniLM-L6-v2"),
    /** A folder holding `<model>/` (config.json, tokenizer.json, onnx/model.onnx...). */
    localModelPath: z.string().min(1).optional(),
    /** Where downloaded models are kept, and looked for when there is no localModelPath. */
    cacheDir: z.string().min(1).default(".cache/transformers"),
    /** Download a model missing from cacheDir from the Hugging Face hub. */
    allowRemoteModels: z.boolean().default(false),
    /** "mean" for sentence-transformers models (MiniLM...), "cls" for BGE. */
    pooling: z.enum(["mean", "cls"]).default("mean"),
    /** Weights to load: fp32 is onnx/model.onnx, q8 onnx/model_quantized.onnx (smaller, faster). */
    dtype: z.enum(Object.keys(DTYPE_FILE_SUFFIX) as [OnnxDtype, ...OnnxDtype[]]).default("fp32"),
  })
  .strict()

export type OnnxEmbeddingOptions = z.output<typeof OnnxEmbeddingOptionsSchema>

type Transformers = { AutoConfig: typeof AutoConfig; env: typeof env; pipeline: typeof pipeline }

/** Imports the optional dependency, or says how to install it. */
async function importTransformers(): Promise<Transformers> {
  try {
    return await import("@huggingface/transformers")
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    const detail = error instanceof Error ? error.message : String(error)
    const missing =
      (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") &&
      detail.includes(TRANSFORMERS_PACKAGE)
    throw new Error(
      missing
        ? `The "onnx" embedding provider needs the optional package ${TRANSFORMERS_PACKAGE}, which is not installed: run \`${INSTALL_HINT}\``
        : `The "onnx" embedding provider could not load ${TRANSFORMERS_PACKAGE}: ${detail}`
    )
  }
}

/** Where the model's files are read from, and whether transformers.js may fetch missing ones. */
type ModelSource = { directory: string; remote: boolean }

function modelSource(options: OnnxEmbeddingOptions): ModelSource {
  if (options.localModelPath) {
    return { directory: path.resolve(options.localModelPath, options.model), remote: false }
  }
  // transformers.js caches the main revision's files as <cacheDir>/<model>/<file>.
  return {
    directory: path.resolve(options.cacheDir, options.model),
    remote: options.allowRemoteModels,
  }
}

function missingModelError(options: OnnxEmbeddingOptions, directory: string, missing: string[]) {
  const remedy = options.localModelPath
    ? `Place the model's files there (config.json, tokenizer.json, tokenizer_config.json, onnx/model${DTYPE_FILE_SUFFIX[options.dtype]}.onnx)`
    : `Place the model's files there, point embedding.onnx.localModelPath at a folder holding ${options.model}/, or set embedding.onnx.allowRemoteModels: true to download it`
  return new Error(
    `ONNX embedding model ${options.model} not found: ${missing.join(", ")} missing in ${directory}. ${remedy}.`
  )
}

/**
 * Makes sure the model's config is on disk before a provider is constructed: downloads it into
 * cacheDir when remote models are allowed, and fails with a clear message otherwise. Also fails
 * early when the optional package is not installed.
 */
export async function prepareOnnxModel(options: OnnxEmbeddingOptions): Promise<void> {
  const { AutoConfig } = await importTransformers()
  const source = modelSource(options)
  if (source.remote && !existsSync(path.join(source.directory, "config.json"))) {
    await AutoConfig.from_pretrained(options.model, {
      cache_dir: path.resolve(options.cacheDir),
    })
  }
  readModelConfig(options, source)
}

/** The files a load from disk needs. */
function modelFiles(options: OnnxEmbeddingOptions): string[] {
  const onnxFile = `onnx/model${DTYPE_FILE_SUFFIX[options.dtype]}.onnx`
  return ["config.json", "tokenizer.json", "tokenizer_config.json", onnxFile]
}

function missingFiles(directory: string, files: string[]): string[] {
  return files.filter((file) => !existsSync(path.join(directory, file)))
}

/** Checks that what cannot be downloaded is on disk; returns the model's config. */
function readModelConfig(options: OnnxEmbeddingOptions, source: ModelSource): unknown {
  const missing = missingFiles(
    source.directory,
    source.remote ? ["config.json"] : modelFiles(options)
  )
  if (missing.length) throw missingModelError(options, source.directory, missing)
  return JSON.parse(readFileSync(path.join(source.directory, "config.json"), "utf8"))
}

/**
 * Sentence embeddings from a local ONNX model (MiniLM, BGE and other BERT-like encoders) run by
 * transformers.js on onnxruntime-node: pooled over the attention mask (mean) or the first token
 * (cls), L2-normalized. The model is read from disk; it is downloaded only when
 * `allowRemoteModels` is on, and then before the provider is constructed (`prepareOnnxModel`),
 * so `dimensions` is known from the model's config from the start.
 */
export class OnnxEmbeddingProvider implements EmbeddingProvider {
  readonly id: string
  readonly dimensions: number
  private readonly source_: ModelSource
  private extractor_?: Promise<FeatureExtractionPipeline>

  constructor(private readonly options: OnnxEmbeddingOptions) {
    this.source_ = modelSource(options)
    const config = readModelConfig(options, this.source_)
    const hiddenSize = (config as { hidden_size?: unknown } | null)?.hidden_size
    if (typeof hiddenSize !== "number" || !Number.isInteger(hiddenSize) || hiddenSize <= 0) {
      throw new Error(
        `ONNX embedding model ${options.model}: config.json in ${this.source_.directory} has no hidden_size`
      )
    }
    this.dimensions = hiddenSize
    // Stored vectors are keyed by this id: settings that change the vectors are part of it.
    this.id = [
      `onnx:${options.model}`,
      ...(options.pooling === "mean" ? [] : [options.pooling]),
      ...(options.dtype === "fp32" ? [] : [options.dtype]),
    ].join(":")
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return []
    this.extractor_ ??= this.load().catch((error: unknown) => {
      this.extractor_ = undefined
      throw error
    })
    const extractor = await this.extractor_
    const vectors: Float32Array[] = []
    for (let start = 0; start < texts.length; start += MAX_INFERENCE_BATCH) {
      const output = await extractor(texts.slice(start, start + MAX_INFERENCE_BATCH), {
        pooling: this.options.pooling,
        normalize: true,
      })
      const [rows, columns] = output.dims
      if (!(output.data instanceof Float32Array) || columns !== this.dimensions) {
        throw new Error(
          `ONNX embedding model ${this.options.model} returned ${output.type} [${output.dims.join(", ")}], expected float32 vectors of ${this.dimensions}`
        )
      }
      for (let row = 0; row < rows; row++) {
        vectors.push(output.data.slice(row * columns, (row + 1) * columns))
      }
    }
    return vectors
  }

  private async load(): Promise<FeatureExtractionPipeline> {
    const { env, pipeline } = await importTransformers()
    const { directory } = this.source_
    // A model downloaded before loads from its folder: a restart needs no network.
    const remote =
      this.source_.remote && missingFiles(directory, modelFiles(this.options)).length > 0
    const cacheDir = path.resolve(this.options.cacheDir)
    // transformers.js 4.3 lists a pipeline's files without passing cache_dir on: without this,
    // a download also lands in its default cache, inside node_modules.
    if (remote) env.cacheDir = cacheDir
    // A path is never a valid hub id, so transformers.js reads it from disk and never fetches.
    return pipeline("feature-extraction", remote ? this.options.model : directory, {
      dtype: this.options.dtype,
      device: "cpu",
      cache_dir: cacheDir,
      local_files_only: !remote,
    })
  }
}
