// The demo store's configuration: a plain Medusa 2.21 host app with the recommendations plugin
// installed from its packed tarball (see scripts/demo.mjs).
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const port = process.env.PORT || "9000"
const localCors = [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
  "http://localhost:8000",
  "http://localhost:5173",
].join(",")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL || "postgres://postgres@localhost:5432/medusa_demo",
    http: {
      storeCors: process.env.STORE_CORS || localCors,
      adminCors: process.env.ADMIN_CORS || localCors,
      authCors: process.env.AUTH_CORS || localCors,
      jwtSecret: process.env.JWT_SECRET || "demo-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "demo-cookie-secret",
    },
  },
  // The server benchmark (bench/serve.ts) runs a production build of this app for the store API
  // alone, with the plugin options it needs (its embedding server, no event rate limits).
  admin: { disable: process.env.DEMO_ADMIN_DISABLED === "1" },
  plugins: [
    {
      resolve: "medusa-plugin-recommendations",
      options: process.env.DEMO_PLUGIN_OPTIONS ? JSON.parse(process.env.DEMO_PLUGIN_OPTIONS) : {},
    },
  ],
})
