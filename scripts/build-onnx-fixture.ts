// Writes the tiny BERT test model (tokenizer, config, ONNX graph with seeded random weights) to a
// folder, laid out for transformers.js. Tests build it in a temp dir themselves; this is for
// trying the "onnx" provider or its benchmark by hand:
//
//   npx ts-node --transpile-only scripts/build-onnx-fixture.ts ./models/test/tiny-bert
//   (then embedding.onnx: { model: "test/tiny-bert", localModelPath: "./models" })
import path from "node:path"
import { writeTinyBert } from "../src/modules/recommendation/embedding/__fixtures__/tiny-bert"

const target = process.argv[2]
if (!target) {
  console.error("usage: build-onnx-fixture.ts <model folder>")
  process.exit(2)
}
writeTinyBert(path.resolve(target)).then(
  () => console.log(`tiny BERT written to ${path.resolve(target)}`),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
