import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import { decodeVector, encodeVector, hashText, type SizedEmbeddingProvider } from "../../engine"

/** How many texts go to the provider at once (its throughput is flat above ~32). */
const EMBED_BATCH_SIZE = 64

export type EmbedProgress = (done: number, total: number) => void

/**
 * Vectors on disk, keyed by provider id and text hash, so a text is embedded once per provider.
 * One provider's cache is two files: `<id>.index.json` (the text hashes, in row order) and
 * `<id>.f32` (the rows as raw float32). New rows are appended and both files rewritten atomically.
 */
export class EmbeddingCache {
  private readonly indexPath_: string
  private readonly vectorsPath_: string
  private hashes_: string[] = []
  private rowByHash_ = new Map<string, number>()
  private rows_: Float32Array[] = []

  constructor(
    directory: string,
    private readonly provider: SizedEmbeddingProvider
  ) {
    const fileStem = provider.id.replace(/[^a-zA-Z0-9._-]/g, "_")
    this.indexPath_ = path.join(directory, `${fileStem}.index.json`)
    this.vectorsPath_ = path.join(directory, `${fileStem}.f32`)
    mkdirSync(directory, { recursive: true })
    this.load_()
  }

  /** Vectors for `texts`, in order: cached ones are read, the others embedded and saved. */
  async embed(texts: readonly string[], onProgress?: EmbedProgress): Promise<Float32Array[]> {
    const hashes = texts.map(hashText)
    const missing = [...new Set(hashes.filter((hash) => !this.rowByHash_.has(hash)))]
    const textByHash = new Map(hashes.map((hash, i) => [hash, texts[i]]))
    for (let start = 0; start < missing.length; start += EMBED_BATCH_SIZE) {
      const batch = missing.slice(start, start + EMBED_BATCH_SIZE)
      const vectors = await this.provider.embed(batch.map((hash) => textByHash.get(hash) ?? ""))
      batch.forEach((hash, i) => this.add_(hash, vectors[i]))
      onProgress?.(Math.min(start + EMBED_BATCH_SIZE, missing.length), missing.length)
      // Save every ~2,000 texts, so an interrupted run keeps most of its work.
      if ((start / EMBED_BATCH_SIZE) % 32 === 31) this.save_()
    }
    if (missing.length) this.save_()
    return hashes.map((hash) => this.rows_[this.rowByHash_.get(hash) as number])
  }

  private add_(hash: string, vector: Float32Array): void {
    if (vector.length !== this.provider.dimensions) {
      throw new RangeError(`${this.provider.id} returned ${vector.length} dimensions`)
    }
    this.rowByHash_.set(hash, this.rows_.length)
    this.hashes_.push(hash)
    this.rows_.push(vector)
  }

  private load_(): void {
    if (!existsSync(this.indexPath_) || !existsSync(this.vectorsPath_)) return
    const hashes: unknown = JSON.parse(readFileSync(this.indexPath_, "utf8"))
    const bytes = readFileSync(this.vectorsPath_)
    const rowBytes = this.provider.dimensions * 4
    // A cache that does not match its index (interrupted write, other model size) is ignored.
    if (!Array.isArray(hashes) || bytes.byteLength !== hashes.length * rowBytes) return
    const all = decodeVector(bytes)
    hashes.forEach((hash, row) => {
      if (typeof hash !== "string") return
      const start = row * this.provider.dimensions
      this.add_(hash, all.subarray(start, start + this.provider.dimensions))
    })
  }

  private save_(): void {
    const bytes = new Uint8Array(this.rows_.length * this.provider.dimensions * 4)
    this.rows_.forEach((row, i) => bytes.set(encodeVector(row), i * row.length * 4))
    writeAtomically(this.vectorsPath_, bytes)
    writeAtomically(this.indexPath_, JSON.stringify(this.hashes_))
  }
}

function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}
