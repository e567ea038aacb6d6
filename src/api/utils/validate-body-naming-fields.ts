import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaRequestHandler,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * `validateAndTransformBody` for nested bodies: the 400 names every bad field by its full path
 * (`diversity.similar: Too big: expected number to be <=1`, `fusion.weight: unknown field`),
 * where core's message says `diversity, similar`, or nothing of where an unknown key sits.
 */
export function validateBodyNamingFields(schema: z.ZodType): MedusaRequestHandler {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.body)
    if (result.success) {
      req.validatedBody = result.data
      return next()
    }
    const problems = result.error.issues.flatMap((issue) => {
      const path = issue.path.map(String).join(".")
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => `${path ? `${path}.` : ""}${key}: unknown field`)
      }
      return [`${path || "body"}: ${issue.message}`]
    })
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`))
  }
}
