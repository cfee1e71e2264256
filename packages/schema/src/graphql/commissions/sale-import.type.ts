import { Field, InputType, Int, ObjectType } from "type-graphql";
import { SaleImportOutcome } from "../enums";
import { SALE_IMPORT_MAX_ROWS } from "../../rules/sale";
import { Commission } from "./commission.type";

@InputType("SaleImportRowInput", {
  description:
    "One line of a sales file, as typed: every value is a string, so a bad one is that line's INVALID outcome, not an error for the whole file.",
})
export class SaleImportRowInput {
  @Field(() => Int, { description: "The line in the file (the header is line 1), for the answer." })
  line!: number;

  @Field(() => String, { description: "The seller's own order id (1–100 characters)." })
  orderId!: string;

  @Field(() => String, {
    description: "The referral code of the affiliate who referred the buyer.",
  })
  referralCode!: string;

  @Field(() => String, { description: "The offer sold: its id or its exact name." })
  offer!: string;

  @Field(() => String, { description: 'What the buyer paid, e.g. "49.00".' })
  saleAmount!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When the sale happened: "YYYY-MM-DD" (midnight UTC) or an ISO-8601 instant; empty or null for now.',
  })
  occurredAt?: string | null;
}

@InputType("ImportSalesInput", {
  description: `Sales from a file, in parts of at most ${SALE_IMPORT_MAX_ROWS} lines.`,
})
export class ImportSalesInput {
  @Field(() => [SaleImportRowInput], { description: `1–${SALE_IMPORT_MAX_ROWS} lines.` })
  rows!: SaleImportRowInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: "true: answer what would happen to every line and save nothing.",
  })
  dryRun!: boolean;
}

@ObjectType("SaleImportLine", { description: "What became of one line of a sales file." })
export class SaleImportLine {
  @Field(() => Int, { description: "The line in the file, as sent.", simple: true })
  line!: number;

  @Field(() => String, { description: "The order id, as sent.", simple: true })
  orderId!: string;

  @Field(() => SaleImportOutcome, { description: "What became of it.", simple: true })
  outcome!: SaleImportOutcome;

  @Field(() => Commission, {
    nullable: true,
    description:
      "The commission recorded (RECORDED without dryRun) or found (ALREADY_RECORDED, CONFLICT).",
    simple: true,
  })
  commission!: Commission | null;

  @Field(() => String, {
    nullable: true,
    description: 'For INVALID, the column at fault: "orderId", "saleAmount", "occurredAt", ….',
    simple: true,
  })
  field!: string | null;

  @Field(() => String, { nullable: true, description: "Why, in words.", simple: true })
  message!: string | null;
}

// The counts are computed from the lines in sale-import.resolver.ts.
@ObjectType("SaleImport", { description: "The answer to importSales: every line's outcome." })
export class SaleImport {
  @Field(() => Boolean, { description: "Whether nothing was saved (a preview).", simple: true })
  dryRun!: boolean;

  @Field(() => [SaleImportLine], { description: "Every line sent, in order.", simple: true })
  lines!: SaleImportLine[];
}
