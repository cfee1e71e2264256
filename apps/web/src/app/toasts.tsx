import "./notifications.css";
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
      {/* Top centre, under the header: at the bottom right toasts covered the pager's Next and
          the drawer's History, at the top right the Sign out button; narrow and brief. */}
      <Notifications
        position="top-center"
        containerWidth={400}
        autoClose={3500}
        classNames={{ root: "app-notifications" }}
      />
    </Suspense>
  );
}
