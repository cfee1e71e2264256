import { Field, ID, InputType } from "type-graphql";
import { SortDirection, WithdrawalOrderField, WithdrawalStatus } from "../enums";
import { DecimalScalar } from "../scalars/decimal.scalar";
import { LocalDateScalar } from "../scalars/local-date.scalar";

@InputType("RequestWithdrawalInput", { description: "An affiliate's withdrawal request." })
export class RequestWithdrawalInput {
  @Field(() => ID, { description: "The signed-in user's own affiliate membership." })
  affiliateId!: string;

  /** Cents, in the seller's currency. */
  @Field(() => DecimalScalar, {
    description:
      'How much to withdraw, in the seller\'s currency, e.g. "3.00": more than 0 and at most balance.available.',
  })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "A unique string of 1–100 characters the client makes up per request (e.g. a UUID), so a retry cannot withdraw twice: replaying the same key with the same body returns the same withdrawal; another body is CONFLICT.",
  })
  idempotencyKey?: string | null;
}

@InputType("ProcessWithdrawalInput", {
  description: "The seller's decision on a withdrawal, from the Withdrawal Details form.",
})
export class ProcessWithdrawalInput {
  @Field(() => ID, { description: "A withdrawal of the signed-in seller." })
  withdrawalId!: string;

  @Field(() => WithdrawalStatus, {
    description:
      "APPROVED (paid: needs receiptNumber and paidOn), REJECTED, or PENDING to save only a note.",
  })
  status!: WithdrawalStatus;

  @Field(() => String, {
    nullable: true,
    description: "The payment's receipt number, 1–100 characters; required for APPROVED.",
  })
  receiptNumber?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The date paid; required for APPROVED. Not in the future and not before the request date.",
  })
  paidOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A note to the affiliate (at most 2000 characters), shown in their center.",
  })
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "true: accept a receipt number already on another withdrawal of this seller (the seller confirmed it).",
  })
  allowReusedReceipt?: boolean | null;
}

@InputType("WithdrawalOrder", { description: "A sort order for the Payouts list." })
export class WithdrawalOrder {
  @Field(() => WithdrawalOrderField, { description: "What to sort by." })
  field!: WithdrawalOrderField;

  @Field(() => SortDirection, { description: "Ascending or descending." })
  direction!: SortDirection;
}
