import type { MockLink } from "@apollo/client/testing";
import { ViewerDocument } from "../gql/graphql";

interface ViewerMockOptions {
  id?: string;
  name?: string;
  email?: string;
  /** The seller the user owns; none by default (an affiliate or a new user). */
  seller?: { id: string; name: string; slug: string; currencyCode: string } | null;
}

/** The Viewer query's answer for a signed-in user: what every screen asks first. */
export function viewerMock(options: ViewerMockOptions = {}): MockLink.MockedResponse {
  const { id = "u1", name = "Coach", email = "coach@allyhut.test", seller = null } = options;
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        me: {
          __typename: "User",
          id,
          name,
          email,
          seller: seller && { __typename: "Seller", ...seller },
          affiliateAccounts: [],
        },
      },
    },
  };
}

/** The demo's seller, as the Viewer query gives it. */
export const COACH_ACADEMY = {
  id: "s1",
  name: "Coach Academy",
  slug: "coach-academy",
  currencyCode: "USD",
};
