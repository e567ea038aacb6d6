/** The admin UI's `data-testid`s the end-to-end test finds things by. */
export const TEST_IDS = {
  productWidget: "product-recommendations-widget",
  productSimilar: "product-recommendations-similar",
  productItem: "product-recommendations-item",
  coverage: "recommendations-coverage",
  coverageSummary: "recommendations-coverage-summary",
  metrics: "recommendations-metrics",
  chart: "recommendations-chart",
  totalImpressions: "recommendations-total-impressions",
  settingsForm: "recommendations-settings-form",
  preview: "recommendations-preview",
  previewLive: "recommendations-preview-live",
  previewDraft: "recommendations-preview-draft",
  previewLiveSimilar: "recommendations-preview-live-similar",
  previewDraftSimilar: "recommendations-preview-draft-similar",
  previewItem: "recommendations-preview-item",
} as const
