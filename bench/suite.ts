// The benchmark suite of issue #6 in one run: the engine alone (bench:engine), the default
// model's embedding throughput (bench:embed, main thread and two worker threads) and the HTTP
// routes against the product list (bench:serve), one after the other on this machine, then every
// target checked against the numbers of this run. Writes bench/results/suite.md (and each
// benchmark's own JSON next to it).
//
//   npm run bench            (about 35 minutes on 2 cores, most of it the 100k-product catalog)
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  embeddingTargetLines,
  engineTargetLines,
  serveTargetLines,
  type EmbeddingThroughput,
  type EngineSizeResult,
  type ServeSizeResult,
} from "./lib/targets"

const OUT = path.join(__dirname, "results")
const ENGINE_JSON = path.join(OUT, "engine.json")
const EMBED_JSON = path.join(OUT, "embed.json")
const SERVE_JSON = path.join(OUT, "serve.json")

/** Runs `npm run <script> -- <args>` with its output on this terminal; throws when it fails. */
function run(script: string, args: string[]) {
  console.log(`\n▸▸ npm run ${script} -- ${args.join(" ")}\n`)
  const started = Date.now()
  const { status } = spawnSync("npm", ["run", script, "--", ...args], { stdio: "inherit" })
  if (status !== 0) throw new Error(`npm run ${script} exited with ${status}`)
  return (Date.now() - started) / 1000
}

function main() {
  const startedAt = new Date()
  fs.mkdirSync(OUT, { recursive: true })
  const seconds = {
    engine: run("bench:engine", ["--json", ENGINE_JSON]),
    embed: run("bench:embed", ["--threads", "0,2", "--json", EMBED_JSON]),
    serve: run("bench:serve", ["--out", OUT]),
  }
  const engine = JSON.parse(fs.readFileSync(ENGINE_JSON, "utf8")) as EngineSizeResult[]
  const embed = JSON.parse(fs.readFileSync(EMBED_JSON, "utf8")) as { short: EmbeddingThroughput[] }
  const serve = JSON.parse(fs.readFileSync(SERVE_JSON, "utf8")) as { results: ServeSizeResult[] }
  const cpus = os.cpus()
  const report = [
    `Suite run of ${startedAt.toISOString()} (${cpus.length} × ${cpus[0]?.model.trim()}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}): bench:engine ` +
      `${Math.round(seconds.engine)} s, bench:embed ${Math.round(seconds.embed)} s, bench:serve ` +
      `${Math.round(seconds.serve)} s.`,
    "",
    "Targets (issue #6):",
    ...serveTargetLines(serve.results),
    ...engineTargetLines(engine, serve.results),
    ...embeddingTargetLines(embed.short),
    "",
  ].join("\n")
  fs.writeFileSync(path.join(OUT, "suite.md"), report)
  console.log(`\n${report}\nWrote ${path.relative(process.cwd(), OUT)}/suite.md`)
}

main()
