import type { ApolloClient } from "@apollo/client";
import { createBrowserRouter, type RouteObject } from "react-router";
import { NotFoundPage } from "../routes/NotFoundPage";
import { LoadingState } from "../components/LoadingState";
import { fetchAffiliates } from "../routes/seller/affiliates/affiliates-queries";
import { fetchPayouts } from "../routes/seller/payouts/payouts-queries";
import { fetchPayoutBatches } from "../routes/seller/payout-batches/payout-batches-queries";
import { rendersWithData } from "./route-data";
import { RouteError } from "./RouteError";
import { fetchViewer } from "./viewer";

const appRoutes = (client: ApolloClient): RouteObject[] => [
  {
    path: "/login",
    loader: () => fetchViewer(client),
    lazy: async () => ({ Component: (await import("../routes/auth/SignInPage")).SignInPage }),
  },
  {
    path: "/signup",
    loader: () => fetchViewer(client),
    lazy: async () => ({ Component: (await import("../routes/auth/SignUpPage")).SignUpPage }),
  },
  {
    // GraphiQL and Monaco load only when someone opens the playground.
    path: "/playground",
    lazy: async () => ({
      Component: (await import("../routes/playground/PlaygroundPage")).PlaygroundPage,
    }),
  },
  {
    // The signed-in shell (AppShell, navigation) loads with the first signed-in page, not before.
    loader: () => fetchViewer(client),
    lazy: async () => ({ Component: (await import("./RequireViewer")).RequireViewer }),
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import("./RequireViewer")).HomeRedirect }),
      },
      {
        path: "welcome",
        lazy: async () => ({
          Component: (await import("../routes/onboarding/WelcomePage")).WelcomePage,
        }),
      },
      {
        path: "join/:sellerSlug",
        lazy: async () => ({
          Component: (await import("../routes/onboarding/JoinProgramPage")).JoinProgramPage,
        }),
      },
      {
        path: "seller",
        lazy: async () => ({ Component: (await import("./RequireViewer")).RequireSeller }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import("./RequireViewer")).HomeRedirect }),
          },
          {
            path: "affiliates",
            ...rendersWithData(client, fetchAffiliates),
            lazy: async () => ({
              Component: (await import("../routes/seller/affiliates/AffiliatesPage"))
                .AffiliatesPage,
            }),
          },
          {
            path: "affiliates/:affiliateId",
            lazy: async () => ({
              Component: (await import("../routes/seller/affiliates/AffiliateOverviewPage"))
                .AffiliateOverviewPage,
            }),
          },
          {
            path: "payouts",
            ...rendersWithData(client, fetchPayouts),
            lazy: async () => ({
              Component: (await import("../routes/seller/payouts/PayoutsPage")).PayoutsPage,
            }),
          },
          {
            path: "payout-batches",
            ...rendersWithData(client, fetchPayoutBatches),
            lazy: async () => ({
              Component: (await import("../routes/seller/payout-batches/PayoutBatchesPage"))
                .PayoutBatchesPage,
            }),
          },
          {
            path: "payout-batches/:batchId",
            lazy: async () => ({
              Component: (await import("../routes/seller/payout-batches/PayoutBatchPage"))
                .PayoutBatchPage,
            }),
          },
          {
            path: "offers",
            lazy: async () => ({
              Component: (await import("../routes/seller/offers/OffersPage")).OffersPage,
            }),
          },
          {
            path: "sales",
            lazy: async () => ({
              Component: (await import("../routes/seller/sales/SalesPage")).SalesPage,
            }),
          },
          {
            path: "settings",
            lazy: async () => ({
              Component: (await import("../routes/seller/settings/SellerSettingsPage"))
                .SellerSettingsPage,
            }),
          },
          {
            path: "settings/webhooks",
            lazy: async () => ({
              Component: (await import("../routes/seller/settings/webhooks/WebhooksPage"))
                .WebhooksPage,
            }),
          },
          {
            path: "api",
            lazy: async () => ({
              Component: (await import("../routes/seller/api/ApiPage")).ApiPage,
            }),
          },
        ],
      },
      {
        path: "affiliate/:affiliateId",
        lazy: async () => ({
          Component: (await import("../routes/affiliate/AffiliateCenterPage")).AffiliateCenterPage,
        }),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createRouter(client: ApolloClient): AppRouter {
  const routes = appRoutes(client);
  // Every top-level route: a spinner while its page's code and data arrive, words if that fails.
  for (const route of routes) {
    route.hydrateFallbackElement = <LoadingState />;
    route.errorElement ??= <RouteError />;
  }
  return createBrowserRouter(routes);
}
