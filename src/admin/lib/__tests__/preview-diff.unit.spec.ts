import type { AdminPreviewItem } from "../../../types/http"
import { comparePreviewLists } from "../preview-diff"

const item = (id: string): AdminPreviewItem => ({
  product_id: id,
  title: id,
  thumbnail: null,
  status: "published",
  score: 0.5,
  reasons: [],
})

describe("comparePreviewLists", () => {
  it("marks draft items new, moved or unchanged, and live items the draft lost as dropped", () => {
    const live = ["a", "b", "c", "d"].map(item)
    const draft = ["b", "a", "c", "e"].map(item)
    const { live: liveChanges, draft: draftChanges } = comparePreviewLists(live, draft)
    expect(Object.fromEntries(draftChanges)).toEqual({
      b: { kind: "moved", from: 2, to: 1 },
      a: { kind: "moved", from: 1, to: 2 },
      c: { kind: "same" },
      e: { kind: "new" },
    })
    expect(Object.fromEntries(liveChanges)).toEqual({
      a: { kind: "moved", from: 1, to: 2 },
      b: { kind: "moved", from: 2, to: 1 },
      c: { kind: "same" },
      d: { kind: "dropped" },
    })
  })
})
