import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { PlaygroundSellerDataQuery } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";

const ViewerDataQuery = graphql(`
  query PlaygroundViewer {
    me {
      id
      name
      email
      seller {
        id
        name
        slug
        currencyCode
      }
      affiliateAccounts {
        id
        seller {
          id
          name
        }
        balance {
          available {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

const SellerDataQuery = graphql(`
  query PlaygroundSellerData {
    affiliates(first: 20, status: ACTIVE) {
      nodes {
        id
        name
        referralCode
        offers {
          offer {
            id
            name
            active
            price {
              amount
              currencyCode
            }
          }
        }
      }
    }
    withdrawals(first: 1, status: PENDING) {
      nodes {
        id
        amount {
          amount
          currencyCode
        }
        affiliate {
          id
          name
        }
      }
    }
  }
`);

/** A referred sale the seller could record: an active affiliate and an active offer they promote. */
export interface SampleSale {
  referralCode: string;
  affiliateName: string;
  offerId: string;
  offerName: string;
  /** The offer's price, "49.00": what the example sells it for. */
  price: string;
  /** The same, as shown: "$49.00". */
  shownPrice: string;
}

/** The signed-in user's own data the examples are filled with; null where they have none. */
export interface PlaygroundContext {
  viewer: { id: string; name: string; email: string } | null;
  seller: { id: string; name: string; slug: string } | null;
  sale: SampleSale | null;
  firstAffiliate: { id: string; name: string } | null;
  /** Amounts as shown: "$3.00". */
  pendingWithdrawal: { id: string; amount: string; affiliateName: string } | null;
  membership: { affiliateId: string; sellerName: string; available: string } | null;
}

function sampleSale(
  affiliates: PlaygroundSellerDataQuery["affiliates"]["nodes"],
): SampleSale | null {
  for (const affiliate of affiliates) {
    const promoted = affiliate.offers.find((promotion) => promotion.offer.active);
    if (promoted) {
      return {
        referralCode: affiliate.referralCode,
        affiliateName: affiliate.name,
        offerId: promoted.offer.id,
        offerName: promoted.offer.name,
        price: promoted.offer.price.amount,
        shownPrice: formatMoney(promoted.offer.price.amount, promoted.offer.price.currencyCode),
      };
    }
  }
  return null;
}

/**
 * Who is signed in and a few of their own records (fetched when the playground opens), so every
 * example runs as-is against the user's own data. Still loading: null.
 */
export function usePlaygroundContext(): PlaygroundContext | null {
  const viewerQuery = useQuery(ViewerDataQuery, { fetchPolicy: "network-only" });
  const me = viewerQuery.data?.me ?? null;
  const isSeller = Boolean(me?.seller);
  const sellerQuery = useQuery(SellerDataQuery, {
    skip: !isSeller,
    fetchPolicy: "network-only",
  });
  // A failed look-up leaves the examples without pre-filled values, never the page without examples.
  if (viewerQuery.loading || (isSeller && sellerQuery.loading)) return null;
  const sellerData = sellerQuery.data;
  const pending = sellerData?.withdrawals.nodes[0];
  const membership = me?.affiliateAccounts[0];
  const firstAffiliate = sellerData?.affiliates.nodes[0];
  return {
    viewer: me && { id: me.id, name: me.name, email: me.email },
    seller: me?.seller ? { id: me.seller.id, name: me.seller.name, slug: me.seller.slug } : null,
    sale: sellerData ? sampleSale(sellerData.affiliates.nodes) : null,
    firstAffiliate: firstAffiliate ? { id: firstAffiliate.id, name: firstAffiliate.name } : null,
    pendingWithdrawal: pending
      ? {
          id: pending.id,
          amount: formatMoney(pending.amount.amount, pending.amount.currencyCode),
          affiliateName: pending.affiliate.name,
        }
      : null,
    membership: membership
      ? {
          affiliateId: membership.id,
          sellerName: membership.seller.name,
          available: formatMoney(
            membership.balance.available.amount,
            membership.balance.available.currencyCode,
          ),
        }
      : null,
  };
}
