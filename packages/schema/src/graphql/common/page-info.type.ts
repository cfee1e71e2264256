import { Field, ObjectType } from "type-graphql";

@ObjectType("PageInfo", {
  description: "Where a page of a connection ends, and whether more follows.",
  simpleResolvers: true,
})
export class PageInfo {
  @Field(() => Boolean, {
    description: "Whether another page follows: ask again with after = endCursor.",
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "An opaque cursor for the last node of this page; pass it as `after` to get the next page. Null for an empty page.",
  })
  endCursor!: string | null;
}
