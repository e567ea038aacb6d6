import { createHash } from "node:crypto"

/** A generated product: the catalog fields the plugin builds its text from. */
export type SyntheticProduct = {
  /** 0-based position; `p<index>` in `syntheticInteractions`. */
  index: number
  handle: string
  title: string
  brand: string
  category: string
  tags: string[]
  description: string
}

const BRANDS = [
  "Aurora", "Bloom", "Cedar", "Dune", "Ember", "Fjord", "Grove", "Harbor", "Indigo", "Juniper",
  "Kestrel", "Lumen", "Meadow", "Nova", "Orchid", "Pine", "Quartz", "Ridge", "Sage", "Tide",
] // prettier-ignore
const CATEGORIES: { name: string; nouns: string[]; materials: string[] }[] = [
  { name: "Skin Care", nouns: ["serum", "moisturizer", "cleanser", "toner", "eye cream", "face mask"], materials: ["hyaluronic acid", "vitamin C", "retinol", "niacinamide", "aloe"] },
  { name: "Hair Care", nouns: ["shampoo", "conditioner", "hair oil", "styling cream", "dry shampoo"], materials: ["argan oil", "keratin", "coconut", "biotin", "tea tree"] },
  { name: "Makeup", nouns: ["lipstick", "mascara", "foundation", "eyeliner", "blush", "concealer"], materials: ["matte", "satin", "long-wear", "waterproof", "mineral"] },
  { name: "Fragrance", nouns: ["eau de parfum", "body mist", "cologne", "perfume oil"], materials: ["citrus", "vanilla", "sandalwood", "jasmine", "amber"] },
  { name: "Bath & Body", nouns: ["body wash", "body lotion", "bath salts", "hand cream", "scrub"], materials: ["shea butter", "lavender", "oatmeal", "sea salt", "honey"] },
  { name: "Men's Grooming", nouns: ["beard oil", "shaving gel", "aftershave", "face wash"], materials: ["charcoal", "menthol", "cedarwood", "eucalyptus"] },
  { name: "Tools", nouns: ["brush set", "hair dryer", "curling iron", "makeup sponge", "tweezers"], materials: ["ceramic", "bamboo", "stainless steel", "ionic"] },
  { name: "Nails", nouns: ["nail polish", "top coat", "cuticle oil", "nail file"], materials: ["gel", "glitter", "quick-dry", "strengthening"] },
] // prettier-ignore
const ADJECTIVES = ["gentle", "hydrating", "daily", "intense", "soothing", "refreshing", "nourishing", "lightweight", "rich", "travel-size", "professional", "organic"] // prettier-ignore
const AUDIENCES = ["dry skin", "oily skin", "sensitive skin", "curly hair", "fine hair", "everyday use", "evenings", "travel"] // prettier-ignore

/** Deterministic PRNG (mulberry32), so every run generates the same catalog. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` products from templates. Neighbouring indexes share a category more often than not,
 * as `syntheticInteractions` browses neighbouring items, so behaviour and text agree in part.
 */
export function* syntheticProducts(count: number, seed = 7): Generator<SyntheticProduct> {
  const next = seededRandom(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]
  for (let index = 0; index < count; index++) {
    const category =
      next() < 0.7 ? CATEGORIES[Math.floor(index / 40) % CATEGORIES.length] : pick(CATEGORIES)
    const brand = pick(BRANDS)
    const noun = pick(category.nouns)
    const material = pick(category.materials)
    const adjective = pick(ADJECTIVES)
    const audience = pick(AUDIENCES)
    const title = `${brand} ${adjective} ${material} ${noun}`
    yield {
      index,
      handle: `bench-${index}`,
      title,
      brand,
      category: category.name,
      tags: [material, adjective],
      description: `A ${adjective} ${noun} with ${material} by ${brand}, made for ${audience}. ${category.name} essential number ${index}.`,
    }
  }
}

/** The text a product is embedded from (title, brand, category, tags, description): ~35 words. */
export function productText(product: SyntheticProduct): string {
  return `${product.title}. Brand: ${product.brand}. Category: ${product.category}. Tags: ${product.tags.join(", ")}. ${product.description}`
}

/**
 * A fast deterministic stand-in for a sentence-embedding model: the normalized sum of one
 * pseudo-random Gaussian vector per word (seeded by the word's hash). Texts sharing words get
 * close vectors, so neighbour search has the near-ties real embeddings have; dense vectors, so
 * quantization is tested as hard as on a real model's output.
 */
export class HashedWordEmbedder {
  private readonly wordVectors_ = new Map<string, Float32Array>()

  constructor(readonly dimensions = 512) {}

  embed(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions)
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      const wordVector = this.wordVector_(word)
      for (let i = 0; i < this.dimensions; i++) vector[i] += wordVector[i]
    }
    let norm = 0
    for (let i = 0; i < this.dimensions; i++) norm += vector[i] * vector[i]
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
    for (let i = 0; i < this.dimensions; i++) vector[i] *= scale
    return vector
  }

  private wordVector_(word: string): Float32Array {
    let vector = this.wordVectors_.get(word)
    if (!vector) {
      const next = seededRandom(createHash("sha256").update(word).digest().readInt32LE(0))
      vector = new Float32Array(this.dimensions)
      // Box-Muller: Gaussian components, as a model's output dimensions roughly are.
      for (let i = 0; i < this.dimensions; i++) {
        vector[i] = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
      }
      this.wordVectors_.set(word, vector)
    }
    return vector
  }
}
