import { SESSION_ID_PATTERN } from "../utils/shopper-events"

/**
 * The cookie holding a guest's session id: a cookie rather than localStorage, so that server
 * components can read it and personalize on the server too.
 */
export const ANONYMOUS_SESSION_COOKIE = "medusa_reco_session"

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/** Where a session id is kept between page loads. */
export type SessionIdStore = {
  read(): string | null | undefined
  write(sessionId: string): void
}

/** True for what the server accepts as a `session_id`: 1-64 letters, digits, `_` or `-`. */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID_PATTERN.test(value)
}

/** A new random session id ("anon_" and 32 hex digits), from the platform's secure random. */
export function createSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `anon_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`
}

/** The session cookie of this browser (first-party, a year, sent to every path). */
export function cookieSessionIdStore(name = ANONYMOUS_SESSION_COOKIE): SessionIdStore {
  return {
    read: () => {
      for (const pair of document.cookie.split(";")) {
        const [key, ...value] = pair.trim().split("=")
        // Raw: a valid id needs no decoding, and anything else is replaced anyway.
        if (key === name) return value.join("=")
      }
      return null
    },
    write: (sessionId) => {
      const secure = location.protocol === "https:" ? "; Secure" : ""
      document.cookie = `${name}=${sessionId}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; SameSite=Lax${secure}`
    },
  }
}

// When the browser refuses the cookie, one id for the life of the page beats none.
let pageSessionId: string | undefined

/**
 * This guest's session id, stable across page loads: read from `store` (the session cookie by
 * default), or created and stored there. In a browser that refuses cookies it lasts as long as
 * the page. Without a browser there is no one guest to speak of: pass a store for the request,
 * or read the cookie with `isSessionId` on the server.
 */
export function getAnonymousSessionId(store?: SessionIdStore): string {
  if (!store && typeof document === "undefined") {
    throw new Error(
      `getAnonymousSessionId needs a browser or a store: on a server, read the ${ANONYMOUS_SESSION_COOKIE} cookie of the request`
    )
  }
  const sessions = store ?? cookieSessionIdStore()
  const stored = sessions.read()
  if (isSessionId(stored)) return stored
  const created = createSessionId()
  sessions.write(created)
  if (store || sessions.read() === created) return created
  pageSessionId ??= created
  return pageSessionId
}
