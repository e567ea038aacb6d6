import type { HttpTypes } from "@medusajs/types"
import { useEffect, useRef, type CSSProperties, type ElementType, type ReactNode } from "react"
import { getEventTracker, recommendationClick, type EventTracker } from "../events"
import { formatPrice, productPrice, reasonLine, recommendedProducts } from "../present"
import type {
  ProductPrice,
  Reason,
  RecommendationList,
  RecommendationListQuery,
  RecommendationPlacement,
  RecommendationRequest,
  ShopperListQuery,
  StorefrontSdk,
} from "../types"
import { useRecommendations } from "./use-recommendations"

/** Which list to show. */
export type ProductRecommendationsSource =
  | {
      placement: "similar" | "bought_together"
      productId: string
      q?: undefined
      /** More query parameters: fields, exclude, diversity, in_stock, price range... */
      query?: RecommendationListQuery
    }
  | { placement: "personalized"; productId?: undefined; q?: undefined; query?: ShopperListQuery }
  | { placement: "search"; q: string; productId?: undefined; query?: ShopperListQuery }

/** What the link element receives: an `<a>` by default, or e.g. Next.js's `Link`. */
export type RecommendationLinkProps = {
  href: string
  className?: string
  style?: CSSProperties
  onClick: () => void
  children: ReactNode
}

export type ProductRecommendationsClassNames = Partial<
  Record<
    "heading" | "list" | "item" | "link" | "thumbnail" | "title" | "price" | "reason" | "status",
    string
  >
>

export type ProductRecommendationsProps = ProductRecommendationsSource & {
  sdk: StorefrontSdk
  /** Prices in this region's currency (none without it, unless `query` has a cart or country). */
  regionId?: string
  limit?: number
  /** The list fetched on the server for the same props: rendered at once, not fetched again. */
  initialData?: RecommendationList
  /** Above the list; a default per placement, `null` for none. */
  heading?: ReactNode
  /** Where a product links to; default `/products/<handle>`. */
  productHref?: (product: HttpTypes.StoreProduct) => string
  linkAs?: ElementType<RecommendationLinkProps>
  /** Where clicks go; default the sdk's shared tracker (`getEventTracker(sdk)`). */
  tracker?: EventTracker
  /** Locale of the default price format (default "en-US"). */
  locale?: string
  formatPrice?: (price: ProductPrice) => string
  /** The reason line of an item: the first reason this describes (default: English lines). */
  describeReason?: (reason: Reason) => string | null
  /** Shown while the list loads. */
  loading?: ReactNode
  /** Shown when the list is empty; by default nothing at all is rendered then. */
  empty?: ReactNode
  /** A failed fetch renders nothing (recommendations are never worth an error on a page). */
  onError?: (error: unknown) => void
  className?: string
  classNames?: ProductRecommendationsClassNames
}

const DEFAULT_HEADINGS: Record<RecommendationPlacement, string> = {
  similar: "You may also like",
  bought_together: "Frequently bought together",
  personalized: "Picked for you",
  search: "Suggestions",
}

// Plain markup that works unstyled; any class name given replaces the style it would get.
const DEFAULT_STYLES: Partial<Record<keyof ProductRecommendationsClassNames, CSSProperties>> = {
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(10rem, 1fr))",
    gap: "1rem",
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  link: { display: "flex", flexDirection: "column", gap: "0.25rem" },
  thumbnail: { width: "100%", height: "auto", aspectRatio: "1 / 1", objectFit: "cover" },
}

function requestOf(props: ProductRecommendationsProps): RecommendationRequest {
  const common = {
    ...(props.regionId ? { region_id: props.regionId } : {}),
    ...(props.limit ? { limit: props.limit } : {}),
  }
  switch (props.placement) {
    case "similar":
    case "bought_together":
      return {
        placement: props.placement,
        productId: props.productId,
        query: { ...props.query, ...common },
      }
    case "personalized":
      return { placement: "personalized", query: { ...props.query, ...common } }
    case "search":
      return { placement: "search", q: props.q, query: { ...props.query, ...common } }
  }
}

/**
 * A grid of recommended products (thumbnail, title, price, reason), fetched with the sdk or
 * given as `initialData`. Clicks are tracked as `recommendation_click` events carrying the
 * list's `recommendation_id`; impressions are counted by the server, so none are sent.
 */
export function ProductRecommendations(props: ProductRecommendationsProps) {
  const {
    sdk,
    initialData,
    heading = DEFAULT_HEADINGS[props.placement],
    productHref = (product) => `/products/${product.handle}`,
    linkAs: Link = "a",
    tracker,
    locale,
    formatPrice: format = (price) => formatPrice(price, locale),
    describeReason,
    loading = <p role="status">Loading recommendations…</p>,
    empty = null,
    onError,
    className,
    classNames = {},
  } = props
  const state = useRecommendations(sdk, requestOf(props), { initialData })
  // Told once per failed fetch, however often the page re-renders with a new callback.
  const reportError = useRef(onError)
  reportError.current = onError
  useEffect(() => {
    if (state.status === "error") reportError.current?.(state.error)
  }, [state])

  const part = (name: keyof ProductRecommendationsClassNames) =>
    classNames[name] ? { className: classNames[name] } : { style: DEFAULT_STYLES[name] }
  const list = state.data
  const items = list ? recommendedProducts(list) : []
  if (state.status === "error" || (state.status === "ready" && !items.length && !empty)) {
    return null
  }

  return (
    <section
      className={className}
      data-placement={props.placement}
      data-recommendation-id={list?.recommendation_id}
      aria-busy={state.status === "loading"}
    >
      {heading ? <h2 {...part("heading")}>{heading}</h2> : null}
      {state.status === "loading" ? <div {...part("status")}>{loading}</div> : null}
      {list && !items.length ? <div {...part("status")}>{empty}</div> : null}
      {list && items.length ? (
        <ul {...part("list")}>
          {items.map(({ product, recommendation }) => {
            const price = productPrice(product)
            const reason = reasonLine(recommendation, describeReason)
            return (
              <li key={product.id} data-product-id={product.id} {...part("item")}>
                <Link
                  href={productHref(product)}
                  {...part("link")}
                  onClick={() =>
                    (tracker ?? getEventTracker(sdk)).track(recommendationClick(list, product.id))
                  }
                >
                  {product.thumbnail ? (
                    <img src={product.thumbnail} alt="" loading="lazy" {...part("thumbnail")} />
                  ) : null}
                  <span {...part("title")}>{product.title}</span>
                  {price ? <span {...part("price")}>{format(price)}</span> : null}
                </Link>
                {reason ? <p {...part("reason")}>{reason}</p> : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
