// What the catalog seed tells the demo runner and the activity seed: written to demo.json in
// the demo's data folder (DEMO_DATA_DIR, set by scripts/demo.mjs; `.data` when run by hand).
import fs from "node:fs"
import path from "node:path"

export type DemoInfo = {
  publishableKey: string
  salesChannelId: string
  regionId: string
  showcaseProductId: string
  showcaseProductHandle: string
  showcaseProductTitle: string
  productCount: number
}

export function demoInfoPath(): string {
  return path.join(process.env.DEMO_DATA_DIR ?? path.resolve(process.cwd(), ".data"), "demo.json")
}

export function writeDemoInfo(info: DemoInfo): string {
  const infoPath = demoInfoPath()
  fs.mkdirSync(path.dirname(infoPath), { recursive: true })
  fs.writeFileSync(infoPath, JSON.stringify(info, null, 2) + "\n")
  return infoPath
}

export function readDemoInfo(): DemoInfo {
  const infoPath = demoInfoPath()
  if (!fs.existsSync(infoPath)) throw new Error(`${infoPath} is missing: run seed.ts first`)
  return JSON.parse(fs.readFileSync(infoPath, "utf8")) as DemoInfo
}
