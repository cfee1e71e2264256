import { Drawer } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMemo, useState, type ReactNode } from "react";
import { DiscardChangesDialog } from "./DiscardChangesDialog";
import { DrawerGuardContext, type DrawerGuard } from "./drawer-guard";

/**
 * A side panel on wide screens, the whole screen on a phone. Closing it (Escape, ×, the overlay)
 * while a form inside has unsaved input asks first.
 */
export function DetailsDrawer(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  // Read in the first render, like useIsPhone: the drawer opens at its final size.
  const phone = useMediaQuery("(max-width: 36em)", undefined, { getInitialValueInEffect: false });
  const [unsaved, setUnsaved] = useState(false);
  const [escapeClaims, setEscapeClaims] = useState(0);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const guard = useMemo<DrawerGuard>(
    () => ({
      setUnsavedChanges: setUnsaved,
      claimEscape: () => {
        setEscapeClaims((claims) => claims + 1);
        return () => setEscapeClaims((claims) => claims - 1);
      },
    }),
    [],
  );
  const requestClose = () => (unsaved ? setAskingToDiscard(true) : props.onClose());
  return (
    <>
      <Drawer
        opened={props.opened}
        onClose={requestClose}
        closeOnEscape={escapeClaims === 0 && !askingToDiscard}
        title={props.title}
        position="right"
        size={phone ? "100%" : "lg"}
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <DrawerGuardContext value={guard}>{props.children}</DrawerGuardContext>
      </Drawer>
      <DiscardChangesDialog
        opened={askingToDiscard}
        onKeepEditing={() => setAskingToDiscard(false)}
        onDiscard={() => {
          setAskingToDiscard(false);
          setUnsaved(false);
          props.onClose();
        }}
      />
    </>
  );
}
