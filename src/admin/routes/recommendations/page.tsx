import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { EmbeddingCoverageSection } from "../../components/coverage/embedding-coverage-section"
import { MetricsSection } from "../../components/metrics/metrics-section"
import { PreviewSection } from "../../components/preview/preview-section"
import { SettingsSection } from "../../components/settings/settings-section"
import { useRecommendationSettings } from "../../hooks/use-recommendation-settings"
import { useSettingsDraft } from "../../hooks/use-settings-draft"

/** The recommendations dashboard: pipeline, performance, settings and their preview. */
const RecommendationsPage = () => {
  const settings = useRecommendationSettings()
  // The form's unsaved values live here: the preview ranks with them before they are saved.
  const form = useSettingsDraft(settings.data)

  return (
    <div className="flex flex-col gap-y-3" data-testid="recommendations-page">
      <EmbeddingCoverageSection />
      <MetricsSection />
      <div className="grid grid-cols-1 items-start gap-3 2xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <SettingsSection settings={settings} form={form} />
        <PreviewSection draftChanges={form.changes} draftChangeCount={form.changeCount} />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Recommendations",
  icon: Sparkles,
})

export default RecommendationsPage
