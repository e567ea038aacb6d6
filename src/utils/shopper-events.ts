// What the events route accepts from a storefront, shared with the storefront kit: no Medusa
// imports here, since the kit runs in browsers.

/** Most events in one request to POST /store/recommendations/events. */
export const MAX_EVENTS_PER_REQUEST = 100

/**
 * An anonymous shopper's session id, as a storefront generates and keeps it: short, and safe to
 * log and to put in a URL or a cookie.
 */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
