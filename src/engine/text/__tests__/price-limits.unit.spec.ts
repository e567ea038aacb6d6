import { extractPriceLimits } from "../price-limits"

describe("extractPriceLimits", () => {
  it.each([
    ["a gift for a coffee lover under 30", "a gift for a coffee lover", { max: 30 }],
    ["espresso cups below $12.50", "espresso cups", { max: 12.5 }],
    ["tea less than 9,99 €", "tea", { max: 9.99 }],
    ["grinder over 100 dollars", "grinder", { min: 100 }],
    ["serum between 40 and 20", "serum", { min: 20, max: 40 }],
    ["mug at least 10 and no more than 25", "mug and", { min: 10, max: 25 }],
  ])("reads %j", (query, text, limits) => {
    expect(extractPriceLimits(query)).toEqual({ text, limits })
  })

  it.each(["toys for kids under 5 years", "bottles over 500 ml", "a 2-in-1 shampoo", "espresso"])(
    "leaves %j alone",
    (query) => {
      expect(extractPriceLimits(query)).toEqual({ text: query, limits: {} })
    }
  )

  it("keeps the whole query when only a bound was given", () => {
    expect(extractPriceLimits(" under 30 ")).toEqual({ text: "under 30", limits: { max: 30 } })
  })
})
