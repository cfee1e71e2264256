// The matrix's payout-day rows: a tenant's batches are its seller's alone; another seller sees none
// of them (null, NOT_FOUND), an affiliate or a user without a seller is FORBIDDEN.
import { HIDDEN, NOT_FOUND, denied, ok, sees, sellerOnly, type MatrixRow } from "./matrix-outcomes";

const BATCH = (selection: string) =>
  `query Batch($id: ID!) { payoutBatch(id: $id) { id ${selection} } }`;

/** A report line no withdrawal answers to: the import is kept and changes nothing else. */
const UNMATCHED_REPORT = "reference,status,receipt_number,paid_on,note\nAH-W-1,FAILED,,,none\n";

export const PAYOUT_QUERY_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Query.payoutBatches",
    label: "payoutBatches: the seller's own",
    document: "query { payoutBatches(first: 100) { totalCount edges { cursor node { id } } } }",
    expect: sellerOnly(
      sees(
        (s) => [s.A.batchId],
        (d) => d.payoutBatches.totalCount === 1,
      ),
      sees((s) => [s.B.batchId]),
    ),
  },
  {
    operation: "Query.payoutBatch",
    label: "payoutBatch(id) of seller A",
    document: BATCH("status itemCount total { amount } file(format: GENERIC_CSV)"),
    variables: (s) => ({ id: s.A.batchId }),
    expect: sellerOnly(
      sees((s) => [s.A.batchId]),
      HIDDEN,
    ),
  },
  {
    operation: "PayoutBatch.withdrawals",
    label: "payoutBatch(id).withdrawals",
    document: BATCH("withdrawals(first: 100) { totalCount nodes { id payoutAccount } }"),
    variables: (s) => ({ id: s.A.batchId }),
    expect: sellerOnly(
      sees((s) => s.affiliatesOfA.map((a) => a.pendingWithdrawalId)),
      HIDDEN,
    ),
  },
  {
    operation: "PayoutBatch.imports",
    label: "payoutBatch(id).imports and their lines",
    document: BATCH("imports { id lines { line reference outcome withdrawal { id } } }"),
    variables: (s) => ({ id: s.A.batchId }),
    expect: sellerOnly(
      ok((d) => d.payoutBatch.imports[0].lines[0].outcome === "UNMATCHED"),
      HIDDEN,
    ),
  },
  {
    operation: "PayoutImport.lines",
    label: "payoutBatch(id).imports.lines",
    document: BATCH("imports { lines { outcome message } }"),
    variables: (s) => ({ id: s.A.batchId }),
    expect: sellerOnly(
      ok((d) => d.payoutBatch.imports[0].lines.length === 1),
      HIDDEN,
    ),
  },
];

export const PAYOUT_MUTATION_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.createPayoutBatch",
    label: "createPayoutBatch (the target's PENDING one)",
    document: `mutation Create($input: CreatePayoutBatchInput!) {
      createPayoutBatch(input: $input) { id status itemCount withdrawals { nodes { id } } }
    }`,
    variables: (s) => ({ input: { withdrawalIds: [s.target.pendingWithdrawalId] } }),
    expect: sellerOnly(
      sees(
        (s) => [s.target.pendingWithdrawalId],
        (d) => d.createPayoutBatch.itemCount === 1,
      ),
      NOT_FOUND,
    ),
  },
  {
    operation: "Mutation.removeFromPayoutBatch",
    label: "removeFromPayoutBatch (the target's, in no batch)",
    document: `mutation Remove($id: ID!) { removeFromPayoutBatch(withdrawalId: $id) { id } }`,
    variables: (s) => ({ id: s.target.pendingWithdrawalId }),
    // Seller A gets past the access checks to the state's refusal; B does not learn it exists.
    expect: sellerOnly(denied("CONFLICT"), NOT_FOUND),
  },
  {
    operation: "Mutation.importPayoutResults",
    label: "importPayoutResults (seller A's batch)",
    document: `mutation Import($input: ImportPayoutResultsInput!) {
      importPayoutResults(input: $input) { id problemCount lines { outcome withdrawal { id } } }
    }`,
    variables: (s) => ({ input: { batchId: s.A.batchId, csv: UNMATCHED_REPORT } }),
    expect: sellerOnly(
      ok((d) => d.importPayoutResults.problemCount === 1),
      NOT_FOUND,
    ),
  },
];
