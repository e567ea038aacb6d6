// Checks the storefront kit as a storefront gets it, after `npm run build`: packs the plugin,
// unpacks it into a scratch app next to nothing but React, React DOM, the js-sdk and Medusa's
// types (none of the plugin's server dependencies), then
//   - imports both entry points from a plain Node ESM script and a CommonJS one, and renders
//     the component to a string;
//   - type-checks a TypeScript consumer with the Next.js starter's "node" module resolution and
//     with "bundler", and makes sure the list types are real types, not `any`.
//
//   node scripts/check-storefront-package.mjs
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const scratch = mkdtempSync(path.join(tmpdir(), "storefront-kit-"))
function run(command, args, cwd = scratch) {
  try {
    return execFileSync(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    })
  } catch (error) {
    process.stdout.write(error.stdout ?? "")
    throw error
  }
}

try {
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", scratch], root).trim()
  const modules = path.join(scratch, "node_modules")
  const kit = path.join(modules, "medusa-plugin-recommendations")
  mkdirSync(kit, { recursive: true })
  run("tar", [
    "-xzf",
    path.join(scratch, tarball.split("\n").pop()),
    "-C",
    kit,
    "--strip-components=1",
  ])
  for (const name of [
    "react",
    "react-dom",
    "@medusajs/js-sdk",
    "@medusajs/types",
    "@types/react",
  ]) {
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true })
    symlinkSync(path.join(root, "node_modules", name), path.join(modules, name))
  }

  const program = (load) => `${load}
const sdk = { client: { fetch: async () => ({ products: [], recommendations: [], count: 0 }) } }
const list = await kit.getSimilar(sdk, "prod_1")
if (list.count !== 0) throw new Error("getSimilar did not answer the sdk's response")
if (!kit.isSessionId(kit.createSessionId())) throw new Error("createSessionId")
const html = renderToString(
  createElement(react.ProductRecommendations, { sdk, placement: "similar", productId: "prod_1" })
)
if (!html.includes("Loading recommendations")) throw new Error("render: " + html)
console.log("ok")
`
  writeFileSync(
    path.join(scratch, "esm.mjs"),
    program(`import * as kit from "medusa-plugin-recommendations/storefront"
import * as react from "medusa-plugin-recommendations/storefront/react"
import { createElement } from "react"
import { renderToString } from "react-dom/server"`)
  )
  writeFileSync(
    path.join(scratch, "cjs.cjs"),
    `(async () => {
${program(`const kit = require("medusa-plugin-recommendations/storefront")
const react = require("medusa-plugin-recommendations/storefront/react")
const { createElement } = require("react")
const { renderToString } = require("react-dom/server")`)}
})().catch((error) => { console.error(error); process.exit(1) })`
  )
  for (const script of ["esm.mjs", "cjs.cjs"]) {
    if (run("node", [script]).trim() !== "ok") throw new Error(`${script} failed`)
    console.log(`${script}: imported and rendered`)
  }

  writeFileSync(
    path.join(scratch, "consumer.tsx"),
    `import Medusa from "@medusajs/js-sdk"
import { getSimilar, trackEvent, type SimilarProductsList } from "medusa-plugin-recommendations/storefront"
import { ProductRecommendations } from "medusa-plugin-recommendations/storefront/react"

export async function page(sdk: Medusa) {
  const list: SimilarProductsList = await getSimilar(sdk, "prod_1", { region_id: "reg_1" })
  const title: string = list.products[0].title
  // @ts-expect-error: products are typed, so an unknown field is an error.
  list.products[0].no_such_field
  // @ts-expect-error: only the storefront's event types are accepted.
  trackEvent(sdk, { type: "purchase", product_id: "prod_1" })
  // @ts-expect-error: a "similar" list needs the product it is similar to.
  const missing = <ProductRecommendations sdk={sdk} placement="similar" />
  return [title, missing, <ProductRecommendations sdk={sdk} placement="similar" productId="prod_1" initialData={list} />]
}
`
  )
  for (const moduleResolution of ["node", "bundler"]) {
    run(process.execPath, [
      path.join(root, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--jsx",
      "react-jsx",
      "--module",
      "esnext",
      "--moduleResolution",
      moduleResolution,
      "--target",
      "es2020",
      "--lib",
      "es2020,dom",
      "consumer.tsx",
    ])
    console.log(`TypeScript (${moduleResolution} resolution): types resolved`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
