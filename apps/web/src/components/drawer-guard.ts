import { createContext, useContext, useEffect } from "react";

/** What a form inside a DetailsDrawer tells the drawer, so closing it never loses work unasked. */
export interface DrawerGuard {
  /** Typed input that is not saved: closing the drawer asks before discarding it. */
  setUnsavedChanges: (unsaved: boolean) => void;
  /** A dialog or popover opened over the drawer takes Escape; the returned function gives it back. */
  claimEscape: () => () => void;
}

export const DrawerGuardContext = createContext<DrawerGuard | null>(null);

/** Tells the surrounding drawer whether closing it now would throw typed input away. */
export function useUnsavedChanges(unsaved: boolean): void {
  const guard = useContext(DrawerGuardContext);
  useEffect(() => {
    guard?.setUnsavedChanges(unsaved);
  }, [guard, unsaved]);
  useEffect(() => () => guard?.setUnsavedChanges(false), [guard]);
}

/** While `open`, Escape closes this dialog only, not the drawer underneath it too. */
export function useEscapeOverDrawer(open: boolean): void {
  const guard = useContext(DrawerGuardContext);
  useEffect(() => (open && guard ? guard.claimEscape() : undefined), [open, guard]);
}
