import type { Interaction, ItemId } from "../types"

/** One shopper to evaluate: what they did before, and the item they interacted with next. */
export type EvaluationCase = {
  user_id: string
  /** Oldest first. */
  history: Interaction[]
  target: ItemId
}

export type LeaveLastOutSplit = {
  /** Every shopper's events before their held-out item: what models may learn from. */
  train: Interaction[]
  cases: EvaluationCase[]
}

/**
 * Leave-last-out split. `sequences` holds each shopper's events in order (by sequence position,
 * then time). With `holdout` 1 the last event is the target (the test split); with 2 the
 * second-to-last is, and the last one is dropped (the validation split, which never sees the test
 * items). Models train on each shopper's events before their target; shoppers with no event
 * before it only contribute training data.
 */
export function leaveLastOut(
  sequences: Iterable<readonly Interaction[]>,
  holdout: number
): LeaveLastOutSplit {
  if (!Number.isInteger(holdout) || holdout < 1) {
    throw new RangeError(`holdout must be a positive integer, got ${holdout}`)
  }
  const train: Interaction[] = []
  const cases: EvaluationCase[] = []
  for (const events of sequences) {
    const targetIndex = events.length - holdout
    if (targetIndex < 0) continue
    const history = events.slice(0, targetIndex)
    for (const event of history) train.push(event)
    if (history.length > 0) {
      cases.push({
        user_id: events[targetIndex].user_id,
        history,
        target: events[targetIndex].item_id,
      })
    }
  }
  return { train, cases }
}
