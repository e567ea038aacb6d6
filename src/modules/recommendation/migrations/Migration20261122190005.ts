import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122190005 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_embedding" drop constraint if exists "product_embedding_product_id_model_id_unique";`
    )
    this.addSql(`drop index if exists "IDX_product_embedding_product_id_unique";`)
    this.addSql(`drop index if exists "IDX_product_embedding_status_next_attempt_at";`)

    // Hand-written: rows queued but never embedded had no model yet. They belong to the model
    // the store embeds with (the one most rows have), or the default one in a store that never
    // embedded anything; after a model change, the switch queues them for the new model.
    this.addSql(
      `update "product_embedding" set "model_id" = coalesce(
         (select "model_id" from "product_embedding" where "model_id" is not null
          group by "model_id" order by count(*) desc limit 1),
         'universal-sentence-encoder-lite')
       where "model_id" is null;`
    )
    this.addSql(
      `alter table if exists "product_embedding" alter column "model_id" type text using ("model_id"::text);`
    )
    this.addSql(`alter table if exists "product_embedding" alter column "model_id" set not null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_embedding_product_id_model_id_unique" ON "product_embedding" ("product_id", "model_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_embedding_model_id_status_next_attempt_at" ON "product_embedding" ("model_id", "status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_embedding_product_id_model_id_unique";`)
    this.addSql(`drop index if exists "IDX_product_embedding_model_id_status_next_attempt_at";`)

    // Hand-written: one live row per product again; the most recently changed one stays.
    this.addSql(
      `update "product_embedding" set "deleted_at" = now() where "deleted_at" is null and "id" not in (
         select distinct on ("product_id") "id" from "product_embedding" where "deleted_at" is null
         order by "product_id", "updated_at" desc);`
    )
    this.addSql(`alter table if exists "product_embedding" alter column "model_id" drop not null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_embedding_product_id_unique" ON "product_embedding" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_embedding_status_next_attempt_at" ON "product_embedding" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
  }
}
