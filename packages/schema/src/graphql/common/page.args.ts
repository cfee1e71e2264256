import { ArgsType, Field, Int } from "type-graphql";
import { BadInput, type PageArgs } from "../../domain";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` and `after` of every connection field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many nodes to return: 1..${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. Outside that range is BAD_USER_INPUT with extensions.field "first".`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the nodes after this cursor: pageInfo.endCursor of the previous page. Omit for the first page. A cursor that is not one of ours is BAD_USER_INPUT.",
  })
  after?: string | null;
}

/** Checks `first` (null means the default) and hands the page to a service. */
export function pageOf(args: ConnectionArgs): PageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInput("first", `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { first, after: args.after ?? null };
}
