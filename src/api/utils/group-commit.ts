/**
 * Writes of concurrent requests, combined (group commit): a write starts at once when none is
 * running; requests that arrive meanwhile wait for it and then go together in the next one. A
 * request's promise settles when its own data is written or has failed, so answering after it
 * still means "stored". Under load, one write serves many requests; alone, nothing waits.
 */
export class GroupCommit<Item> {
  private waiting_: { item: Item; resolve: () => void; reject: (error: unknown) => void }[] = []
  private writing_ = false

  /** `write` stores several requests' items in one go; at most `maxItems` per write. */
  constructor(
    private readonly write: (items: Item[]) => Promise<void>,
    private readonly maxItems: number
  ) {}

  submit(item: Item): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting_.push({ item, resolve, reject })
      void this.drain_()
    })
  }

  private async drain_(): Promise<void> {
    if (this.writing_) return
    this.writing_ = true
    try {
      while (this.waiting_.length) {
        const batch = this.waiting_.splice(0, this.maxItems)
        try {
          await this.write(batch.map(({ item }) => item))
          for (const request of batch) request.resolve()
        } catch (error) {
          if (batch.length === 1) {
            batch[0].reject(error)
            continue
          }
          // One request's failure is not the others': each is written again on its own.
          for (const request of batch) {
            await this.write([request.item]).then(request.resolve, request.reject)
          }
        }
      }
    } finally {
      this.writing_ = false
    }
  }
}
