import type { AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/admin"
import { createSalesChannel, createStoreHeaders } from "../helpers/catalog"

jest.setTimeout(300_000)

// This app allows 3 event requests per shopper and 5 per IP address a minute (medusa-config.ts
// reads these when the runner loads it, before its own `env` option applies; Jest gives each
// test file its own copy of process.env).
process.env.TEST_EVENTS_PER_SHOPPER = "3"
process.env.TEST_EVENTS_PER_IP = "5"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance

    it("answers 429 with Retry-After per shopper, then per IP address", async () => {
      const admin = await createAdminHeaders(getContainer())
      const channel = await createSalesChannel(http, admin, "Web shop")
      const store = await createStoreHeaders(http, admin, [channel.id])
      const post = (sessionId: string) =>
        http
          .post(
            "/store/recommendations/events",
            { session_id: sessionId, events: [{ type: "view", product_id: "prod_missing" }] },
            store
          )
          .catch((error) => error.response)

      // Unknown products are a 400, but every request counts against the limits.
      for (let i = 0; i < 3; i++) expect((await post("shopper-a")).status).toBe(400)
      const limited = await post("shopper-a")
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
      expect(limited.data).toEqual({
        type: "too_many_requests",
        message: expect.stringContaining("shopper"),
      })

      // Another shopper on the same address gets through until the address's limit (5).
      expect((await post("shopper-b")).status).toBe(400)
      const address = await post("shopper-c")
      expect(address.status).toBe(429)
      expect(address.data.message).toContain("IP address")

      // A body customer_id is not an identity: it changes neither the key nor the verdict.
      const spoofed = await http
        .post(
          "/store/recommendations/events",
          { session_id: "shopper-d", customer_id: "cus_someone_else", events: [] },
          store
        )
        .catch((error) => error.response)
      expect(spoofed.status).toBe(429)
    })
  },
})
