import { Field, ID, Int, ObjectType } from "type-graphql";
import { AffiliateStatus, PaymentMethod } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";

// Computed and nested fields (seller, commissionTotal, balance, offers, commissions, withdrawals)
// are declared by their field resolvers next to the services they call.
@ObjectType("Affiliate", {
  description: "A user's membership of one seller's affiliate program.",
})
export class Affiliate {
  @Field(() => ID, { description: "The affiliate's id (not the user's).", simple: true })
  id!: string;

  @Field(() => String, { description: "The affiliate user's name.", simple: true })
  name!: string;

  @Field(() => String, {
    description: "The affiliate user's email, for the seller to get in touch.",
    simple: true,
  })
  email!: string;

  @Field(() => AffiliateStatus, {
    description: "ACTIVE, or DISABLED by the seller's Status toggle (setAffiliateStatus).",
    simple: true,
  })
  status!: AffiliateStatus;

  @Field(() => DateTimeISOScalar, {
    description: "When the user joined the program.",
    simple: true,
  })
  joinedAt!: Date;

  @Field(() => String, {
    description:
      "The code the seller's checkout reports with each referred sale (recordSale.referralCode). Unique.",
    simple: true,
  })
  referralCode!: string;

  @Field(() => PaymentMethod, {
    description: "How the affiliate wants to be paid; new withdrawal requests snapshot it.",
    simple: true,
  })
  paymentMethod!: PaymentMethod;

  @Field(() => String, {
    description: "Where to pay: the PayPal email, or the bank account reference.",
    simple: true,
  })
  payoutAccount!: string;

  @Field(() => Int, {
    description:
      "Referred sales recorded for this affiliate, not counting reversed (refunded) ones.",
    simple: true,
  })
  salesCount!: number;

  @Field(() => Int, {
    description: "How many of the affiliate's withdrawals are PENDING (waiting for the seller).",
    simple: true,
  })
  pendingWithdrawalCount!: number;
}
