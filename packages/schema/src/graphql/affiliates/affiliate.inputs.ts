import { Field, ID, InputType } from "type-graphql";
import { AffiliateOrderField, AffiliateStatus, PaymentMethod, SortDirection } from "../enums";

@InputType("JoinAffiliateProgramInput", {
  description: "Which seller's affiliate center to join, and how to be paid.",
})
export class JoinAffiliateProgramInput {
  @Field(() => String, { description: 'The seller\'s slug, e.g. "demo-coaching".' })
  sellerSlug!: string;

  @Field(() => PaymentMethod, { description: "How the seller should pay you out." })
  paymentMethod!: PaymentMethod;

  @Field(() => String, {
    description:
      "For PAYPAL the PayPal email; for BANK_TRANSFER the bank account reference. Malformed is BAD_USER_INPUT.",
  })
  payoutAccount!: string;
}

@InputType("PromoteOfferInput", { description: "Which offer an affiliate starts promoting." })
export class PromoteOfferInput {
  @Field(() => ID, { description: "The signed-in user's own affiliate membership." })
  affiliateId!: string;

  @Field(() => ID, { description: "An active offer of the same seller." })
  offerId!: string;
}

@InputType("SetAffiliateStatusInput", {
  description: "The seller's Status toggle for one affiliate.",
})
export class SetAffiliateStatusInput {
  @Field(() => ID, { description: "An affiliate of the signed-in seller." })
  affiliateId!: string;

  @Field(() => AffiliateStatus, { description: "ACTIVE to switch on, DISABLED to switch off." })
  status!: AffiliateStatus;
}

@InputType("UpdatePayoutDetailsInput", { description: "An affiliate's new payment method." })
export class UpdatePayoutDetailsInput {
  @Field(() => ID, { description: "The signed-in user's own affiliate membership." })
  affiliateId!: string;

  @Field(() => PaymentMethod, { description: "How the seller should pay you out from now on." })
  paymentMethod!: PaymentMethod;

  @Field(() => String, {
    description:
      "For PAYPAL the PayPal email; for BANK_TRANSFER the bank account reference. Malformed is BAD_USER_INPUT.",
  })
  payoutAccount!: string;
}

@InputType("AffiliateOrder", { description: "A sort order for the My Affiliates list." })
export class AffiliateOrder {
  @Field(() => AffiliateOrderField, { description: "What to sort by." })
  field!: AffiliateOrderField;

  @Field(() => SortDirection, { description: "Ascending or descending." })
  direction!: SortDirection;
}
