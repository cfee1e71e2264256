// Bad hold periods on createOffer and updateOffer: outside 0–365 is the rule's BAD_USER_INPUT on
// holdDays; what GraphQL's Int refuses (fractions, past 2^31, text) never reaches the service.
import { all, type CorpusGroup, type ValueTable } from "./corpus-cases";
import { OFFER, offer, table, type Slot } from "./corpus-slots";

const UPDATE_OFFER = `mutation M($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }`;

const BAD_HOLD_DAYS: ValueTable = [
  ...all("rule", [-1, -365, 366, 1_000, 2 ** 31 - 1]),
  ...all("type", [1.5, 2 ** 31, 1e12, "30", true, [30]]),
];

// null means "none" on createOffer and "unchanged" on updateOffer: both valid.
const holdSlots: Slot[] = [
  {
    name: "createOffer.holdDays",
    as: "seller",
    query: OFFER,
    field: "holdDays",
    variables: (_, holdDays) => ({ input: { ...offer, holdDays } }),
  },
  {
    name: "updateOffer.holdDays",
    as: "seller",
    query: UPDATE_OFFER,
    field: "holdDays",
    variables: (t, holdDays) => ({ input: { offerId: t.offerId, holdDays } }),
  },
];

export const HOLD_GROUPS: CorpusGroup[] = [table("hold periods", holdSlots, BAD_HOLD_DAYS)];
