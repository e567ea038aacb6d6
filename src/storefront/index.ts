// medusa-plugin-recommendations/storefront: typed helpers for @medusajs/js-sdk, with no React
// and no server code, for any storefront (browser or server side).
export {
  fetchRecommendations,
  getBoughtTogether,
  getRecommendations,
  getSimilar,
  searchRecommendations,
} from "./lists"
export {
  createEventTracker,
  getEventTracker,
  recommendationClick,
  sendEvents,
  trackEvent,
  type EventTracker,
  type EventTrackerOptions,
} from "./events"
export {
  describeReason,
  formatPrice,
  productPrice,
  reasonLine,
  recommendedProducts,
} from "./present"
export {
  ANONYMOUS_SESSION_COOKIE,
  cookieSessionIdStore,
  createSessionId,
  getAnonymousSessionId,
  isSessionId,
  type SessionIdStore,
} from "./session"
export type * from "./types"
