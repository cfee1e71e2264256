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
  const phone = useMediaQuery("(max-width: 36em)");
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
