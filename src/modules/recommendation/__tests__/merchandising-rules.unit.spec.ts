import type { MerchandisingRuleInput } from "../../../engine"
import {
  MerchandisingRuleCache,
  resolveMerchandisingRule,
  type MerchandisingRuleFields,
} from "../merchandising-rules"

const pinRule: MerchandisingRuleFields = {
  action: "pin",
  scope: "product",
  scope_id: "prod_source",
  placement: "similar",
  product_id: "prod_pinned",
  position: 2,
  strength: null,
  active: true,
  note: "spring campaign",
}

describe("resolveMerchandisingRule", () => {
  it("completes a new rule with its defaults", () => {
    expect(
      resolveMerchandisingRule({ action: "exclude", scope: "all", product_id: "prod_x" })
    ).toEqual({
      rule: {
        action: "exclude",
        scope: "all",
        scope_id: null,
        placement: null,
        product_id: "prod_x",
        position: null,
        strength: null,
        active: true,
        note: null,
      },
    })
  })

  it("names the field an action or scope needs", () => {
    const base = { scope: "all" as const, product_id: "prod_x" }
    expect(resolveMerchandisingRule({ ...base, action: "pin" })).toEqual({
      problem: { field: "position", message: "a pin rule needs a position (1 to 100)" },
    })
    expect(resolveMerchandisingRule({ ...base, action: "bury" })).toEqual({
      problem: { field: "strength", message: "a bury rule needs a strength (above 0, up to 1)" },
    })
    expect(
      resolveMerchandisingRule({ ...base, action: "exclude", scope: "category" })
    ).toMatchObject({ problem: { field: "scope_id" } })
    // Curated products without a position go first.
    expect(resolveMerchandisingRule({ ...base, action: "curate" })).toMatchObject({
      rule: { position: null },
    })
  })

  it("refuses a field the action or scope does not use", () => {
    const base = { scope: "all" as const, product_id: "prod_x" }
    expect(
      resolveMerchandisingRule({ ...base, action: "boost", strength: 0.2, position: 3 })
    ).toEqual({ problem: { field: "position", message: "a boost rule takes no position" } })
    expect(resolveMerchandisingRule({ ...base, action: "pin", position: 1, strength: 1 })).toEqual({
      problem: { field: "strength", message: "a pin rule takes no strength" },
    })
    expect(
      resolveMerchandisingRule({ ...base, action: "exclude", scope_id: "prod_y" })
    ).toMatchObject({ problem: { field: "scope_id" } })
  })

  it("updates over the existing rule, keeping what is not sent", () => {
    expect(resolveMerchandisingRule({ position: 5, note: null }, pinRule)).toEqual({
      rule: { ...pinRule, position: 5, note: null },
    })
  })

  it("drops what the new action or scope does not use, and asks for what it needs", () => {
    expect(resolveMerchandisingRule({ action: "boost", strength: 0.3 }, pinRule)).toEqual({
      rule: { ...pinRule, action: "boost", position: null, strength: 0.3 },
    })
    expect(resolveMerchandisingRule({ action: "boost" }, pinRule)).toMatchObject({
      problem: { field: "strength" },
    })
    expect(resolveMerchandisingRule({ scope: "all" }, pinRule)).toEqual({
      rule: { ...pinRule, scope: "all", scope_id: null },
    })
    expect(resolveMerchandisingRule({ scope: "category" }, pinRule)).toEqual({
      problem: { field: "scope_id", message: 'scope "category" needs a scope_id' },
    })
    expect(
      resolveMerchandisingRule({ scope: "category", scope_id: "pcat_coffee" }, pinRule)
    ).toEqual({ rule: { ...pinRule, scope: "category", scope_id: "pcat_coffee" } })
    expect(resolveMerchandisingRule({ position: null }, pinRule)).toMatchObject({
      problem: { field: "position" },
    })
  })
})

describe("MerchandisingRuleCache", () => {
  const rules: MerchandisingRuleInput[] = [pinRule]

  it("reads once per TTL, shares a read between callers, and reads again after a write", async () => {
    let now = 0
    const read = jest.fn(async () => rules)
    const cache = new MerchandisingRuleCache(read, 1000, () => now)
    await Promise.all([cache.list(), cache.list()])
    now = 999
    expect(await cache.list()).toBe(rules)
    expect(read).toHaveBeenCalledTimes(1)
    now = 1000
    await cache.list()
    expect(read).toHaveBeenCalledTimes(2)
    cache.invalidate()
    await cache.list()
    expect(read).toHaveBeenCalledTimes(3)
  })

  it("does not keep a failed read", async () => {
    const read = jest
      .fn<Promise<MerchandisingRuleInput[]>, []>()
      .mockRejectedValueOnce(new Error("database down"))
      .mockResolvedValueOnce(rules)
    const cache = new MerchandisingRuleCache(read, 60_000)
    await expect(cache.list()).rejects.toThrow("database down")
    expect(await cache.list()).toBe(rules)
  })
})
