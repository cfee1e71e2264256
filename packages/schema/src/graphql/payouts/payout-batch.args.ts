import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../common/page.args";
import { PayoutBatchStatus } from "../enums";

/** Arguments of Query.payoutBatches. */
@ArgsType()
export class PayoutBatchesArgs extends ConnectionArgs {
  @Field(() => PayoutBatchStatus, { nullable: true, description: "Only batches in this status." })
  status?: PayoutBatchStatus | null;
}
