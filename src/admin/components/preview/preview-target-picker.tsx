import { XMarkMini } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useCustomerSearch, useProductSearch } from "../../hooks/use-entity-search"
import { ProductThumbnail } from "../common/product-thumbnail"
import { SearchCombobox, type ComboboxOption } from "../common/search-combobox"
import { SegmentedControl } from "../common/segmented-control"

export type PreviewSubject = {
  kind: "product" | "customer"
  id: string
  label: string
  description?: string
  thumbnail?: string | null
}

type PreviewTargetPickerProps = {
  subject: PreviewSubject | null
  onChange: (subject: PreviewSubject | null) => void
}

const KINDS = [
  { value: "product", label: "Product" },
  { value: "customer", label: "Customer" },
] as const

function customerName(customer: { first_name: string | null; last_name: string | null }) {
  return [customer.first_name, customer.last_name].filter(Boolean).join(" ")
}

/** Whose lists to preview: a product (its similar and bought-together lists) or a customer. */
export const PreviewTargetPicker = ({ subject, onChange }: PreviewTargetPickerProps) => {
  const [kind, setKind] = useState<PreviewSubject["kind"]>(subject?.kind ?? "product")
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const products = useProductSearch(q, kind === "product")
  const customers = useCustomerSearch(q, kind === "customer")

  const matches: PreviewSubject[] =
    kind === "product"
      ? (products.data?.products ?? []).map((product) => ({
          kind,
          id: product.id,
          label: product.title,
          description: product.status,
          thumbnail: product.thumbnail,
        }))
      : (customers.data?.customers ?? []).map((customer) => ({
          kind,
          id: customer.id,
          label: customerName(customer) || customer.email,
          description: customerName(customer) ? customer.email : undefined,
        }))
  const options: ComboboxOption[] = matches.map((match) => ({
    value: match.id,
    label: match.label,
    description: match.description,
    media: match.kind === "product" ? <ProductThumbnail src={match.thumbnail} /> : undefined,
  }))

  const select = (option: ComboboxOption) => {
    onChange(matches.find((match) => match.id === option.value) ?? null)
    setSearch("")
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="recommendations-preview-picker">
      <div className="flex flex-wrap items-center gap-2">
        <SegmentedControl
          label="Preview for"
          value={kind}
          onValueChange={(next) => {
            setKind(next)
            setSearch("")
          }}
          options={KINDS}
          testId="recommendations-preview-kind"
        />
        <div className="min-w-[240px] flex-1">
          <SearchCombobox
            label={kind === "product" ? "Search products" : "Search customers"}
            placeholder={
              kind === "product"
                ? "Search products by title…"
                : "Search customers by email or name…"
            }
            search={search}
            onSearchChange={setSearch}
            options={options}
            isLoading={kind === "product" ? products.isFetching : customers.isFetching}
            onSelect={select}
            testId="recommendations-preview-search"
          />
        </div>
      </div>
      {subject && (
        <div
          className="bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-3 rounded-lg px-3 py-2"
          data-testid="recommendations-preview-subject"
          data-subject-id={subject.id}
        >
          {subject.kind === "product" && <ProductThumbnail src={subject.thumbnail} />}
          <div className="flex min-w-0 flex-1 flex-col">
            <Text size="small" leading="compact" weight="plus" className="truncate">
              {subject.label}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
              {subject.kind === "product" ? "Product" : "Customer"}
              {subject.description ? ` · ${subject.description}` : ""}
            </Text>
          </div>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Clear the preview"
            onClick={() => onChange(null)}
          >
            <XMarkMini />
          </IconButton>
        </div>
      )}
    </div>
  )
}
