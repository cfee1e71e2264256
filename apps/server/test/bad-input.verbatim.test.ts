import { PRODUCTION_ENV } from "./support/corpus";
import { NASTY_STRINGS } from "./support/corpus-cases";
import { createProgram, createUser, earn, moneyServices } from "./support/fixtures";
import { startTestServer, type AnyData, type TestServer } from "./support/http";
import { sessionCookieFor } from "./support/matrix-world";
import { expectMoneyInvariants } from "./support/money-invariants";

// Names, ids and notes are trimmed and refuse control characters: these stay valid everywhere.
const ONE_LINE_NASTY = NASTY_STRINGS.filter((value) => !/\p{Cc}/u.test(value));

describe("injection strings that are valid input", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let withdrawalId: string;
  const cookies: Record<"seller" | "affiliate", string> = { seller: "", affiliate: "" };

  beforeAll(async () => {
    server = await startTestServer({ env: PRODUCTION_ENV });
    const db = server.db.dataSource;
    program = await createProgram(db);
    await earn(db, program, 500);
    withdrawalId = (
      await moneyServices(db).withdrawals.request(program.affiliate.viewer, {
        affiliateId: program.affiliate.affiliateId,
        amountCents: 100,
      })
    ).id;
    cookies.seller = await sessionCookieFor(db, program.seller.owner.userId);
    cookies.affiliate = await sessionCookieFor(db, program.affiliate.user.userId);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  /** Sends as `who` (a cookie) and expects data: no error, nothing of the server's internals. */
  async function ask(cookie: string | null, query: string, variables: AnyData): Promise<AnyData> {
    const response = await server
      .client()
      .request(query, variables, cookie === null ? {} : { cookie });
    expect(response.body.errors).toBeUndefined();
    return response.body.data ?? {};
  }

  it("stores a withdrawal note verbatim and reads it back to the seller and the affiliate", async () => {
    const save = `mutation Save($input: ProcessWithdrawalInput!) {
      processWithdrawal(input: $input) { note history { note } }
    }`;
    const read = "query Read($id: ID!) { withdrawal(id: $id) { note status history { note } } }";
    for (const note of NASTY_STRINGS) {
      const saved = await ask(cookies.seller, save, {
        input: { withdrawalId, status: "PENDING", note },
      });
      expect(saved.processWithdrawal.note).toBe(note);
      for (const cookie of [cookies.seller, cookies.affiliate]) {
        const { withdrawal } = await ask(cookie, read, { id: withdrawalId });
        expect(withdrawal.status).toBe("PENDING");
        expect(withdrawal.note).toBe(note);
        expect(withdrawal.history.at(-1).note).toBe(note);
      }
      const [row] = await server.db.dataSource.query("SELECT note FROM withdrawals WHERE id = ?", [
        withdrawalId,
      ]);
      expect(row.note).toBe(note);
    }
  });

  it("records, lists and reverses sales whose order ids look like SQL or HTML", async () => {
    const record = `mutation Record($input: RecordSaleInput!) { recordSale(input: $input) { orderId } }`;
    const list = `query Mine($id: ID!) { affiliate(id: $id) { commissions(first: 100) { nodes { orderId reversed } } } }`;
    const orderIds = ONE_LINE_NASTY.map((value, n) => `${n}-${value}`.slice(0, 100));
    for (const orderId of orderIds) {
      const { recordSale } = await ask(cookies.seller, record, {
        input: {
          referralCode: program.affiliate.referralCode,
          offerId: program.offerId,
          orderId,
          saleAmount: "10.00",
        },
      });
      expect(recordSale.orderId).toBe(orderId);
    }
    const { affiliate } = await ask(cookies.affiliate, list, { id: program.affiliate.affiliateId });
    const listed = affiliate.commissions.nodes.map((node: AnyData) => node.orderId);
    expect(listed).toEqual(expect.arrayContaining(orderIds));
    for (const orderId of orderIds) {
      const reversed = await ask(
        cookies.seller,
        "mutation R($o: String!) { reverseSale(orderId: $o) { orderId reversed } }",
        { o: orderId },
      );
      expect(reversed.reverseSale).toEqual({ orderId, reversed: true });
    }
  });

  it("keeps offer, user and affiliate names verbatim, and searches them as text", async () => {
    const db = server.db.dataSource;
    const names = ONE_LINE_NASTY.filter((name) => [...name].length <= 100);
    for (const name of names) {
      const { createOffer } = await ask(
        cookies.seller,
        "mutation O($input: CreateOfferInput!) { createOffer(input: $input) { name } }",
        { input: { name, price: "10.00", commissionType: "FLAT", commissionValue: "1.00" } },
      );
      expect(createOffer.name).toBe(name);
    }
    const [{ slug }] = await db.query("SELECT slug FROM sellers WHERE id = ?", [
      program.seller.sellerId,
    ]);
    // A user per name joins the seller's program: the name is copied to the affiliate.
    await Promise.all(
      names.map(async (name, n) => {
        const member = await sessionCookieFor(db, (await createUser(db, { name })).userId);
        const { joinAffiliateProgram } = await ask(
          member,
          "mutation J($input: JoinAffiliateProgramInput!) { joinAffiliateProgram(input: $input) { name } }",
          {
            input: {
              sellerSlug: slug,
              paymentMethod: "BANK_TRANSFER",
              payoutAccount: `IBAN ${n} ${name}`,
            },
          },
        );
        expect(joinAffiliateProgram.name).toBe(name);
        expect((await ask(member, "query { me { name } }", {})).me.name).toBe(name);
      }),
    );
    const search =
      "query S($s: String) { affiliates(first: 100, search: $s) { totalCount nodes { name } } }";
    for (const name of names) {
      const { affiliates } = await ask(cookies.seller, search, { s: name });
      expect(affiliates.nodes.map((node: AnyData) => node.name)).toContain(name);
    }
    // LIKE's wildcards are only text: a search for them finds the names that hold them, no others.
    for (const text of ["%_\\%", "_", "%"]) {
      const found = await ask(cookies.seller, search, { s: text });
      const foundNames = found.affiliates.nodes.map((node: AnyData) => node.name).sort();
      expect(foundNames).toEqual(names.filter((name) => name.includes(text)).sort());
    }
  });

  it("keeps a note with a NUL as written, and one with a lone surrogate with U+FFFD in its place", async () => {
    // A note is kept exactly as written (only its length is limited); a lone surrogate is no text
    // UTF-8 can hold: it is stored, and read back, as the replacement character.
    const notes = [
      ["nul \u0000 byte", "nul \u0000 byte"],
      ["lone \ud800 surrogate", "lone \ufffd surrogate"],
    ];
    for (const [sent, kept] of notes) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookies.seller },
        body: JSON.stringify({
          query: `mutation S($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { note } }`,
          variables: { input: { withdrawalId, status: "PENDING", note: sent } },
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { processWithdrawal: { note: kept } } });
      const [row] = await server.db.dataSource.query("SELECT note FROM withdrawals WHERE id = ?", [
        withdrawalId,
      ]);
      expect(row.note).toBe(kept);
    }
  });
});
