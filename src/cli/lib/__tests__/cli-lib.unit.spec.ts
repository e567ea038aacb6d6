import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ItemNeighboursBuilder, type SizedEmbeddingProvider } from "../../../engine"
import { itemText, readInteractionsCsv, readItemsCsv, sequencesByShopper } from "../csv-dataset"
import { EmbeddingCache } from "../embedding-cache"
import { cachedNeighbours } from "../neighbour-cache"

let directory: string
beforeEach(() => (directory = mkdtempSync(path.join(os.tmpdir(), "evaluate-cli-"))))
afterEach(() => rmSync(directory, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const target = path.join(directory, name)
  writeFileSync(target, content)
  return target
}

describe("csv-dataset", () => {
  it("reads items with optional columns and builds their text", () => {
    const items = readItemsCsv(
      file(
        "items.csv",
        'item_id,title,brand,categories\n1,"Nail Lacquer, Red",L&#39;Oreal,Makeup > Nails\n2,Comb,,\n'
      )
    )
    expect(items[0]).toEqual({
      item_id: "1",
      title: "Nail Lacquer, Red",
      brand: "L&#39;Oreal",
      categories: "Makeup > Nails",
      description: "",
    })
    expect(itemText(items[0])).toBe("Nail Lacquer, Red. Brand: L'Oreal. Categories: Makeup > Nails")
    expect(itemText(items[1])).toBe("Comb")
  })

  it("reads interactions: seconds or ISO timestamps, defaults for type and quantity", () => {
    const rows = readInteractionsCsv(
      file(
        "interactions.csv",
        "user_id,item_id,timestamp,seq_pos,type,order_id\nu,1,1318896000,0,,\nu,2,2011-10-18T00:00:00Z,1,view,o9\n"
      )
    )
    expect(rows).toEqual([
      {
        user_id: "u",
        item_id: "1",
        type: "purchase",
        quantity: 1,
        timestamp: 1318896000000,
        seq_pos: 0,
      },
      {
        user_id: "u",
        item_id: "2",
        type: "view",
        quantity: 1,
        timestamp: 1318896000000,
        seq_pos: 1,
        order_id: "o9",
      },
    ])
  })

  it("groups events per shopper, by seq_pos, then timestamp, then file order", () => {
    const row = (user_id: string, item_id: string, timestamp: number, seq_pos?: number) => ({
      user_id,
      item_id,
      type: "purchase" as const,
      quantity: 1,
      timestamp,
      seq_pos,
    })
    const sequences = sequencesByShopper([
      row("a", "x", 5, 1),
      row("b", "p", 9),
      row("a", "y", 5, 0),
      row("b", "q", 3),
      row("b", "r", 3),
    ])
    expect(sequences.map((events) => events.map((e) => e.item_id))).toEqual([
      ["y", "x"],
      ["q", "r", "p"],
    ])
  })

  it("names missing columns and bad values", () => {
    expect(() => readItemsCsv(file("bad.csv", "id,title\n1,x\n"))).toThrow(
      /missing column\(s\) item_id/
    )
    expect(() =>
      readInteractionsCsv(file("bad2.csv", "user_id,item_id,timestamp,type\nu,1,5,like\n"))
    ).toThrow(/unknown interaction type "like"/)
    expect(() =>
      readInteractionsCsv(file("bad3.csv", "user_id,item_id,timestamp\nu,1,soon\n"))
    ).toThrow(/bad timestamp "soon"/)
  })
})

describe("EmbeddingCache", () => {
  /** A provider whose vector is (text length, number of calls so far). */
  function countingProvider(): SizedEmbeddingProvider & { calls: string[][] } {
    const calls: string[][] = []
    return {
      id: "fake/model",
      dimensions: 2,
      calls,
      embed: async (texts) => {
        calls.push([...texts])
        return texts.map((text) => new Float32Array([text.length, calls.length]))
      },
    }
  }

  it("embeds each distinct text once and reads it back from disk in a new process", async () => {
    const provider = countingProvider()
    const first = await new EmbeddingCache(directory, provider).embed(["ab", "abc", "ab"])
    expect(provider.calls).toEqual([["ab", "abc"]])
    expect(first.map((v) => Array.from(v))).toEqual([
      [2, 1],
      [3, 1],
      [2, 1],
    ])
    const again = countingProvider()
    const second = await new EmbeddingCache(directory, again).embed(["abc", "abcd"])
    expect(again.calls).toEqual([["abcd"]])
    expect(second.map((v) => Array.from(v))).toEqual([
      [3, 1],
      [4, 1],
    ])
  })
})

describe("cachedNeighbours", () => {
  it("builds once per key and reads identical lists back", () => {
    const builder = new ItemNeighboursBuilder(2, 1)
    builder.push(1, 0.5, 0)
    builder.endRow()
    builder.push(0, 0.5, 0)
    const built = builder.build()
    const key = { providerId: "p", vectors: new Float32Array([1, 0, 0, 1]), neighbours: 1 }
    let builds = 0
    const first = cachedNeighbours(directory, key, () => (builds++, built))
    const second = cachedNeighbours(directory, key, () => (builds++, built))
    expect(builds).toBe(1)
    expect(first).toBe(built)
    expect(Array.from(second.offsets)).toEqual([0, 1, 2])
    expect(Array.from(second.neighbours)).toEqual([1, 0])
    expect(Array.from(second.scores)).toEqual([0.5, 0.5])
    cachedNeighbours(directory, { ...key, neighbours: 2 }, () => (builds++, built))
    expect(builds).toBe(2)
  })
})
