import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122154743 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_embedding" drop constraint if exists "product_embedding_product_id_unique";`
    )
    this.addSql(
      `create table if not exists "product_embedding" ("id" text not null, "product_id" text not null, "status" text check ("status" in ('pending', 'ready', 'failed')) not null default 'pending', "model_id" text null, "dimensions" integer null, "text_hash" text null, "attempts" integer not null default 0, "last_error" text null, "embedded_at" timestamptz null, "next_attempt_at" timestamptz null, "claim_token" text null, "claimed_until" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_embedding_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_embedding_deleted_at" ON "product_embedding" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_embedding_product_id_unique" ON "product_embedding" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_embedding_status_next_attempt_at" ON "product_embedding" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_embedding_updated_at" ON "product_embedding" ("updated_at") WHERE deleted_at IS NULL;`
    )
    // Hand-written: the vector as raw little-endian float32 (the data model has no binary type).
    this.addSql(
      `alter table if exists "product_embedding" add column if not exists "vector" bytea null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_embedding" cascade;`)
  }
}
