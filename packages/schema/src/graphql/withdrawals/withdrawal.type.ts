import { Field, ID, ObjectType } from "type-graphql";
import { PaymentMethod, WithdrawalStatus } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";
import { LocalDateScalar } from "../scalars/local-date.scalar";

// affiliate, amount and history are declared by their field resolvers in withdrawal-fields.resolver.ts.
@ObjectType("Withdrawal", {
  description:
    "An affiliate's request to be paid part of their available balance, and how the seller processed it.",
})
export class Withdrawal {
  @Field(() => ID, { description: "The withdrawal's id.", simple: true })
  id!: string;

  @Field(() => WithdrawalStatus, {
    description: "PENDING until the seller processes it, then APPROVED or REJECTED for good.",
    simple: true,
  })
  status!: WithdrawalStatus;

  @Field(() => PaymentMethod, {
    description: "The payment method and account as they were when the request was made.",
    simple: true,
  })
  paymentMethod!: PaymentMethod;

  @Field(() => String, {
    description:
      "Where to pay, as it was when the request was made: PayPal email or bank reference.",
    simple: true,
  })
  payoutAccount!: string;

  @Field(() => DateTimeISOScalar, { description: "When the affiliate asked.", simple: true })
  requestedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The seller's receipt number of the payment; set when APPROVED.",
    simple: true,
  })
  receiptNumber!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The date the seller paid; set when APPROVED.",
    simple: true,
  })
  paidOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The seller's note to the affiliate.",
    simple: true,
  })
  note!: string | null;

  @Field(() => DateTimeISOScalar, {
    nullable: true,
    description: "When the seller last processed the request (approved, rejected or saved a note).",
    simple: true,
  })
  processedAt!: Date | null;
}
