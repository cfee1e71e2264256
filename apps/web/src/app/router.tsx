import { createBrowserRouter, type RouteObject } from "react-router";
import { NotFoundPage } from "../routes/NotFoundPage";
import { LoadingState } from "../components/QueryState";
import { RouteError } from "./RouteError";

export const routes: RouteObject[] = [
  {
    path: "/login",
    lazy: async () => ({ Component: (await import("../routes/auth/SignInPage")).SignInPage }),
  },
  {
    path: "/signup",
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
            lazy: async () => ({
              Component: (await import("../routes/seller/payouts/PayoutsPage")).PayoutsPage,
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

// Every top-level route: a spinner while its page's code arrives, words if that fails.
for (const route of routes) {
  route.hydrateFallbackElement = <LoadingState />;
  route.errorElement ??= <RouteError />;
}

export function createRouter() {
  return createBrowserRouter(routes);
}
