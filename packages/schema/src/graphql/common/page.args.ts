import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSizeOf, type PageArgs } from "../../domain";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

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
  return { first: pageSizeOf(args.first), after: args.after ?? null };
}
