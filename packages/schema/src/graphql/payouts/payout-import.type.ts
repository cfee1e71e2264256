import { Field, ID, Int, ObjectType } from "type-graphql";
import { PayoutImportOutcome } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";

// withdrawal is declared by its field resolver in payout-import.resolver.ts.
@ObjectType("PayoutImportLine", { description: "What became of one payment line of a report." })
export class PayoutImportLine {
  @Field(() => Int, {
    description: "1-based line of the CSV (the header is line 1).",
    simple: true,
  })
  line!: number;

  @Field(() => String, {
    description: 'The reference as written in the report, e.g. "AH-W-1042".',
    simple: true,
  })
  reference!: string;

  @Field(() => PayoutImportOutcome, { description: "What became of it.", simple: true })
  outcome!: PayoutImportOutcome;

  @Field(() => String, {
    nullable: true,
    description:
      "Why, in words: the provider's reason for a failed payment, or what differs for a problem.",
    simple: true,
  })
  message!: string | null;
}

// The counts are computed from the lines in payout-import.resolver.ts.
@ObjectType("PayoutImport", {
  description:
    "A provider's report imported into a batch (importPayoutResults): every line's outcome.",
})
export class PayoutImport {
  @Field(() => ID, {
    description: "The import's id; a dry run is not kept, its id is made up for the answer.",
    simple: true,
  })
  id!: string;

  @Field(() => DateTimeISOScalar, { description: "When the report was imported.", simple: true })
  importedAt!: Date;

  @Field(() => Boolean, { description: "Whether nothing was changed (a preview).", simple: true })
  dryRun!: boolean;

  @Field(() => [PayoutImportLine], {
    description: "Every payment line of the report, in order.",
    simple: true,
  })
  lines!: PayoutImportLine[];
}
