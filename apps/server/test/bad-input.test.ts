import { PRODUCTION_ENV } from "./support/corpus";
import type { CorpusTargets } from "./support/corpus-cases";
import { DOCUMENT_GROUPS } from "./support/corpus-document-groups";
import { FIELD_GROUPS } from "./support/corpus-field-groups";
import { HOLD_GROUPS } from "./support/corpus-hold-groups";
import { HTTP_GROUPS } from "./support/corpus-http-groups";
import { OFFER_IMPORT_GROUPS } from "./support/corpus-offer-import-groups";
import { PAYOUT_GROUPS } from "./support/corpus-payout-groups";
import { SETTINGS_GROUPS } from "./support/corpus-settings-groups";
import { REPORT_GROUPS } from "./support/corpus-report-groups";
import { emptyReport, runGroup, type CorpusEnvironment } from "./support/corpus-runner";
import { VALUE_GROUPS } from "./support/corpus-value-groups";
import { WEBHOOK_GROUPS, seedCorpusWebhookEndpoint } from "./support/corpus-webhook-groups";
import { PayoutBatchService } from "../src/modules/payouts/payout-batch.service";
import { createProgram, createUser, earn, moneyServices, serviceDeps } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import { sessionCookieFor } from "./support/matrix-world";
import { expectMoneyInvariants } from "./support/money-invariants";

const GROUPS = [
  ...HTTP_GROUPS,
  ...DOCUMENT_GROUPS,
  ...VALUE_GROUPS,
  ...FIELD_GROUPS,
  ...OFFER_IMPORT_GROUPS,
  ...PAYOUT_GROUPS,
  ...SETTINGS_GROUPS,
  ...REPORT_GROUPS,
  ...HOLD_GROUPS,
  ...WEBHOOK_GROUPS,
];

describe("the bad-input corpus over HTTP", () => {
  let server: TestServer;
  let env: CorpusEnvironment;

  beforeAll(async () => {
    // Production settings: what a real client sees, error details off.
    server = await startTestServer({ env: PRODUCTION_ENV });
    const db = server.db.dataSource;
    const program = await createProgram(db);
    await earn(db, program, 1_000);
    const pending = await moneyServices(db).withdrawals.request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 100,
    });
    const batched = await moneyServices(db).withdrawals.request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 100,
    });
    const batch = await new PayoutBatchService(serviceDeps(db)).create(program.seller.viewer, {
      withdrawalIds: [batched.id],
    });
    const [{ order_id: orderId }] = await db.query("SELECT order_id FROM commissions LIMIT 1");
    const [{ slug }] = await db.query("SELECT slug FROM sellers WHERE id = ?", [
      program.seller.sellerId,
    ]);
    await seedCorpusWebhookEndpoint(db, program.seller.sellerId);
    const targets: CorpusTargets = {
      affiliateId: program.affiliate.affiliateId,
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      withdrawalId: pending.id,
      orderId,
      sellerSlug: slug,
      batchId: batch.id,
    };
    env = {
      url: server.url,
      db,
      targets,
      cookies: {
        anonymous: null,
        seller: await sessionCookieFor(db, program.seller.owner.userId),
        affiliate: await sessionCookieFor(db, program.affiliate.user.userId),
        member: await sessionCookieFor(db, (await createUser(db)).userId),
      },
    };
  });
  const total = emptyReport();
  afterAll(async () => {
    console.log(
      `bad-input corpus: ${total.cases} cases in ${GROUPS.length} groups; HTTP statuses ${JSON.stringify(total.statuses)}` +
        (total.nonContractCodes.size > 0
          ? `; codes outside the contract on 4xx answers: ${[...total.nonContractCodes].join(", ")}`
          : ""),
    );
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  it.each(GROUPS.map((group) => [group.name, group] as const))(
    "%s: every case gets the refusal it expects (status, code, field), no internals, nothing changed",
    async (_, group) => {
      const report = emptyReport();
      await runGroup(env, group, report);
      total.cases += report.cases;
      for (const [status, count] of Object.entries(report.statuses)) {
        total.statuses[Number(status)] = (total.statuses[Number(status)] ?? 0) + count;
      }
      for (const code of report.nonContractCodes) total.nonContractCodes.add(code);
      expect(report.problems).toEqual([]);
      expect(Object.keys(report.statuses).filter((status) => Number(status) >= 500)).toEqual([]);
    },
  );

  it("has at least 200 cases", () => {
    const cases = GROUPS.reduce((sum, group) => sum + group.cases(env.targets).length, 0);
    expect(cases).toBeGreaterThanOrEqual(200);
  });
});
