import type { ClientHeaders } from "@medusajs/js-sdk"
import { MAX_EVENTS_PER_REQUEST } from "../utils/shopper-events"
import { getAnonymousSessionId } from "./session"
import type {
  RecommendationList,
  SendEventsOptions,
  SendEventsResult,
  StorefrontEvent,
  StorefrontSdk,
} from "./types"

type FetchFailure = { status?: number }

/** Worth sending again later: rate-limited, a server error, or no answer at all. */
function isTransient(error: unknown): boolean {
  const status = (error as FetchFailure | null)?.status
  return status === undefined || status === 429 || status >= 500
}

/**
 * POST /store/recommendations/events, now: the events in requests of at most 100 (what the
 * route accepts), one after the other. Never throws; failed requests are in `failures`.
 */
export async function sendEvents(
  sdk: StorefrontSdk,
  events: StorefrontEvent[],
  { sessionId, ...options }: SendEventsOptions = {}
): Promise<SendEventsResult> {
  const result: SendEventsResult = { requests: 0, accepted: 0, failures: [] }
  for (let start = 0; start < events.length; start += MAX_EVENTS_PER_REQUEST) {
    const batch = events.slice(start, start + MAX_EVENTS_PER_REQUEST)
    result.requests++
    try {
      const answer = await sdk.client.fetch<{ accepted: number }>("/store/recommendations/events", {
        ...options,
        method: "POST",
        body: { session_id: sessionId, events: batch },
      })
      result.accepted += answer.accepted
    } catch (error) {
      result.failures.push({ events: batch, error })
    }
  }
  return result
}

/** The click on a product of a list, carrying the list's `recommendation_id`. */
export function recommendationClick(
  list: Pick<RecommendationList, "recommendation_id">,
  productId: string
): StorefrontEvent {
  return {
    type: "recommendation_click",
    product_id: productId,
    recommendation_id: list.recommendation_id,
  }
}

export type EventTrackerOptions = {
  /**
   * The guest's session id. Default: in a browser, `getAnonymousSessionId()`; elsewhere none
   * (then the sdk must carry a customer's token). Sent with a customer's token too, so that the
   * guest's earlier events become the customer's.
   */
  sessionId?: string
  /** Send as soon as this many events are queued (1-100, default 20). */
  batchSize?: number
  /** Send queued events at most this long after the first of them (default 5000 ms). */
  flushIntervalMs?: number
  /** Events kept while the server cannot be reached; the oldest go first (default 1000). */
  maxQueueSize?: number
  /** Headers for every request, e.g. a customer's auth headers on a server. */
  headers?: ClientHeaders
  /** In a browser, send what is queued when the page is hidden or left (default true). */
  flushOnPageHide?: boolean
  /** Told about every failed request: a 400 is dropped, a 429, 5xx or network error retried. */
  onError?: (failure: SendEventsResult["failures"][number]) => void
}

export type EventTracker = {
  /** Queues an event; it is sent with the next batch. */
  track(event: StorefrontEvent): void
  /**
   * Sends everything queued now. `keepalive` lets the requests outlive the page (page hide
   * uses it); transient failures go back to the queue.
   */
  flush(options?: { keepalive?: boolean }): Promise<SendEventsResult>
  /** Events queued and not sent yet. */
  readonly pending: number
  /** Stops the timer and the page listeners, then sends what is left. */
  close(): Promise<SendEventsResult>
}

const DEFAULT_BATCH_SIZE = 20
const DEFAULT_FLUSH_INTERVAL_MS = 5000
const DEFAULT_MAX_QUEUE_SIZE = 1000

/**
 * A queue of shopper events sent in batches: when `batchSize` are queued, `flushIntervalMs`
 * after the first one, and when the page is hidden. Page hide sends with `fetch` and
 * `keepalive: true` rather than `navigator.sendBeacon`: a beacon cannot carry headers, and
 * Medusa reads the publishable key from the `x-publishable-api-key` header only.
 */
export function createEventTracker(
  sdk: StorefrontSdk,
  options: EventTrackerOptions = {}
): EventTracker {
  const batchSize = Math.min(
    Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE),
    MAX_EVENTS_PER_REQUEST
  )
  const flushIntervalMs = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS
  const maxQueueSize = options.maxQueueSize ?? DEFAULT_MAX_QUEUE_SIZE
  const inBrowser = typeof window !== "undefined" && typeof document !== "undefined"
  const sessionId = options.sessionId ?? (inBrowser ? getAnonymousSessionId() : undefined)
  let queue: StorefrontEvent[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const flush = async ({ keepalive = false } = {}): Promise<SendEventsResult> => {
    stopTimer()
    const events = queue
    queue = []
    const result = await sendEvents(sdk, events, {
      sessionId,
      headers: options.headers,
      ...(keepalive ? { keepalive } : {}),
    })
    const retry = result.failures.filter((failure) => isTransient(failure.error))
    for (const failure of result.failures) options.onError?.(failure)
    if (retry.length) {
      queue = [...retry.flatMap((failure) => failure.events), ...queue].slice(-maxQueueSize)
      timer ??= setTimeout(() => void flush(), flushIntervalMs)
    }
    return result
  }

  const onPageHide = () => {
    if (queue.length) void flush({ keepalive: true })
  }
  const onVisibilityChange = () => {
    if (document.visibilityState === "hidden") onPageHide()
  }
  const listening = inBrowser && options.flushOnPageHide !== false
  if (listening) {
    document.addEventListener("visibilitychange", onVisibilityChange)
    window.addEventListener("pagehide", onPageHide)
  }

  return {
    track(event) {
      queue.push(event)
      if (queue.length > maxQueueSize) queue.splice(0, queue.length - maxQueueSize)
      if (queue.length >= batchSize) void flush()
      else timer ??= setTimeout(() => void flush(), flushIntervalMs)
    },
    flush,
    get pending() {
      return queue.length
    },
    close() {
      if (listening) {
        document.removeEventListener("visibilitychange", onVisibilityChange)
        window.removeEventListener("pagehide", onPageHide)
      }
      return flush()
    },
  }
}

const sharedTrackers = new WeakMap<StorefrontSdk, EventTracker>()

/**
 * The tracker `trackEvent` and the React component share for this sdk, created by the first call
 * (whose options it keeps).
 */
export function getEventTracker(sdk: StorefrontSdk, options?: EventTrackerOptions): EventTracker {
  let tracker = sharedTrackers.get(sdk)
  if (!tracker) {
    tracker = createEventTracker(sdk, options)
    sharedTrackers.set(sdk, tracker)
  }
  return tracker
}

/** Queues an event on the sdk's shared tracker: sent in a batch, soon. */
export function trackEvent(sdk: StorefrontSdk, event: StorefrontEvent): void {
  getEventTracker(sdk).track(event)
}
