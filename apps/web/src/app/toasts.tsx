import type { NotificationData } from "@mantine/notifications";
import { lazy, Suspense, useSyncExternalStore } from "react";

// Toasts follow what someone did, never the first screen: their code (store, transitions, portal)
// is fetched with the first one, and the place they show in is mounted then.
const Notifications = lazy(async () => ({
  default: (await import("@mantine/notifications")).Notifications,
}));

let anyShown = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows a toast (Mantine's `notifications.show`); the first one mounts <Toasts>. */
export function showToast(toast: NotificationData): void {
  if (!anyShown) {
    anyShown = true;
    listeners.forEach((listener) => listener());
  }
  void import("@mantine/notifications").then(({ notifications }) => notifications.show(toast));
}

/** Where toasts appear once there is one. */
export function Toasts() {
  const shown = useSyncExternalStore(subscribe, () => anyShown);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      {/* Bottom right: at the top the toast covered the header's Sign out button. */}
      <Notifications position="bottom-right" />
    </Suspense>
  );
}
