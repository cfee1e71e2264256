import { Field, ID, Int, ObjectType } from "type-graphql";
import { PaymentMethod, PayoutBatchStatus } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";

// createdBy, total, withdrawals, file and imports are declared by payout-batch-fields.resolver.ts.
@ObjectType("PayoutBatch", {
  description:
    "Withdrawals of one payment method paid together through a provider (PayPal Payouts, Wise): the file to upload there, and the provider's reports imported back.\n\nThe seller sees all of it; the affiliate sees the batch of their own withdrawal, but not its withdrawals, file or imports (FORBIDDEN).",
})
export class PayoutBatch {
  @Field(() => ID, { description: "The batch's id (#12 on screen).", simple: true })
  id!: string;

  @Field(() => PayoutBatchStatus, {
    description: "OPEN while a withdrawal in it is PENDING; CLOSED by itself once none is.",
    simple: true,
  })
  status!: PayoutBatchStatus;

  @Field(() => PaymentMethod, {
    description: "The payment method of every withdrawal in it.",
    simple: true,
  })
  paymentMethod!: PaymentMethod;

  @Field(() => DateTimeISOScalar, { description: "When the seller created it.", simple: true })
  createdAt!: Date;

  @Field(() => Int, {
    description: "How many withdrawals are in it now (one taken out or failed leaves it).",
    simple: true,
  })
  itemCount!: number;
}
