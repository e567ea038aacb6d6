import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122162710 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "recommendation_model_snapshot" ("id" text not null, "kind" text not null, "settings_hash" text not null, "interactions" integer not null default 0, "items" integer not null default 0, "build_ms" integer not null default 0, "built_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_model_snapshot_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_model_snapshot_deleted_at" ON "recommendation_model_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_model_snapshot_kind_built_at" ON "recommendation_model_snapshot" ("kind", "built_at") WHERE deleted_at IS NULL;`
    )
    // Hand-written: the engine's serialized model (the data model has no binary type).
    this.addSql(
      `alter table if exists "recommendation_model_snapshot" add column if not exists "payload" bytea not null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_model_snapshot" cascade;`)
  }
}
