/**
 * The admin UI's `data-testid`s the end-to-end test finds things by. The product widget's exist;
 * the Recommendations page's are planned with its UI (issue #5) and tested once it lands.
 */
export const TEST_IDS = {
  productWidget: "product-recommendations-widget",
  productSimilar: "product-recommendations-similar",
  coverage: "recommendations-coverage",
  chart: "recommendations-chart",
  settingsForm: "recommendations-settings-form",
  previewLive: "recommendations-preview-live",
  previewDraft: "recommendations-preview-draft",
} as const
