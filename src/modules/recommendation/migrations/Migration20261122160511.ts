import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122160511 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "recommendation_interaction" drop constraint if exists "recommendation_interaction_order_id_product_id_type_unique";`
    )
    this.addSql(
      `create table if not exists "recommendation_interaction" ("id" text not null, "type" text check ("type" in ('view', 'add_to_cart', 'purchase', 'recommendation_click')) not null, "product_id" text not null, "quantity" integer not null default 1, "customer_id" text null, "session_id" text null, "order_id" text null, "recommendation_id" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recommendation_interaction_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_interaction_deleted_at" ON "recommendation_interaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_interaction_customer_id_occurred_at" ON "recommendation_interaction" ("customer_id", "occurred_at") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_interaction_session_id_occurred_at" ON "recommendation_interaction" ("session_id", "occurred_at") WHERE session_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_interaction_product_id" ON "recommendation_interaction" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recommendation_interaction_occurred_at" ON "recommendation_interaction" ("occurred_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recommendation_interaction_order_id_product_id_type_unique" ON "recommendation_interaction" ("order_id", "product_id", "type") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_interaction" cascade;`)
  }
}
