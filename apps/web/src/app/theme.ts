import { createTheme, type CSSVariablesResolver, type NotificationProps } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: { light: 7, dark: 4 },
  defaultRadius: "md",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  autoContrast: true,
  components: {
    // Toasts' close buttons need a name screen readers can announce. A plain object, not
    // Notification.extend(), so the toasts' component stays out of the first screen's code.
    Notification: {
      defaultProps: {
        closeButtonProps: { "aria-label": "Dismiss notification" },
      } satisfies Partial<NotificationProps>,
    },
  },
});

/** Mantine's default "dimmed" grey and links are below WCAG AA contrast on tinted rows; ours are darker. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-anchor": "var(--mantine-color-indigo-8)",
    "--mantine-color-indigo-light-color": "var(--mantine-color-indigo-9)",
    // Hovered light buttons kept indigo-2 behind indigo-9 text (4.0:1); indigo-1 keeps 5.4:1.
    "--mantine-color-indigo-light-hover": "var(--mantine-color-indigo-1)",
    "--mantine-color-error": "var(--mantine-color-red-8)",
    // Light alerts and badges: Mantine's text on its shade-1 tint is below 4.5:1 for these colours,
    // even at shade 9; three quarters of shade 9 keeps them recognisable and readable (≥ 6:1).
    "--mantine-color-green-light-color":
      "color-mix(in srgb, var(--mantine-color-green-9) 75%, black)",
    "--mantine-color-teal-light-color":
      "color-mix(in srgb, var(--mantine-color-teal-9) 75%, black)",
    "--mantine-color-red-light-color": "color-mix(in srgb, var(--mantine-color-red-9) 75%, black)",
    "--mantine-color-orange-light-color":
      "color-mix(in srgb, var(--mantine-color-orange-9) 75%, black)",
    "--mantine-color-yellow-light-color":
      "color-mix(in srgb, var(--mantine-color-yellow-9) 70%, black)",
  },
  dark: { "--mantine-color-dimmed": "var(--mantine-color-dark-1)" },
});
