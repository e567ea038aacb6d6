import { EllipsisHorizontal, EyeSlash, PinTack } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"

type RecommendationItemActionsProps = {
  title: string
  position: number
  pinned: boolean
  disabled: boolean
  onPin: () => void
  onUnpin: () => void
  onExclude: () => void
}

/** Merchandising on one item of the product's list: pin it where it is, or exclude it. */
export const RecommendationItemActions = ({
  title,
  position,
  pinned,
  disabled,
  onPin,
  onUnpin,
  onExclude,
}: RecommendationItemActionsProps) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild disabled={disabled}>
      <IconButton
        size="small"
        variant="transparent"
        aria-label={`Rules for ${title}`}
        data-testid="product-recommendations-item-actions"
      >
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content align="end">
      {pinned ? (
        <DropdownMenu.Item
          className="flex items-center gap-x-2"
          onClick={onUnpin}
          data-testid="product-recommendations-unpin"
        >
          <PinTack className="text-ui-fg-subtle" />
          Unpin
        </DropdownMenu.Item>
      ) : (
        <DropdownMenu.Item
          className="flex items-center gap-x-2"
          onClick={onPin}
          data-testid="product-recommendations-pin"
        >
          <PinTack className="text-ui-fg-subtle" />
          Pin at #{position}
        </DropdownMenu.Item>
      )}
      <DropdownMenu.Item
        className="flex items-center gap-x-2"
        onClick={onExclude}
        data-testid="product-recommendations-exclude"
      >
        <EyeSlash className="text-ui-fg-subtle" />
        Exclude from this list
      </DropdownMenu.Item>
    </DropdownMenu.Content>
  </DropdownMenu>
)
