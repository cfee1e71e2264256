import { useMutation } from "@apollo/client/react";
import { Switch } from "@mantine/core";
import { useState } from "react";
import { AffiliateStatus } from "@allyhut/schema";
import { showToast } from "../../../app/toasts";
import { graphql } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { describeApiError } from "../../../lib/errors";
import { DisableAffiliateDialog } from "./DisableAffiliateDialog";

const SetAffiliateStatusMutation = graphql(`
  mutation SetAffiliateStatus($input: SetAffiliateStatusInput!) {
    setAffiliateStatus(input: $input) {
      id
      status
    }
  }
`);

/**
 * The seller's Status switch, labelled with the status it is in ("Active", "Disabled") and named
 * with the affiliate. Switching off asks first: no new promotions or commissions, earned money stays.
 */
export function AffiliateStatusSwitch({
  affiliate,
}: {
  affiliate: { id: string; name: string; status: string };
}) {
  const [asking, setAsking] = useState(false);
  const [setStatus, { loading }] = useMutation(SetAffiliateStatusMutation, {
    refetchQueries: "active",
    update: (cache) => evictMoneyViews(cache),
  });
  const active = affiliate.status === AffiliateStatus.ACTIVE;
  const stateLabel = active ? "Active" : "Disabled";

  const changeTo = async (status: AffiliateStatus) => {
    try {
      await setStatus({
        variables: { input: { affiliateId: affiliate.id, status } },
        optimisticResponse: {
          setAffiliateStatus: { __typename: "Affiliate", id: affiliate.id, status },
        },
      });
      showToast({
        color: status === AffiliateStatus.ACTIVE ? "green" : "gray",
        message: `${affiliate.name} is now ${status === AffiliateStatus.ACTIVE ? "active" : "disabled"}.`,
      });
    } catch (error) {
      showToast({
        color: "red",
        title: `Could not change ${affiliate.name}'s status`,
        message: describeApiError(error),
      });
    }
  };

  return (
    <>
      <Switch
        checked={active}
        disabled={loading}
        onChange={() => (active ? setAsking(true) : void changeTo(AffiliateStatus.ACTIVE))}
        label={stateLabel}
        // The visible state first (voice control), then whose it is (a list has one per row).
        aria-label={`${stateLabel}: ${affiliate.name}`}
        color="green"
      />
      <DisableAffiliateDialog
        affiliateName={asking ? affiliate.name : null}
        disabling={loading}
        onCancel={() => setAsking(false)}
        onConfirm={() => void changeTo(AffiliateStatus.DISABLED).then(() => setAsking(false))}
      />
    </>
  );
}
