// Bad seller settings (updateSellerSettings): every one refused on its field, the seller unchanged.
import { MAX_DECIMAL_CENTS, formatCents } from "@allyhut/schema";
import { MALFORMED_DECIMALS, all, type CorpusGroup } from "./corpus-cases";
import { field } from "./corpus-slots";

const SETTINGS = `mutation M($input: UpdateSellerSettingsInput!) { updateSellerSettings(input: $input) { id } }`;

export const SETTINGS_GROUPS: CorpusGroup[] = [
  field(
    {
      name: "updateSellerSettings.minimumPayout",
      as: "seller",
      query: SETTINGS,
      field: "minimumPayout",
      variables: (_, minimumPayout) => ({ input: { minimumPayout } }),
    },
    // Negative, huge and malformed amounts are no Decimal; null is "unchanged", so not among them.
    all("type", [
      ...MALFORMED_DECIMALS.filter((value) => value !== null),
      `-${formatCents(2_500)}`,
      `${formatCents(MAX_DECIMAL_CENTS)}1`,
      "10000000000000.00",
    ]),
  ),
  field(
    {
      name: "updateSellerSettings.name",
      as: "seller",
      query: SETTINGS,
      field: "name",
      variables: (_, name) => ({ input: { name, minimumPayout: "0" } }),
    },
    [
      ...all("rule", ["", "   ", "n".repeat(101), "line\nbreak", "tab\there"]),
      ...all("type", [42, ["a"]]),
    ],
  ),
];
