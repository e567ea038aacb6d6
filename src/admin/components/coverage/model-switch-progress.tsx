import { Text } from "@medusajs/ui"
import type { AdminEmbeddingPipelineStatus } from "../../../types/http"
import { formatPercent } from "../../lib/format"
import { ProgressBar } from "../common/progress-bar"

type ModelSwitchProgressProps = { modelSwitch: AdminEmbeddingPipelineStatus["model_switch"] }

/** A model change under way: the new model fills in while the previous one keeps serving. */
export const ModelSwitchProgress = ({ modelSwitch }: ModelSwitchProgressProps) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="recommendations-model-switch">
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <Text size="small" weight="plus">
        Switching model: {modelSwitch.serving_model} → {modelSwitch.target_model}
      </Text>
      <Text size="small" className="text-ui-fg-subtle tabular-nums">
        {formatPercent(modelSwitch.progress)} embedded · takes over at{" "}
        {formatPercent(modelSwitch.switch_coverage, 0)}
      </Text>
    </div>
    <ProgressBar
      value={modelSwitch.progress}
      marker={modelSwitch.switch_coverage}
      label="Model switch progress"
      tone="warning"
    />
    <Text size="xsmall" className="text-ui-fg-muted">
      Lists keep ranking with {modelSwitch.serving_model} until the new model covers enough of the
      catalog.
    </Text>
  </div>
)
