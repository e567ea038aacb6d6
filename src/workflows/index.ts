export * from "./embed-pending-products"
export * from "./mark-products-for-embedding"
export * from "./remove-product-embeddings"
