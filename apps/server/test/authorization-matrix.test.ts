import { buildApiSchema } from "@allyhut/schema/graphql";
import {
  ACTORS,
  MATRIX_ROWS,
  MUTATION_ROWS,
  QUERY_ROWS,
  type Actor,
  type MatrixRow,
  type Scene,
} from "./support/authorization-matrix";
import { PRODUCTION_ENV } from "./support/corpus";
import { FIXTURE_PASSWORD, createAffiliate, createUser } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import { operationsToCover, runCell } from "./support/matrix-cells";
import {
  batchTenant,
  changedTables,
  createAffiliateWithMoney,
  createTenant,
  markersOfTenant,
  quoted,
  separateIdRanges,
  sessionCookieFor,
  unique,
  wholeDatabase,
  type AffiliateRecords,
  type TenantRecords,
} from "./support/matrix-world";
import { seedWebhookWorld } from "./support/matrix-webhooks";
import { expectMoneyInvariants } from "./support/money-invariants";

describe("authorization matrix", () => {
  let server: TestServer;
  let A: TenantRecords;
  let B: TenantRecords;
  let affiliatesOfA: AffiliateRecords[];
  let affiliatesOfB: AffiliateRecords[];
  let noRoleUserId: string;
  let loginUser: Scene["loginUser"];
  const cellsRun: string[] = [];

  beforeAll(async () => {
    // Production settings: what a real client sees, error details off.
    server = await startTestServer({ env: PRODUCTION_ENV });
    const db = server.db.dataSource;
    await separateIdRanges(db);
    [A, B] = [await createTenant(db), await createTenant(db)];
    const money = { sales: 5, approve: true };
    affiliatesOfA = [
      await createAffiliateWithMoney(db, A, money),
      await createAffiliateWithMoney(db, A, money),
    ];
    affiliatesOfB = [await createAffiliateWithMoney(db, B, money)];
    await batchTenant(db, A, affiliatesOfA);
    await batchTenant(db, B, affiliatesOfB);
    await seedWebhookWorld(db, A, B);
    noRoleUserId = (await createUser(db)).userId;
    const login = await createUser(db, { loginPassword: true });
    loginUser = { userId: login.userId, email: login.email, password: FIXTURE_PASSWORD };
  });
  afterAll(async () => {
    const operations = new Set(MATRIX_ROWS.map((row) => row.operation)).size;
    console.log(
      `authorization matrix: ${MATRIX_ROWS.length} rows (${operations} operations) × ${ACTORS.length} actors = ${cellsRun.length} cells run`,
    );
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  /** Whatever a viewer must never see of either tenant; anonymous also not which sellers exist. */
  const forbiddenFor = (viewerUserId: string | null) => async () => {
    const db = server.db.dataSource;
    const markers = [
      ...(await markersOfTenant(db, A.sellerId, viewerUserId)),
      ...(await markersOfTenant(db, B.sellerId, viewerUserId)),
    ];
    if (viewerUserId === null) markers.push(quoted(A.sellerId), quoted(B.sellerId), A.slug, B.slug);
    return markers;
  };

  const scene = (target: AffiliateRecords, actorUserId: string | null): Scene => ({
    A,
    B,
    target,
    affiliatesOfA,
    affiliatesOfB,
    actorUserId,
    fresh: unique(),
    loginUser,
  });

  it("has a row for every operation of the served schema, and a cell for every actor", () => {
    const covered = new Set(MATRIX_ROWS.map((row) => row.operation));
    expect(operationsToCover(buildApiSchema()).filter((op) => !covered.has(op))).toEqual([]);
    for (const row of MATRIX_ROWS)
      expect(Object.keys(row.expect).sort()).toEqual([...ACTORS].sort());
  });

  // Reads share the seeded world and one session per actor; affiliateOther reads A's second affiliate.
  it.each(QUERY_ROWS.map((row) => [row.label, row] as const))("%s", async (_, row) => {
    const [aff1, aff2] = affiliatesOfA as [AffiliateRecords, AffiliateRecords];
    const actorUsers: Record<Actor, string | null> = {
      anonymous: null,
      sellerA: A.owner.userId,
      sellerB: B.owner.userId,
      affiliateOwn: aff1.userId,
      affiliateOther: aff1.userId,
      noRole: noRoleUserId,
    };
    const problems = await Promise.all(
      ACTORS.map(async (actor) => {
        const userId = actorUsers[actor];
        cellsRun.push(`${row.label} × ${actor}`);
        return runCell({
          row,
          actor,
          scene: scene(actor === "affiliateOther" ? aff2 : aff1, userId),
          client: server.client(),
          cookie: userId ? await sessionCookieFor(server.db.dataSource, userId) : null,
          forbiddenMarkers: forbiddenFor(userId),
        });
      }),
    );
    expect(problems.flat()).toEqual([]);
  });

  /**
   * A mutation cell: a fresh target affiliate of A, the actor on a fresh session. A refused mutation
   * must leave the whole database as it was (every table's rows and checksum), not only its target:
   * the cells run one at a time, so nothing else writes between the two snapshots.
   */
  async function mutationCell(row: MatrixRow, actor: Actor): Promise<string[]> {
    const db = server.db.dataSource;
    const target = await createAffiliateWithMoney(db, A, { sales: 2, approve: false });
    const actorUserId: Record<Actor, () => Promise<string | null>> = {
      anonymous: async () => null,
      sellerA: async () => A.owner.userId,
      sellerB: async () => B.owner.userId,
      affiliateOwn: async () => target.userId,
      affiliateOther: async () => {
        const user = await createUser(db, { name: `Affiliate ${unique()}` });
        return (await createAffiliate(db, A.sellerId, { user })).user.userId;
      },
      noRole: async () => (await createUser(db)).userId,
    };
    const userId = await actorUserId[actor]();
    const cookie = userId ? await sessionCookieFor(db, userId) : null;
    const refused = !("sees" in row.expect[actor]);
    const before = refused ? await wholeDatabase(db) : null;
    const problems = await runCell({
      row,
      actor,
      scene: scene(target, userId),
      client: server.client(),
      cookie,
      forbiddenMarkers: forbiddenFor(userId),
    });
    if (before) {
      const changed = changedTables(before, await wholeDatabase(db));
      if (changed.length > 0) {
        problems.push(`${row.label} × ${actor}: refused, yet it changed ${changed.join(", ")}`);
      }
    }
    cellsRun.push(`${row.label} × ${actor}`);
    return problems;
  }

  it.each(MUTATION_ROWS.map((row) => [row.label, row] as const))("%s", async (_, row) => {
    const problems: string[][] = [];
    for (const actor of ACTORS) problems.push(await mutationCell(row, actor));
    expect(problems.flat()).toEqual([]);
  });
});
