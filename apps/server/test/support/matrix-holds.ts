// The matrix's hold-period rows: what is on hold is read where the balance is (the affiliate's
// seller and its own user); only the seller sets an offer's hold, on its own offers.
import { NOT_FOUND, ok, readable, sees, sellerOnly, type MatrixRow } from "./matrix-outcomes";

export const HOLD_QUERY_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Query.affiliate",
    label: "affiliate(id).balance.onHold and its commissions' availableOn",
    document: `query Held($id: ID!) {
      affiliate(id: $id) {
        id balance { onHold { amount } nextAvailableOn onHoldUntil available { amount } }
        commissions(first: 100) { nodes { id availableOn } }
      }
    }`,
    variables: (s) => ({ id: s.target.affiliateId }),
    expect: readable(
      sees(
        (s) => [s.target.affiliateId],
        (d) => d.affiliate.commissions.nodes.every((c: { availableOn: string }) => c.availableOn),
      ),
    ),
  },
];

export const HOLD_MUTATION_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.createOffer",
    label: "createOffer with a 14-day hold",
    document: `mutation CreateOffer($input: CreateOfferInput!) {
      createOffer(input: $input) { id holdDays }
    }`,
    variables: (s) => ({
      input: {
        name: `Held ${s.fresh}`,
        price: "10.00",
        commissionType: "FLAT",
        commissionValue: "1.00",
        holdDays: 14,
      },
    }),
    expect: sellerOnly(
      ok((d) => d.createOffer.holdDays === 14),
      ok((d) => d.createOffer.holdDays === 14),
    ),
  },
  {
    operation: "Mutation.updateOffer",
    label: "updateOffer holdDays (A's unpromoted offer)",
    document: `mutation UpdateOffer($input: UpdateOfferInput!) {
      updateOffer(input: $input) { id holdDays }
    }`,
    variables: (s) => ({ input: { offerId: s.A.unpromotedOfferId, holdDays: 30 } }),
    expect: sellerOnly(
      sees(
        (s) => [s.A.unpromotedOfferId],
        (d) => d.updateOffer.holdDays === 30,
      ),
      NOT_FOUND,
    ),
  },
];
