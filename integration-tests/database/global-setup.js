const os = require("node:os")
const path = require("node:path")

// Uses the Postgres named by DB_HOST when there is one (CI); otherwise starts an embedded one so
// `npm test` needs nothing but Node. Tests run in band, so env set here reaches every test file.
module.exports = async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.DB_HOST) {
    process.env.DB_USERNAME ??= "postgres"
    process.env.DB_PASSWORD ??= ""
    return
  }
  const { startEmbeddedPostgres, freePort, EMBEDDED_USER, EMBEDDED_PASSWORD } =
    await import("../../scripts/embedded-postgres.mjs")
  const port = await freePort()
  const dataDir = path.join(os.tmpdir(), `medusa-recommendations-test-${process.pid}`, "pg")
  globalThis.__EMBEDDED_POSTGRES__ = await startEmbeddedPostgres({
    dataDir,
    port,
    persistent: false,
  })
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: EMBEDDED_USER,
    DB_PASSWORD: EMBEDDED_PASSWORD,
  })
}
