import type { ApolloClient } from "@apollo/client";
import { useCallback, useMemo, useState } from "react";
import { PAYOUT_BATCH_MAX_WITHDRAWALS } from "@allyhut/schema";
import type { PaymentMethod } from "../../../gql/graphql";
import { BatchableIdsQuery } from "./batch-selection-queries";

/** A row as selection needs it. */
export interface SelectableRow {
  id: string;
  paymentMethod: PaymentMethod;
}

interface SelectionState {
  rows: Map<string, PaymentMethod>;
  /** "Select all N pending PayPal requests": every batchable request of this method, not only those ticked. */
  allOf: PaymentMethod | null;
}

const EMPTY: SelectionState = { rows: new Map(), allOf: null };
const GATHER_PAGE_SIZE = 100;

/** The Payouts screen's ticked rows, kept across pages, and "all pending requests of a method". */
export function usePayoutSelection() {
  const [state, setState] = useState<SelectionState>(EMPTY);
  const methods = useMemo(
    () => (state.allOf ? [state.allOf] : [...new Set(state.rows.values())]),
    [state],
  );

  const toggle = useCallback((row: SelectableRow) => {
    setState((current) => {
      const rows = new Map(current.rows);
      if (rows.has(row.id)) rows.delete(row.id);
      else rows.set(row.id, row.paymentMethod);
      return { rows, allOf: null };
    });
  }, []);

  const togglePage = useCallback((page: SelectableRow[]) => {
    setState((current) => {
      const rows = new Map(current.rows);
      const all = page.every((row) => rows.has(row.id));
      for (const row of page) {
        if (all) rows.delete(row.id);
        else rows.set(row.id, row.paymentMethod);
      }
      return { rows, allOf: null };
    });
  }, []);

  return {
    ticked: [...state.rows.keys()],
    allOf: state.allOf,
    methods,
    isSelected: (id: string) => state.rows.has(id),
    allSelected: (page: SelectableRow[]) =>
      page.length > 0 && page.every((row) => state.rows.has(row.id)),
    toggle,
    togglePage,
    selectAllOf: (method: PaymentMethod) => setState((current) => ({ ...current, allOf: method })),
    clear: () => setState(EMPTY),
  };
}

async function batchablePage(client: ApolloClient, method: PaymentMethod, after: string | null) {
  const { data } = await client.query({
    query: BatchableIdsQuery,
    variables: { paymentMethod: method, first: GATHER_PAGE_SIZE, after },
    fetchPolicy: "network-only",
  });
  if (!data) throw new Error("The server did not answer.");
  return data.withdrawals;
}

/** The ids a batch is created with: the ticked rows, or every batchable one of a method (paged, oldest first). */
export async function idsToBatch(
  client: ApolloClient,
  selection: { allOf: PaymentMethod | null; ticked: string[] },
): Promise<string[]> {
  const method = selection.allOf;
  if (!method) return selection.ticked;
  const ids: string[] = [];
  let after: string | null = null;
  while (ids.length < PAYOUT_BATCH_MAX_WITHDRAWALS) {
    const page = await batchablePage(client, method, after);
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return ids.slice(0, PAYOUT_BATCH_MAX_WITHDRAWALS);
}
