import {
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from "type-graphql";
import type { ConnectionModel, EdgeConnectionModel } from "../../domain";
import { PageInfo } from "./page-info.type";

/** A connection type (nodes, pageInfo, totalCount) over a ConnectionModel, and its field resolver. */
export function createConnection(name: string, node: ClassType, nodesDescription: string) {
  @ObjectType(name, {
    description: `A page of ${nodesDescription}, with the cursor to the next page and the total count.`,
  })
  class Connection {
    @Field(() => [node], {
      description: `The ${nodesDescription} of this page, in the order asked for.`,
    })
    nodes!: unknown[];

    @Field(() => PageInfo, { description: "Where this page ends and whether another follows." })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many ${nodesDescription} match in all, across every page. Only computed when asked for.`,
    })
    totalCount!: number;
  }

  @Resolver(() => Connection)
  class ConnectionResolver {
    @FieldResolver(() => PageInfo)
    pageInfo(@Root() connection: ConnectionModel<unknown>): PageInfo {
      return { hasNextPage: connection.hasNextPage, endCursor: connection.endCursor };
    }

    // The count may cost a query, so it runs only when the client selects totalCount.
    @FieldResolver(() => Int)
    totalCount(@Root() connection: ConnectionModel<unknown>): Promise<number> {
      return connection.totalCount();
    }
  }

  return { type: Connection, resolver: ConnectionResolver };
}

/**
 * A connection that also lists edges (node and cursor), over an EdgeConnectionModel: the type, its
 * edge type, and the resolvers of both.
 */
export function createEdgeConnection(name: string, node: ClassType, nodesDescription: string) {
  const connection = createConnection(name, node, nodesDescription);
  const edgeName = name.replace(/Connection$/, "Edge");

  @ObjectType(edgeName, {
    description: `One of the ${nodesDescription} of a page, with its cursor.`,
    simpleResolvers: true,
  })
  class Edge {
    @Field(() => String, {
      description: "Pass it as `after` to get the nodes that follow this one.",
    })
    cursor!: string;

    @Field(() => node, { description: "The node itself." })
    node!: unknown;
  }

  @Resolver(() => connection.type)
  class EdgesResolver {
    @FieldResolver(() => [Edge], {
      description: `The ${nodesDescription} of this page with their cursors, in the order asked for.`,
    })
    edges(@Root() page: EdgeConnectionModel<unknown>): Edge[] {
      return page.nodes.map((node) => ({ cursor: page.cursorOf(node), node }));
    }
  }

  return { ...connection, edgeResolver: EdgesResolver };
}
