import { GroupCommit } from "../group-commit"

/** A write that records its batches and finishes when the test says so. */
function controlledWrite(failWhen: (items: string[]) => boolean = () => false) {
  const batches: string[][] = []
  const finishers: (() => void)[] = []
  const write = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items)
      finishers.push(() => (failWhen(items) ? reject(new Error(`bad ${items}`)) : resolve()))
    })
  const finishNext = async () => {
    finishers.shift()?.()
    // Lets the commit settle its requests and start the next write.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { batches, write, finishNext }
}

describe("GroupCommit", () => {
  it("writes a lone request at once and combines those that arrive during a write", async () => {
    const { batches, write, finishNext } = controlledWrite()
    const commit = new GroupCommit(write, 100)
    const settled: string[] = []
    const submit = (item: string) => commit.submit(item).then(() => settled.push(item))

    const first = submit("a")
    expect(batches).toEqual([["a"]])
    const later = ["b", "c", "d"].map(submit)
    expect(batches).toEqual([["a"]])
    expect(settled).toEqual([])

    await finishNext()
    expect(settled).toEqual(["a"])
    expect(batches).toEqual([["a"], ["b", "c", "d"]])
    await finishNext()
    await Promise.all([first, ...later])
    expect(settled).toEqual(["a", "b", "c", "d"])
  })

  it("never puts more than maxItems requests in one write", async () => {
    const { batches, write, finishNext } = controlledWrite()
    const commit = new GroupCommit(write, 2)
    const all = ["a", "b", "c", "d", "e"].map((item) => commit.submit(item))
    for (let i = 0; i < 4; i++) await finishNext()
    await Promise.all(all)
    expect(batches).toEqual([["a"], ["b", "c"], ["d", "e"]])
  })

  it("fails only the request whose data cannot be written, and keeps going", async () => {
    const { batches, write, finishNext } = controlledWrite((items) => items.includes("bad"))
    const commit = new GroupCommit(write, 100)
    const outcome = (item: string) =>
      commit.submit(item).then(
        () => `${item} stored`,
        (error: Error) => `${item} failed: ${error.message}`
      )
    const results = [outcome("a"), outcome("b"), outcome("bad"), outcome("c")]
    for (let i = 0; i < 5; i++) await finishNext()
    expect(await Promise.all(results)).toEqual([
      "a stored",
      "b stored",
      "bad failed: bad bad",
      "c stored",
    ])
    // The combined write failed, then each of its requests was written alone.
    expect(batches).toEqual([["a"], ["b", "bad", "c"], ["b"], ["bad"], ["c"]])

    const after = commit.submit("d")
    await finishNext()
    await after
    expect(batches.at(-1)).toEqual(["d"])
  })
})
