import { Drawer } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";

/** A side panel on wide screens, the whole screen on a phone. */
export function DetailsDrawer(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  // Read in the first render, like useIsPhone: the drawer opens at its final size.
  const phone = useMediaQuery("(max-width: 36em)", undefined, { getInitialValueInEffect: false });
  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      position="right"
      size={phone ? "100%" : "lg"}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {props.children}
    </Drawer>
  );
}
