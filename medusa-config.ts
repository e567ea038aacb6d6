// Test-only host configuration: the integration test runner boots this plugin's own `src` as the
// app, with the recommendation module registered from source.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
    },
  },
  admin: { disable: true },
  modules: [
    {
      resolve: "./src/modules/recommendation",
      options: {
        vectorIndex: { refreshIntervalMs: 0 },
        // The model-switch test picks its embedding providers (mock servers); the rest use the
        // default one.
        ...(process.env.TEST_EMBEDDING_OPTIONS
          ? { embedding: JSON.parse(process.env.TEST_EMBEDDING_OPTIONS) }
          : {}),
        // Tests of the limits themselves set tiny ones; the rest must never hit them.
        rateLimit: {
          eventsPerShopper: Number(process.env.TEST_EVENTS_PER_SHOPPER ?? 0),
          eventsPerIp: Number(process.env.TEST_EVENTS_PER_IP ?? 0),
        },
      },
    },
  ],
})
