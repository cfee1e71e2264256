import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { createCache } from "../app/apollo";
import { theme } from "../app/theme";

interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The URL the component is rendered at. */
  route?: string;
  /** The route pattern it is mounted under, so useParams works. */
  path?: string;
}

/** Shows where the app navigated to, for assertions. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders with Mantine, a mocked Apollo (with the app's real cache policies) and a router. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], route = "/", path = "*" } = options;
  const user = userEvent.setup();
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
            {path !== "*" && <Route path="*" element={null} />}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
  return { user, ...result };
}

/** A GraphQL error response as the API sends it. */
export function apiError(code: string, message: string, field?: string) {
  return { errors: [{ message, extensions: field ? { code, field } : { code } }] };
}
