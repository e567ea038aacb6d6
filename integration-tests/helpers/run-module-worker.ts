import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { BehaviourRebuildWorkerJob } from "./behaviour-rebuild-worker"
import type { EmbeddingWorkerJob } from "./embedding-worker"
import type { ModuleWorkerJob } from "./module-worker"

const ROOT = path.join(__dirname, "../..")

export type ModuleWorker = {
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
}

/** Starts a worker script of this folder in its own Node process; `exited` settles with its exit. */
function startModuleWorker(script: string, job: ModuleWorkerJob): ModuleWorker {
  const jobPath = path.join(mkdtempSync(path.join(os.tmpdir(), "module-worker-")), "job.json")
  writeFileSync(jobPath, JSON.stringify(job))
  const child = spawn(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", path.join(__dirname, script), jobPath],
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

/** `embedding-worker.ts`: embeds the job's products until none is pending. */
export function startEmbeddingWorker(job: EmbeddingWorkerJob): ModuleWorker {
  return startModuleWorker("embedding-worker.ts", job)
}

/** `behaviour-rebuild-worker.ts`: rebuilds the behaviour model once. */
export function startBehaviourRebuildWorker(job: BehaviourRebuildWorkerJob): ModuleWorker {
  return startModuleWorker("behaviour-rebuild-worker.ts", job)
}
