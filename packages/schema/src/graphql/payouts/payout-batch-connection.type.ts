import { createEdgeConnection } from "../common/connection.type";
import { PayoutBatch } from "./payout-batch.type";

export const {
  type: PayoutBatchConnection,
  resolver: PayoutBatchConnectionResolver,
  edgeResolver: PayoutBatchEdgesResolver,
} = createEdgeConnection("PayoutBatchConnection", PayoutBatch, "payout batches");
