import { useMutation } from "@apollo/client/react";
import { Switch } from "@mantine/core";
import { AffiliateStatus } from "@allyhut/schema";
import { showToast } from "../../../app/toasts";
import { graphql } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { describeApiError } from "../../../lib/errors";

const SetAffiliateStatusMutation = graphql(`
  mutation SetAffiliateStatus($input: SetAffiliateStatusInput!) {
    setAffiliateStatus(input: $input) {
      id
      status
    }
  }
`);

interface AffiliateStatusSwitchProps {
  affiliate: { id: string; name: string; status: string };
  withLabel?: boolean;
}

/** The seller's Status toggle: off stops new promotions and commissions; earned money stays. */
export function AffiliateStatusSwitch({
  affiliate,
  withLabel = false,
}: AffiliateStatusSwitchProps) {
  const [setStatus, { loading }] = useMutation(SetAffiliateStatusMutation, {
    refetchQueries: "active",
    update: (cache) => evictMoneyViews(cache),
  });
  const active = affiliate.status === AffiliateStatus.ACTIVE;
  const toggle = async () => {
    const status = active ? AffiliateStatus.DISABLED : AffiliateStatus.ACTIVE;
    try {
      await setStatus({
        variables: { input: { affiliateId: affiliate.id, status } },
        optimisticResponse: {
          setAffiliateStatus: { __typename: "Affiliate", id: affiliate.id, status },
        },
      });
      showToast({
        color: active ? "gray" : "green",
        message: `${affiliate.name} is now ${active ? "disabled" : "active"}.`,
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
    <Switch
      checked={active}
      disabled={loading}
      onChange={() => void toggle()}
      label={withLabel ? "Active" : undefined}
      aria-label={withLabel ? undefined : `Status of ${affiliate.name}`}
      color="green"
    />
  );
}
