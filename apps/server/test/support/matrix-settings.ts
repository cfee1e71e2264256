// The matrix's seller-settings rows: a seller changes its own settings only; nobody else has any.
import { HIDDEN, ok, sellerOnly, sees, type MatrixRow } from "./matrix-outcomes";

export const SETTINGS_MUTATION_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.updateSellerSettings",
    // The minimum stays 0.00: seller A is shared, and other cells request 1.00 from it.
    label: "updateSellerSettings (the caller's own seller, never another's)",
    document: `mutation Settings($input: UpdateSellerSettingsInput!) {
      updateSellerSettings(input: $input) { id minimumPayout { amount } }
    }`,
    variables: () => ({ input: { minimumPayout: "0.00" } }),
    expect: sellerOnly(
      sees(
        (s) => [s.A.sellerId],
        (d) => d.updateSellerSettings.minimumPayout.amount === "0.00",
      ),
      sees((s) => [s.B.sellerId]),
    ),
  },
];

const NO_SELLER = ok((d) => d.me.seller === null);

export const SETTINGS_QUERY_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Query.me",
    label: "me.seller.minimumPayout: the viewer's own seller only",
    document: "query { me { seller { id minimumPayout { amount } } } }",
    expect: {
      anonymous: HIDDEN,
      sellerA: sees((s) => [s.A.sellerId]),
      sellerB: sees((s) => [s.B.sellerId]),
      affiliateOwn: NO_SELLER,
      affiliateOther: NO_SELLER,
      noRole: NO_SELLER,
    },
  },
];
