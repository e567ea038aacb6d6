#!/usr/bin/env node
/**
 * Offline evaluation of the recommenders on a CSV dataset: leave-last-out per shopper, the held-out
 * item ranked against the whole catalog with the shopper's history masked (no sampled negatives).
 *
 *   node .medusa/server/src/cli/evaluate.js evaluate --items items.csv \
 *     --interactions interactions.csv [--json] [--tune] [--cache-dir DIR] [--limit-users N] [--k 10]
 *
 * Columns are documented in lib/csv-dataset.ts. Progress goes to stderr, results to stdout.
 */
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import {
  buildSemanticNeighbours,
  DEFAULT_HYBRID_SETTINGS,
  EVALUATED_MODELS,
  FloatItemVectors,
  ItemVocabulary,
  MAX_SEMANTIC_NEIGHBOURS,
  OfflineEvaluation,
  tuneOnValidation,
  type DiversityChoice,
  type EvaluatedModel,
  type HybridSettings,
  type OfflineDataset,
  type TunedSettings,
} from "../engine"
import { UniversalSentenceEncoderProvider } from "../modules/recommendation/embedding/universal-sentence-encoder"
import { itemText, readInteractionsCsv, readItemsCsv, sequencesByShopper } from "./lib/csv-dataset"
import { EmbeddingCache } from "./lib/embedding-cache"
import { cachedNeighbours } from "./lib/neighbour-cache"
import { createProgress } from "./lib/progress"

const USAGE = `Usage: node evaluate.js evaluate --items FILE --interactions FILE [options]

Options:
  --json             print the results as JSON instead of a table
  --tune             tune every model on a validation split (each shopper's second-to-last item)
                     and evaluate the chosen settings on the test split (their last item)
  --cache-dir DIR    where item embeddings and neighbour lists are cached
                     (default: ${path.join(os.tmpdir(), "medusa-recommendations-eval")})
  --limit-users N    evaluate only the first N shoppers (training still uses everyone)
  --k N              cut-off of the metrics (default 10)
  --help             show this help`

/** Most NDCG@K (as a fraction) the default diversity re-rank may cost on validation. */
const MAX_DIVERSITY_NDCG_LOSS = 0.02

type ModelResult = { name: EvaluatedModel } & Record<string, number | string>

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      items: { type: "string" },
      interactions: { type: "string" },
      json: { type: "boolean", default: false },
      tune: { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "limit-users": { type: "string" },
      k: { type: "string", default: "10" },
      help: { type: "boolean", default: false },
    },
  })
  if (values.help) return void console.log(USAGE)
  if (positionals[0] !== "evaluate" || !values.items || !values.interactions) {
    console.error(USAGE)
    process.exitCode = 2
    return
  }
  const k = positiveInteger(values.k, "--k")
  const userLimit = values["limit-users"]
    ? positiveInteger(values["limit-users"], "--limit-users")
    : Infinity
  const cacheDir = values["cache-dir"] ?? path.join(os.tmpdir(), "medusa-recommendations-eval")
  const started = Date.now()

  const dataset = await loadDataset(values.items, values.interactions, cacheDir)
  let settings: TunedSettings = {
    cf: DEFAULT_HYBRID_SETTINGS,
    "cf+sequential": DEFAULT_HYBRID_SETTINGS,
    semantic: DEFAULT_HYBRID_SETTINGS,
    hybrid: DEFAULT_HYBRID_SETTINGS,
  }
  let diversity: DiversityChoice | undefined
  if (values.tune) {
    const validation = new OfflineEvaluation(dataset, 2, userLimit)
    log(`tuning on the validation split (${validation.cases.length} shoppers)`)
    let lastModel = ""
    const tuned = tuneOnValidation(validation, {
      k,
      maxNdcgLoss: MAX_DIVERSITY_NDCG_LOSS,
      onStep: (model, step) => {
        if (model !== lastModel) log(`  tuning ${(lastModel = model)}`)
        log(
          `    ${step.path} = ${step.value}: ndcg@${k} ${step.objective.toFixed(5)} (best ${step.best.toFixed(5)})`
        )
      },
    })
    settings = tuned.settings
    diversity = tuned.diversity
    log(`chosen settings:\n${JSON.stringify(settings.hybrid, null, 2)}`)
    const { settings: mmr, baseline, chosen } = diversity
    log(
      `diversity: λ ${mmr.lambda}, keep top ${mmr.keepTop} (validation ndcg ` +
        `${baseline.ndcg.toFixed(5)} → ${chosen.ndcg.toFixed(5)}, intra-list diversity ` +
        `${baseline.diversity.toFixed(4)} → ${chosen.diversity.toFixed(4)})`
    )
  }

  const test = new OfflineEvaluation(dataset, 1, userLimit)
  log(
    `evaluating on the test split (${test.cases.length} shoppers, ${dataset.vocabulary.size} items ranked each)`
  )
  const models: ModelResult[] = []
  for (const model of EVALUATED_MODELS) {
    const progress = createProgress(`  ${model}`)
    const metrics = test.evaluate(model, settingsOf(model, settings), { k, onProgress: progress })
    models.push({ name: model, ...metrics })
  }
  const seconds = (Date.now() - started) / 1000

  if (values.json) {
    const output = {
      models,
      settings: settings.hybrid,
      model_settings: settings,
      tuned: values.tune,
      diversity_choice: diversity ?? null,
      protocol: {
        split: "leave-last-out (ordered by seq_pos, then timestamp)",
        ranking: "full catalog, history masked",
        k,
        users: test.cases.length,
        items: dataset.vocabulary.size,
        interactions: dataset.sequences.reduce((sum, events) => sum + events.length, 0),
      },
      seconds,
    }
    console.log(JSON.stringify(output, null, 2))
  } else {
    console.log(formatTable(models, k))
    console.log(
      `\n${test.cases.length} shoppers, ${dataset.vocabulary.size} items, ${seconds.toFixed(0)} s`
    )
  }
}

