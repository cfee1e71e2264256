import { FIXTURE_PASSWORD } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import { payoutScene } from "./support/payout-fixtures";
import { MAX_CONCURRENT_EXPORTS } from "../src/http/exports";

const ROWS = 20_000;

describe("a large CSV export", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    const scene = await payoutScene(server.db.dataSource, {
      affiliates: 20,
      withdrawalsEach: ROWS / 20,
      amountCents: 100,
      loginPassword: true,
    });
    const client = server.client();
    await client.login(scene.seller.owner.email, FIXTURE_PASSWORD);
    cookie = client.cookieHeader();
  }, 60_000);
  afterAll(() => server.close());

  const exportUrl = () => `${server.url}/exports/withdrawals.csv`;

  it("streams every row, the heap never holding the result", async () => {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const response = await fetch(exportUrl(), { headers: { cookie } });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let lines = 0;
    let bytes = 0;
    let first = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      // Counting records, not keeping them: the server and this reader share the heap.
      for (const char of decoder.decode(value, { stream: true })) if (char === "\n") lines++;
      if (first) {
        first = false;
        // A slow reader: the server waits (backpressure) instead of buffering the rest.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    expect(lines).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(ROWS * 100);
    // A loose guard (≈ 12 MiB measured, mostly garbage not yet collected); the bench measures RSS.
    expect((heapPeak - heapBefore) / 1024 / 1024).toBeLessThan(32);
  }, 60_000);

  it("closes the query when the client goes away, and frees its place", async () => {
    for (let attempt = 0; attempt < MAX_CONCURRENT_EXPORTS + 1; attempt++) {
      const abort = new AbortController();
      const response = await fetch(exportUrl(), { headers: { cookie }, signal: abort.signal });
      const reader = response.body!.getReader();
      await reader.read();
      abort.abort();
      await reader.closed.catch(() => undefined);
    }
    // Each abandoned export gave its slot back; the pool serves a whole one again.
    let answer: Response | undefined;
    for (let wait = 0; wait < 50; wait++) {
      answer = await fetch(exportUrl(), { headers: { cookie } });
      if (answer.status !== 503) break;
      await answer.text();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer?.status).toBe(200);
    expect((await answer!.text()).split("\n").length).toBe(ROWS + 2);
    const running = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND INFO LIKE '%FROM withdrawals w JOIN affiliates%' AND INFO NOT LIKE '%PROCESSLIST%'",
    );
    expect(Number(running[0].n)).toBe(0);
  }, 60_000);
});
