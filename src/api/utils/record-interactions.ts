import type { MedusaContainer } from "@medusajs/framework/types"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import {
  recordInteractionsWorkflow,
  type RecordInteractionsWorkflowInput,
} from "../../workflows/record-interactions"
import { GroupCommit } from "./group-commit"

// At most 100 events per request: 50 requests stay under PostgreSQL's 65,535 bind parameters
// in the one insert (9 per event).
const MAX_REQUESTS_PER_WRITE = 50

// One per app (its module service), for tests that boot several in one process.
const commits = new WeakMap<
  RecommendationModuleService,
  GroupCommit<RecordInteractionsWorkflowInput>
>()

/**
 * Stores one request's events through `recordInteractionsWorkflow`, together with those of the
 * requests that arrive while a previous write runs: at a thousand events a second, one workflow
 * run and one insert serve many requests. Resolves once this request's events are stored.
 */
export function recordInteractions(
  container: MedusaContainer,
  input: RecordInteractionsWorkflowInput
): Promise<void> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  let commit = commits.get(service)
  if (!commit) {
    commit = new GroupCommit(async (inputs) => {
      await recordInteractionsWorkflow(container).run({
        input: {
          interactions: inputs.flatMap((one) => one.interactions),
          attach_sessions: inputs.flatMap((one) => one.attach_sessions ?? []),
        },
      })
    }, MAX_REQUESTS_PER_WRITE)
    commits.set(service, commit)
  }
  return commit.submit(input)
}
