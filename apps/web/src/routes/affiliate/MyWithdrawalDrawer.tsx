import { lazy, Suspense } from "react";
import { DetailsDrawer } from "../../components/DetailsDrawer";
import { LoadingState } from "../../components/QueryState";

// Its content's code (summary, history timeline) is fetched the first time a drawer opens.
const MyWithdrawal = lazy(async () => ({ default: (await import("./MyWithdrawal")).MyWithdrawal }));

/** The affiliate reads one withdrawal: status, receipt, date paid, the seller's note and history. */
export function MyWithdrawalDrawer(props: { withdrawalId: string | null; onClose: () => void }) {
  return (
    <DetailsDrawer
      opened={props.withdrawalId !== null}
      onClose={props.onClose}
      title="Withdrawal details"
    >
      {props.withdrawalId && (
        <Suspense fallback={<LoadingState label="Loading the withdrawal…" />}>
          <MyWithdrawal withdrawalId={props.withdrawalId} />
        </Suspense>
      )}
    </DetailsDrawer>
  );
}
