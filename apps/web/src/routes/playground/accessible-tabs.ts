import { useEffect, type RefObject } from "react";

/**
 * GraphiQL renders each editor tab as `<li role="tab">` holding two buttons, which screen readers
 * cannot use (axe: nested-interactive). This turns the strip into a plain list of buttons, the
 * active one marked aria-current, and keeps it so as GraphiQL adds, closes and re-renders tabs.
 */
export function useAccessibleGraphiQLTabs(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const normalize = () => {
      for (const list of root.querySelectorAll('.graphiql-tabs[role="tablist"]')) {
        list.removeAttribute("role");
        list.setAttribute("aria-label", "Editor tabs");
      }
      for (const tab of root.querySelectorAll<HTMLElement>(
        '.graphiql-tab[role="tab"], .graphiql-tab[aria-selected]',
      )) {
        const selected = tab.getAttribute("aria-selected") === "true";
        tab.removeAttribute("role");
        tab.removeAttribute("aria-selected");
        const button = tab.querySelector(".graphiql-tab-button");
        if (!button) continue;
        if (selected) button.setAttribute("aria-current", "true");
        else button.removeAttribute("aria-current");
      }
    };
    normalize();
    const observer = new MutationObserver(normalize);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["role", "aria-selected"],
    });
    return () => observer.disconnect();
  }, [container]);
}
