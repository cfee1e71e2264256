import { Field, ID, ObjectType } from "type-graphql";
import { PayoutBatchAction, WithdrawalStatus } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";
import { LocalDateScalar } from "../scalars/local-date.scalar";

@ObjectType("Actor", {
  description: "Who made a change, as others may see them: never a user's email or memberships.",
  simpleResolvers: true,
})
export class Actor {
  @Field(() => ID, { description: "The user's id." })
  id!: string;

  @Field(() => String, { description: "The user's name." })
  name!: string;
}

@ObjectType("WithdrawalEvent", {
  description:
    "One change to a withdrawal: the request itself, a save by the seller, or a move into or out of a payout batch. Never edited.",
  simpleResolvers: true,
})
export class WithdrawalEvent {
  @Field(() => DateTimeISOScalar, { description: "When the change was made." })
  at!: Date;

  @Field(() => Actor, {
    nullable: true,
    description: "Who made it; null when the user no longer exists.",
  })
  actor!: Actor | null;

  @Field(() => WithdrawalStatus, {
    nullable: true,
    description: "The status before; null for the request itself.",
  })
  fromStatus!: WithdrawalStatus | null;

  @Field(() => WithdrawalStatus, {
    description: "The status after (the same as before for a note).",
  })
  toStatus!: WithdrawalStatus;

  @Field(() => String, {
    nullable: true,
    description: "The receipt number saved with this change.",
  })
  receiptNumber!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The date paid saved with this change.",
  })
  paidOn!: string | null;

  @Field(() => String, { nullable: true, description: "The note saved with this change." })
  note!: string | null;

  // payoutBatch is declared by its field resolver in withdrawal-event.resolver.ts.
  @Field(() => PayoutBatchAction, {
    nullable: true,
    description:
      "ADDED to or REMOVED from payoutBatch by this change; null when the change was not about a batch.",
  })
  batchAction!: PayoutBatchAction | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it left the batch: the provider\'s words for a failed payment (e.g. "PayPal: UNCLAIMED"), or the seller taking it out.',
  })
  reason!: string | null;
}
