// The recommendation engine: pure TypeScript, no Medusa imports, usable from plain Node.
export * from "./types"
export * from "./vector/codec"
export * from "./vector/math"
export * from "./vector/exact-vector-index"
export * from "./text/product-text"
export * from "./ranking/similar-items"
export * from "./ranking/fallback"
