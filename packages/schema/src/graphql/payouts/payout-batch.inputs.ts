import { Field, ID, InputType } from "type-graphql";
import { PAYOUT_BATCH_MAX_WITHDRAWALS, PAYOUT_REPORT_MAX_LINES } from "../../rules/payout";

@InputType("CreatePayoutBatchInput", { description: "The withdrawals to pay together." })
export class CreatePayoutBatchInput {
  @Field(() => [ID], {
    description: `1–${PAYOUT_BATCH_MAX_WITHDRAWALS} PENDING withdrawals of the signed-in seller, one payment method, none already in an OPEN batch.`,
  })
  withdrawalIds!: string[];
}

@InputType("ImportPayoutResultsInput", {
  description: "A payment provider's report on a batch, to reconcile onto its withdrawals.",
})
export class ImportPayoutResultsInput {
  @Field(() => ID, { description: "An OPEN or CLOSED batch of the signed-in seller." })
  batchId!: string;

  @Field(() => String, {
    description: `The provider's report as CSV text: PayPal Payouts' report, Wise's batch report, or AllyHut's result CSV (reference, status PAID or FAILED, receipt_number, paid_on, note). At most 5 MB and ${PAYOUT_REPORT_MAX_LINES.toLocaleString("en-US")} lines, the header included.`,
  })
  csv!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "true: answer what would happen and change nothing.",
  })
  dryRun?: boolean | null;
}
