import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122194640 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "recommendation_attribution" drop constraint if exists "recommendation_attribution_order_id_product_id_unique";`
    )
    this.addSql(
      `create table if not exists "recommendation_merchandising_rule" ("id" text not null, "action" text check ("action" in ('pin', 'boost', 'bury', 'exclude', 'curate')) not null, "scope" text check ("scope" in ('all', 'product', 'category')) not null default 'all', "scope_id" text null, "placement" text check ("placement" in ('similar', 'bought_together', 'personalized', 'search')) null, "product_id" text not null, "position" integer null, "strength" real null, "active" boolean not null default true, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_merchandising_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_merchandising_rule_deleted_at" ON "recommendation_merchandising_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_merchandising_rule_scope_scope_id" ON "recommendation_merchandising_rule" ("scope", "scope_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_merchandising_rule_product_id" ON "recommendation_merchandising_rule" ("product_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "recommendation_attribution" ("id" text not null, "order_id" text not null, "product_id" text not null, "recommendation_id" text not null, "placement" text check ("placement" in ('similar', 'bought_together', 'personalized', 'search')) not null, "quantity" integer not null, "revenue" numeric not null, "currency_code" text not null, "customer_id" text null, "session_id" text null, "ordered_at" timestamptz not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_attribution_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_attribution_deleted_at" ON "recommendation_attribution" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recommendation_attribution_order_id_product_id_unique" ON "recommendation_attribution" ("order_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_attribution_ordered_at_placement" ON "recommendation_attribution" ("ordered_at", "placement") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "recommendation_settings" ("id" text not null, "values" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_settings_deleted_at" ON "recommendation_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "recommendation_served" ("id" text not null, "placement" text check ("placement" in ('similar', 'bought_together', 'personalized', 'search')) not null, "product_ids" jsonb not null, "source_product_id" text null, "customer_id" text null, "session_id" text null, "latency_ms" real not null, "served_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_served_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_served_deleted_at" ON "recommendation_served" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_served_served_at_placement" ON "recommendation_served" ("served_at", "placement") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_merchandising_rule" cascade;`)

    this.addSql(`drop table if exists "recommendation_attribution" cascade;`)

    this.addSql(`drop table if exists "recommendation_settings" cascade;`)

    this.addSql(`drop table if exists "recommendation_served" cascade;`)
  }
}
