import type { ItemId } from "../types"

/**
 * Maps item ids to dense integer indices (0..size-1) and back, so the models can keep their
 * data in typed arrays indexed by item instead of maps keyed by string.
 */
export class ItemVocabulary {
  private ids_: ItemId[] = []
  private indexById_ = new Map<ItemId, number>()

  static from(ids: Iterable<ItemId>): ItemVocabulary {
    const vocabulary = new ItemVocabulary()
    for (const id of ids) vocabulary.add(id)
    return vocabulary
  }

  get size(): number {
    return this.ids_.length
  }

  /** The index of `id`, adding it when new. */
  add(id: ItemId): number {
    let index = this.indexById_.get(id)
    if (index === undefined) {
      index = this.ids_.length
      this.ids_.push(id)
      this.indexById_.set(id, index)
    }
    return index
  }

  /** The index of `id`, or -1 when it is unknown. */
  indexOf(id: ItemId): number {
    return this.indexById_.get(id) ?? -1
  }

  idAt(index: number): ItemId {
    const id = this.ids_[index]
    if (id === undefined) throw new RangeError(`No item at index ${index}`)
    return id
  }
}
