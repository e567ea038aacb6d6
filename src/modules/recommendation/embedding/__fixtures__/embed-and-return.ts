// Run as a plain script by the worker pool's tests: embeds with two workers and returns
// without closing them. The process must end by itself once the call has been answered.
import { UniversalSentenceEncoderProvider } from "../universal-sentence-encoder"

async function main() {
  const provider = new UniversalSentenceEncoderProvider({ threads: 2 })
  const vectors = await provider.embed(["Trail running shoes", "Pour-over coffee kettle"])
  const summary = {
    vectors: vectors.length,
    dimensions: vectors[0].length,
    workers: provider.pool?.workers.length,
  }
  console.log(JSON.stringify(summary))
}

void main()
