import { useEffect, useRef, useState } from "react"
import { fetchRecommendations } from "../lists"
import { getAnonymousSessionId } from "../session"
import type { RecommendationList, RecommendationRequest, StorefrontSdk } from "../types"

export type RecommendationsState =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "ready"; data: RecommendationList; error?: undefined }
  | { status: "error"; data?: undefined; error: unknown }

export type UseRecommendationsOptions = {
  /**
   * The list already fetched for this request (on the server, say): shown at once and not
   * fetched again until the request changes.
   */
  initialData?: RecommendationList
}

/** A guest's own picks need their session: the browser's, unless the request names one. */
function withBrowserSession(request: RecommendationRequest): RecommendationRequest {
  if (request.placement !== "personalized" && request.placement !== "search") return request
  if (request.query?.session_id || typeof document === "undefined") return request
  return { ...request, query: { ...request.query, session_id: getAnonymousSessionId() } }
}

/** Fetches a recommendation list with the sdk, again whenever the request changes. */
export function useRecommendations(
  sdk: StorefrontSdk,
  request: RecommendationRequest,
  { initialData }: UseRecommendationsOptions = {}
): RecommendationsState {
  const key = JSON.stringify(request)
  const [state, setState] = useState<RecommendationsState>(() =>
    initialData ? { status: "ready", data: initialData } : { status: "loading" }
  )
  // The request the initial data answers: no fetch until it changes.
  const servedKey = useRef(initialData ? key : undefined)
  const latestRequest = useRef(request)
  latestRequest.current = request

  useEffect(() => {
    if (servedKey.current === key) return
    servedKey.current = undefined
    const controller = new AbortController()
    setState({ status: "loading" })
    fetchRecommendations(sdk, withBrowserSession(latestRequest.current), {
      signal: controller.signal,
    }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error })
      }
    )
    return () => controller.abort()
  }, [sdk, key])

  return state
}
