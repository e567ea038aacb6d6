import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ItemNeighbours } from "../../engine"

/**
 * Neighbour lists on disk, so the all-pairs embedding neighbours (a minute of CPU for 12,000
 * items) are computed once per set of vectors. The file name carries a hash of everything the
 * lists depend on; the file holds the four arrays back to back after a small JSON header.
 */
export function cachedNeighbours(
  directory: string,
  key: { providerId: string; vectors: Float32Array; neighbours: number },
  build: () => ItemNeighbours
): ItemNeighbours {
  const digest = createHash("sha256")
    .update(key.providerId)
    .update(String(key.neighbours))
    .update(new Uint8Array(key.vectors.buffer, key.vectors.byteOffset, key.vectors.byteLength))
    .digest("hex")
    .slice(0, 16)
  const file = path.join(directory, `semantic-neighbours-${key.neighbours}-${digest}.bin`)
  if (existsSync(file)) return readNeighbours(file)
  const neighbours = build()
  mkdirSync(directory, { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, serialize(neighbours))
  renameSync(temporary, file)
  return neighbours
}

function serialize(neighbours: ItemNeighbours): Buffer {
  const header = Buffer.from(
    JSON.stringify({ items: neighbours.itemCount, entries: neighbours.entryCount }).padEnd(64)
  )
  const arrays = [neighbours.offsets, neighbours.neighbours, neighbours.scores, neighbours.support]
  return Buffer.concat([
    header,
    ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
  ])
}

function readNeighbours(file: string): ItemNeighbours {
  const bytes = readFileSync(file)
  const { items, entries } = JSON.parse(bytes.subarray(0, 64).toString("utf8")) as {
    items: number
    entries: number
  }
  // Copy into a fresh ArrayBuffer: typed arrays need offsets aligned to their element size.
  const body = new Uint8Array(bytes.subarray(64)).buffer
  let offset = 0
  const take = (count: number) => {
    const start = offset
    offset += count * 4
    return start
  }
  return new ItemNeighbours(
    new Uint32Array(body, take(items + 1), items + 1),
    new Int32Array(body, take(entries), entries),
    new Float32Array(body, take(entries), entries),
    new Float32Array(body, take(entries), entries)
  )
}
