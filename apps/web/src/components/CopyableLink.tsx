import { Button, CopyButton, Group, TextInput, VisuallyHidden } from "@mantine/core";
import { useViewer } from "../app/viewer";

/**
 * Copies a value. Named "Copy <what>", then "Copied <what>" for two seconds; a live region says
 * so too, since a changed button name is not announced.
 */
export function CopyValueButton({ value, what }: { value: string; what: string }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <>
          <Button
            variant={copied ? "filled" : "light"}
            color={copied ? "teal.9" : undefined}
            onClick={copy}
            aria-label={`${copied ? "Copied" : "Copy"} ${what}`}
            style={{ flexShrink: 0 }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
          <VisuallyHidden role="status">{copied ? `Copied ${what}.` : ""}</VisuallyHidden>
        </>
      )}
    </CopyButton>
  );
}

interface CopyableLinkProps {
  /** The visible label of the read-only field, e.g. "Join link". */
  label: string;
  value: string;
  /** What the copy button copies, for its name: "join link" → "Copy join link". */
  what: string;
  description?: string;
}

/** A link in a read-only field (selectable by hand, too) with a Copy button beside it. */
export function CopyableLink({ label, value, what, description }: CopyableLinkProps) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
      />
      <CopyValueButton value={value} what={what} />
    </Group>
  );
}

/** The address where affiliates sign up to the seller's program. */
export const joinLinkOf = (slug: string) => `${window.location.origin}/join/${slug}`;

/** The signed-in seller's join link, ready to copy; nothing until the viewer is known. */
export function JoinLink({ description }: { description?: string }) {
  const { viewer } = useViewer();
  const slug = viewer?.seller?.slug;
  if (!slug) return null;
  return (
    <CopyableLink
      label="Your program's join link"
      value={joinLinkOf(slug)}
      what="join link"
      description={description}
    />
  );
}
