import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Input that would reach PostgreSQL or Medusa's query parser as a server error rather than a
 * client one, answered with a 400 naming the parameter instead:
 * - the NUL character, which PostgreSQL text cannot hold (anywhere in the path parameters, the
 *   query or the JSON body);
 * - query keys nested deeper than `a.b`, which Medusa's query parser refuses with an error its
 *   error handler turns into a 500.
 * Runs first on every route of the plugin that takes input.
 */
export function rejectUnstorableInput(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): void {
  const deepKey = Object.keys(req.query ?? {}).find((key) => key.split(".").length > 2)
  if (deepKey !== undefined) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown query parameter: '${deepKey}'`)
    )
  }
  const sources: [string, unknown][] = [
    ["", req.params],
    ["", req.query],
    ["", req.body],
  ]
  const where = firstNulCharacter(sources)
  if (where !== undefined) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${where || "The request"} must not contain the NUL character (\\u0000)`
      )
    )
  }
  next()
}

/** The path of the first string (or key) holding a NUL character, walked without recursion. */
function firstNulCharacter(pending: [string, unknown][]): string | undefined {
  while (pending.length) {
    const [path, value] = pending.pop() as [string, unknown]
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key
        if (key.includes("\u0000")) return path || "A parameter name"
        pending.push([childPath, child])
      }
    }
  }
  return undefined
}
