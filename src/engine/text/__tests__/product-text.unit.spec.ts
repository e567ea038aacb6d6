import { buildProductText, hashText, type ProductTextSource } from "../product-text"

const grinder: ProductTextSource = {
  title: "Conical Burr Grinder ",
  subtitle: "For espresso and filter",
  description: "<p>Grinds <strong>evenly</strong> &amp; quietly.</p><ul><li>40 settings</li></ul>",
  material: "Stainless steel",
  type: { value: "Coffee Equipment" },
  collection: { title: "Best Sellers" },
  categories: [{ name: "Grinders" }, { name: "Coffee & Tea" }],
  tags: [{ value: "espresso" }, { value: "burr" }, null],
  options: [
    { title: "Color", values: [{ value: "Black" }, { value: "Black" }, { value: "Silver" }] },
  ],
}

describe("buildProductText", () => {
  it("joins every field in a fixed order, with HTML stripped and lists sorted", () => {
    expect(buildProductText(grinder)).toBe(
      "Conical Burr Grinder. For espresso and filter. Type: Coffee Equipment. " +
        "Collection: Best Sellers. Categories: Coffee & Tea, Grinders. Tags: burr, espresso. " +
        "Material: Stainless steel. Options: Color Black, Silver. Grinds evenly & quietly. 40 settings"
    )
  })

  it("gives the same text whatever order the relations come in", () => {
    const shuffled = {
      ...grinder,
      categories: [...(grinder.categories ?? [])].reverse(),
      tags: [...(grinder.tags ?? [])].reverse(),
    }
    expect(buildProductText(shuffled)).toBe(buildProductText(grinder))
  })

  it("uses only the chosen fields, still in the fixed order", () => {
    expect(buildProductText(grinder, { fields: ["categories", "title"], maxLength: 1000 })).toBe(
      "Conical Burr Grinder. Categories: Coffee & Tea, Grinders"
    )
  })

  it("skips missing and blank fields", () => {
    expect(buildProductText({ title: "Mug", subtitle: "  ", categories: [], type: null })).toBe(
      "Mug"
    )
  })

  it("truncates at a word boundary, cutting the description first", () => {
    const text = buildProductText(
      { title: "Kettle", description: "word ".repeat(100) },
      { fields: ["title", "description"], maxLength: 40 }
    )
    expect(text.length).toBeLessThanOrEqual(40)
    expect(text.startsWith("Kettle. word")).toBe(true)
    expect(text.endsWith("word")).toBe(true)
  })
})

describe("hashText", () => {
  it("is a stable sha256 that changes with the text", () => {
    expect(hashText("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(hashText("abd")).not.toBe(hashText("abc"))
  })
})
