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
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: { "--mantine-color-dimmed": "var(--mantine-color-dark-1)" },
});
