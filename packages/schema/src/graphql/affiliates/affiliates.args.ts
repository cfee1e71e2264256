import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../common/page.args";
import { AffiliateStatus } from "../enums";
import { AffiliateOrder } from "./affiliate.inputs";

@ArgsType()
export class AffiliatesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Only affiliates whose name or email contains this text (case-insensitive).",
  })
  search?: string | null;

  @Field(() => AffiliateStatus, {
    nullable: true,
    description: "Only affiliates with this status.",
  })
  status?: AffiliateStatus | null;

  @Field(() => AffiliateOrder, {
    nullable: true,
    description: "The sort order; by default the newest members first (JOINED_AT DESC).",
  })
  orderBy?: AffiliateOrder | null;
}
