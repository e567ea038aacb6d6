import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { EmbeddingWorkerJob } from "./embedding-worker"

const ROOT = path.join(__dirname, "../..")

/** Starts `embedding-worker.ts` in its own Node process; `exited` settles with its exit. */
export function startEmbeddingWorker(job: EmbeddingWorkerJob): {
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
} {
  const jobPath = path.join(mkdtempSync(path.join(os.tmpdir(), "embedding-worker-")), "job.json")
  writeFileSync(jobPath, JSON.stringify(job))
  const child = spawn(
    process.execPath,
    [
      "-r",
      "ts-node/register/transpile-only",
      "integration-tests/helpers/embedding-worker.ts",
      jobPath,
    ],
    {
      cwd: ROOT,
      // Jest's VM-module flag and test environment are not the worker's business.
      env: { ...process.env, NODE_OPTIONS: "", LOG_LEVEL: "error" },
      stdio: ["ignore", "ignore", "pipe"],
    }
  )
  let stderr = ""
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const exited = new Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    stderr: string
  }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })))
  return { child, exited }
}
