import { lazy, Suspense } from "react";
import { DetailsDrawer } from "../../../components/DetailsDrawer";
import { LoadingState } from "../../../components/QueryState";

// The content's code, with the form's date picker (@mantine/dates), is fetched the first time a
// drawer opens, not with the page.
const WithdrawalDetails = lazy(async () => ({
  default: (await import("./WithdrawalDetails")).WithdrawalDetails,
}));

/** Process: the seller records the payment (or the rejection) of one withdrawal request. */
export function WithdrawalDetailsDrawer(props: {
  withdrawalId: string | null;
  onClose: () => void;
}) {
  return (
    <DetailsDrawer
      opened={props.withdrawalId !== null}
      onClose={props.onClose}
      title="Withdrawal Details"
    >
      {props.withdrawalId && (
        <Suspense fallback={<LoadingState label="Loading the withdrawal…" />}>
          <WithdrawalDetails withdrawalId={props.withdrawalId} onClose={props.onClose} />
        </Suspense>
      )}
    </DetailsDrawer>
  );
}