/** Reads both files, groups events per shopper in order, embeds the items and finds neighbours. */
async function loadDataset(
  itemsFile: string,
  interactionsFile: string,
  cacheDir: string
): Promise<OfflineDataset> {
  const items = readItemsCsv(itemsFile)
  const vocabulary = ItemVocabulary.from(items.map((item) => item.item_id))
  const rows = readInteractionsCsv(interactionsFile)
  const known = rows.filter((row) => vocabulary.indexOf(row.item_id) >= 0)
  if (known.length < rows.length) {
    log(`skipping ${rows.length - known.length} interactions with items missing from ${itemsFile}`)
  }
  log(`${items.length} items, ${known.length} interactions`)

  const provider = new UniversalSentenceEncoderProvider()
  const cache = new EmbeddingCache(cacheDir, provider)
  const embedded = await cache.embed(items.map(itemText), createProgress("embedding item texts"))
  const vectors = new FloatItemVectors(vocabulary, provider.dimensions)
  embedded.forEach((vector, item) => vectors.set(item, vector))
  const semantic = cachedNeighbours(
    cacheDir,
    { providerId: provider.id, vectors: vectors.matrix, neighbours: MAX_SEMANTIC_NEIGHBOURS },
    () =>
      buildSemanticNeighbours(vectors, {
        neighbours: MAX_SEMANTIC_NEIGHBOURS,
        // Exact lists, as the published results were measured with: offline time is no object.
        exactUpTo: Infinity,
        onProgress: createProgress("nearest items by embedding"),
      })
  )
  return { vocabulary, sequences: sequencesByShopper(known), vectors, semantic }
}

function settingsOf(model: EvaluatedModel, settings: TunedSettings): HybridSettings {
  if (model === "popularity" || model === "hybrid+diversity") return settings.hybrid
  return settings[model]
}

function formatTable(models: readonly ModelResult[], k: number): string {
  const columns = [`hr@${k}`, `ndcg@${k}`, `mrr@${k}`, "coverage", "intra_list_diversity"]
  const header = `| model | ${columns.join(" | ")} |`
  const rule = `|---|${columns.map(() => "---:").join("|")}|`
  const rows = models.map(
    (model) =>
      `| ${model.name} | ${columns.map((column) => Number(model[column]).toFixed(4)).join(" | ")} |`
  )
  return [header, rule, ...rows].join("\n")
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) {
    throw new Error(`${flag} must be a positive integer`)
  }
  return number
}

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
