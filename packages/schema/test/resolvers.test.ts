import { errorsOf, run } from "./support/execute";
import { affiliateViewer, sellerViewer } from "./support/fake-services";

describe("resolvers over the service interfaces", () => {
  it("answers me: null when anonymous, the user with seller and memberships when signed in", async () => {
    const query = "{ me { id name seller { slug offers { name } } affiliateAccounts { id } } }";
    expect((await run(null, query)).data).toEqual({ me: null });
    const signedIn = await run(sellerViewer, query);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.me).toEqual({
      id: "u1",
      name: "Demo Coach",
      seller: {
        slug: "demo-coaching",
        offers: [{ name: "Bruce Wayne's Italian Cooking Masterclass" }],
      },
      affiliateAccounts: [],
    });
  });

  it("answers sellerBySlug to anyone, signed in or not, and null for an unknown slug", async () => {
    const query = `{
      known: sellerBySlug(slug: "demo-coaching") { name slug currencyCode minimumPayout { amount currencyCode } }
      unknown: sellerBySlug(slug: "no-such-center") { name }
    }`;
    const anonymous = await run(null, query);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toEqual({
      known: {
        name: "Demo Coaching",
        slug: "demo-coaching",
        currencyCode: "USD",
        minimumPayout: { amount: "0.00", currencyCode: "USD" },
      },
      unknown: null,
    });
    expect((await run(affiliateViewer, query)).data).toEqual(anonymous.data);
  });

  it("formats money as two-digit decimal strings and computes the balance", async () => {
    const result = await run(
      sellerViewer,
      `{ affiliates(first: 5, search: "clark", orderBy: { field: NAME, direction: ASC }) {
          nodes { id joinedAt commissionTotal { amount currencyCode }
            balance { earned { amount } onHold { amount } nextAvailableOn onHoldUntil
              available { amount } pending { amount } paid { amount } }
            offers { promotedSince salesCount commissionTotal { amount } offer { price { amount } commissionType commissionValue } }
            seller { name } }
          pageInfo { hasNextPage endCursor } totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.affiliates).toEqual({
      nodes: [
        {
          id: "a1",
          joinedAt: "2026-01-02T03:04:05.006Z",
          commissionTotal: { amount: "10.00", currencyCode: "USD" },
          balance: {
            earned: { amount: "10.00" },
            onHold: { amount: "1.00" },
            nextAvailableOn: "2026-03-03",
            onHoldUntil: "2026-03-10",
            available: { amount: "1.00" },
            pending: { amount: "5.00" },
            paid: { amount: "3.00" },
          },
          offers: [
            {
              promotedSince: "2026-01-03T00:00:00.000Z",
              salesCount: 3,
              commissionTotal: { amount: "10.00" },
              offer: {
                price: { amount: "49.00" },
                commissionType: "PERCENTAGE",
                commissionValue: "12.50",
              },
            },
          ],
          seller: { name: "Demo Coaching" },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: "cursor-end" },
      totalCount: 1,
    });
    expect(result.recorder.calls[0]).toEqual({
      service: "affiliates.list",
      viewer: sellerViewer,
      input: {
        first: 5,
        after: null,
        search: "clark",
        status: null,
        orderBy: { field: "NAME", direction: "ASC" },
      },
    });
  });

  it("uses first = 20 by default and counts only when totalCount is asked for", async () => {
    const result = await run(sellerViewer, "{ withdrawals { nodes { id } } }");
    expect(result.errors).toBeUndefined();
    expect(result.recorder.calls[0]?.input).toMatchObject({ first: 20, after: null });
    expect(result.recorder.totalCountCalls.calls).toBe(0);
  });

  it("treats an explicit first: null as the default page size", async () => {
    const result = await run(sellerViewer, "{ affiliates(first: null) { nodes { id } } }");
    expect(result.errors).toBeUndefined();
    expect(result.recorder.calls[0]?.input).toMatchObject({ first: 20 });
  });

  it.each([0, 101, -1])("answers first: %p with BAD_USER_INPUT on field first", async (first) => {
    const top = await run(sellerViewer, `{ affiliates(first: ${first}) { totalCount } }`);
    expect(errorsOf(top)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
    const nested = await run(
      sellerViewer,
      `query ($first: Int) { affiliate(id: "a1") { commissions(first: $first) { nodes { id } } } }`,
      { first },
    );
    expect(errorsOf(nested)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
  });

  it("passes an affiliate's withdrawal filter and page on", async () => {
    const result = await run(
      affiliateViewer,
      `{ affiliate(id: "a1") { withdrawals(first: 100, after: "x", status: PENDING) {
          nodes { amount { amount } requestedAt paidOn history { actor { name } fromStatus toStatus } affiliate { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.recorder.calls).toEqual([
      {
        service: "withdrawals.listOfAffiliate",
        input: { id: "a1", first: 100, after: "x", status: "PENDING" },
        viewer: undefined,
      },
    ]);
    expect(result.data).toEqual({
      affiliate: {
        withdrawals: {
          nodes: [
            {
              amount: { amount: "3.00" },
              requestedAt: "2026-02-03T10:00:00.000Z",
              paidOn: null,
              history: [{ actor: { name: "Clark Kent" }, fromStatus: null, toStatus: "PENDING" }],
              affiliate: { id: "a1" },
            },
          ],
        },
      },
    });
  });

  it("maps Decimal inputs to cents and passes the idempotency key", async () => {
    const result = await run(
      affiliateViewer,
      `mutation ($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { amount { amount } status } }`,
      { input: { affiliateId: "a1", amount: "3.5", idempotencyKey: "key-1" } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.requestWithdrawal).toEqual({
      amount: { amount: "3.50" },
      status: "PENDING",
    });
    expect(result.recorder.calls[0]?.input).toEqual({
      affiliateId: "a1",
      amountCents: 350,
      idempotencyKey: "key-1",
    });
  });

  it("rejects a malformed Decimal variable as BAD_USER_INPUT naming the field", async () => {
    const result = await run(
      affiliateViewer,
      `mutation ($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { status } }`,
      { input: { affiliateId: "a1", amount: "1.001" } },
    );
    expect(errorsOf(result)).toEqual([{ code: "BAD_USER_INPUT", field: "amount" }]);
    expect(result.recorder.calls).toEqual([]);
  });

  it("rejects a malformed Decimal or LocalDate literal as BAD_USER_INPUT naming the field", async () => {
    const sale = await run(
      sellerViewer,
      `mutation { recordSale(input: { referralCode: "C", offerId: "o1", orderId: "1", saleAmount: "1e3" }) { id } }`,
    );
    expect(errorsOf(sale)).toEqual([{ code: "BAD_USER_INPUT", field: "saleAmount" }]);
    const processed = await run(
      sellerViewer,
      `mutation { processWithdrawal(input: { withdrawalId: "w1", status: APPROVED, receiptNumber: "R1", paidOn: "2026-02-30" }) { id } }`,
    );
    expect(errorsOf(processed)).toEqual([{ code: "BAD_USER_INPUT", field: "paidOn" }]);
  });

  it("records a sale with the sale amount in cents, and answers the commission the offer's rule gives", async () => {
    // The Masterclass pays 12.50 %: 12.5 % of 29.00 is 3.625, half-up 3.63 (not 3.62).
    const result = await run(
      sellerViewer,
      `mutation { recordSale(input: { referralCode: "CLARK1", offerId: "o1", orderId: "order-29", saleAmount: "29", occurredAt: "2026-02-07T09:30:00+01:00" }) {
          orderId saleAmount { amount } amount { amount } reversed offer { id } occurredAt } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordSale).toEqual({
      orderId: "order-29",
      saleAmount: { amount: "29.00" },
      amount: { amount: "3.63" },
      reversed: false,
      offer: { id: "o1" },
      occurredAt: "2026-02-07T08:30:00.000Z",
    });
    expect(result.recorder.calls[0]?.input).toEqual({
      referralCode: "CLARK1",
      offerId: "o1",
      orderId: "order-29",
      saleCents: 2900,
      occurredAt: new Date("2026-02-07T08:30:00.000Z"),
    });
  });

  it("creates an offer with the price in cents and the percentage in hundredths", async () => {
    const result = await run(
      sellerViewer,
      `mutation { createOffer(input: { name: "Pasta", price: "19.9", commissionType: PERCENTAGE, commissionValue: "7.5" }) { price { amount } commissionValue holdDays } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOffer).toEqual({
      price: { amount: "19.90" },
      commissionValue: "7.50",
      holdDays: 0,
    });
    expect(result.recorder.calls[0]?.input).toEqual({
      name: "Pasta",
      priceCents: 1990,
      commissionType: "PERCENTAGE",
      commissionValueHundredths: 750,
      url: null,
      holdDays: null,
    });
  });

  it("updates an offer: only the fields sent, in cents and hundredths, the rest null", async () => {
    const result = await run(
      sellerViewer,
      `mutation { updateOffer(input: { offerId: "o1", name: "Pasta", price: "25", url: "", holdDays: 14 }) { id name url } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.recorder.calls[0]?.input).toEqual({
      offerId: "o1",
      name: "Pasta",
      priceCents: 2500,
      commissionType: null,
      commissionValueHundredths: null,
      url: "",
      holdDays: 14,
      active: null,
    });
  });

  it("updates the seller's settings: the minimum in cents, an omitted name null; affiliates are refused", async () => {
    const mutation = `mutation { updateSellerSettings(input: { minimumPayout: "25" }) { name minimumPayout { amount currencyCode } } }`;
    const result = await run(sellerViewer, mutation);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSellerSettings).toEqual({
      name: "Demo Coaching",
      minimumPayout: { amount: "25.00", currencyCode: "USD" },
    });
    expect(result.recorder.calls[0]?.input).toEqual({ name: null, minimumPayoutCents: 2500 });
    expect(errorsOf(await run(affiliateViewer, mutation))).toEqual([{ code: "FORBIDDEN" }]);
    expect(errorsOf(await run(null, mutation))).toEqual([{ code: "UNAUTHENTICATED" }]);
  });

  it("gives a promotion its referral link: the offer's url with ?ref=CODE, other parameters kept", async () => {
    const result = await run(
      affiliateViewer,
      `{ affiliate(id: "a1") { offers { referralLink } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      affiliate: {
        offers: [
          { referralLink: "https://demo-coaching.test/masterclass?utm_source=allyhut&ref=CLARK1" },
        ],
      },
    });
  });

  it("imports sales: every line's outcome and the counts; more than 500 lines is BAD_USER_INPUT", async () => {
    const line = (n: number) =>
      `{ line: ${n}, orderId: "o-${n}", referralCode: "CLARK1", offer: "o1", saleAmount: "49" }`;
    const result = await run(
      sellerViewer,
      `mutation { importSales(input: { rows: [${line(2)}, ${line(3)}], dryRun: true }) {
        dryRun recordedCount alreadyRecordedCount problemCount
        lines { line orderId outcome field message commission { orderId } }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importSales).toEqual({
      dryRun: true,
      recordedCount: 1,
      alreadyRecordedCount: 0,
      problemCount: 1,
      lines: [
        {
          line: 2,
          orderId: "o-2",
          outcome: "RECORDED",
          field: null,
          message: null,
          commission: { orderId: "order-1" },
        },
        {
          line: 3,
          orderId: "o-3",
          outcome: "INVALID",
          field: "saleAmount",
          message: "Enter the amount like 49.00.",
          commission: null,
        },
      ],
    });
    expect(result.recorder.calls[0]?.input).toEqual({
      dryRun: true,
      rows: [2, 3].map((n) => ({
        line: n,
        orderId: `o-${n}`,
        referralCode: "CLARK1",
        offer: "o1",
        saleAmount: "49",
        occurredAt: "",
      })),
    });
    const tooMany = Array.from({ length: 501 }, (_, i) => line(i + 2)).join(", ");
    const refused = await run(
      sellerViewer,
      `mutation { importSales(input: { rows: [${tooMany}] }) { dryRun } }`,
    );
    expect(errorsOf(refused)).toEqual([{ code: "BAD_USER_INPUT", field: "rows" }]);
    expect(refused.recorder.calls).toEqual([]);
  });

  it("reports reversed commissions and the payout summary", async () => {
    const reversed = await run(
      sellerViewer,
      `mutation { reverseSale(orderId: "order-1") { reversed } }`,
    );
    expect(reversed.data?.reverseSale).toEqual({ reversed: true });
    const summary = await run(
      sellerViewer,
      "{ payoutSummary { pendingCount pendingTotal { amount } approvedCount approvedTotal { amount } rejectedCount } }",
    );
    expect(summary.data?.payoutSummary).toEqual({
      pendingCount: 2,
      pendingTotal: { amount: "5.00" },
      approvedCount: 1,
      approvedTotal: { amount: "3.00" },
      rejectedCount: 0,
    });
  });
});
