import { webhookEventTypesProblem, webhookUrlProblem } from "@allyhut/schema";
import { isPublicAddress } from "../src/modules/notifications/webhooks/public-address";
import {
  checkWebhookUrl,
  type HostResolver,
  type ResolvedAddress,
} from "../src/modules/notifications/webhooks/webhook-url-guard";

// A DNS of our own: names resolve to what each case needs, and the guard is asked what it thinks.
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });
const ZONE: Record<string, ResolvedAddress[]> = {
  "hooks.example.com": [v4("93.184.216.34")],
  "hooks6.example.com": [v6("2606:2800:220:1:248:1893:25c8:1946")],
  "hooks.example.test": [v4("10.0.0.1")],
  "mixed.example.com": [v4("93.184.216.34"), v4("192.168.1.10")],
  "mixed6.example.com": [v4("93.184.216.34"), v6("fd00::1")],
  "metadata.example.com": [v4("169.254.169.254")],
  "mapped.example.com": [v6("::ffff:127.0.0.1")],
};
const lookups: string[] = [];
const resolve: HostResolver = async (hostname) => {
  lookups.push(hostname);
  const addresses = ZONE[hostname];
  if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return addresses;
};
const production = { allowPrivate: false, resolve };
const development = { allowPrivate: true, resolve };

describe("the webhook URL guard (production rules)", () => {
  beforeEach(() => void (lookups.length = 0));

  it.each([
    ["http://127.0.0.1/hook", "must start with https://"],
    ["http://[::1]/hook", "must start with https://"],
    ["http://169.254.169.254/latest/meta-data/", "must start with https://"],
    ["https://127.0.0.1/hook", "public internet"],
    ["https://[::1]/hook", "public internet"],
    ["https://169.254.169.254/latest/meta-data/", "public internet"],
    ["https://2130706433/hook", "public internet"],
    ["https://0177.0.0.1/hook", "public internet"],
    ["https://0x7f.1/hook", "public internet"],
    ["https://0x7f000001/hook", "public internet"],
    ["https://[::ffff:127.0.0.1]/hook", "public internet"],
    ["https://[::ffff:a9fe:a9fe]/hook", "public internet"],
    ["https://[fd00::1]/hook", "public internet"],
    ["https://[fe80::1]/hook", "public internet"],
    ["https://[64:ff9b::7f00:1]/hook", "public internet"],
    ["https://0.0.0.0/hook", "public internet"],
    ["https://100.64.0.1/hook", "public internet"],
    ["https://192.168.0.1/hook", "public internet"],
    ["https://172.16.5.4/hook", "public internet"],
    ["https://224.0.0.1/hook", "public internet"],
    ["https://255.255.255.255/hook", "public internet"],
    ["https://localhost/hook", "public internet"],
    ["https://api.localhost/hook", "public internet"],
    ["https://metadata.google.internal/computeMetadata/v1/", "public internet"],
    ["https://hooks.example.test/hook", "public internet"],
    ["https://mixed.example.com/hook", "public internet"],
    ["https://mixed6.example.com/hook", "public internet"],
    ["https://metadata.example.com/hook", "public internet"],
    ["https://mapped.example.com/hook", "public internet"],
    ["https://user:secret@hooks.example.com/hook", "user name or password"],
    ["ftp://hooks.example.com/hook", "must start with https://"],
    ["hooks.example.com/hook", "full address"],
    [`https://hooks.example.com/${"a".repeat(2048)}`, "at most 2048"],
  ])("refuses %s", async (url, reason) => {
    const check = await checkWebhookUrl(url, production);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it("tells a name that does not resolve apart (it may later), and refuses it", async () => {
    expect(await checkWebhookUrl("https://nowhere.example.com/hook", production)).toEqual({
      ok: false,
      reason: "The endpoint's host nowhere.example.com does not resolve.",
      unresolved: true,
    });
  });

  it("keeps every checked address of a name, to connect to those only", async () => {
    const both: HostResolver = async () => [v6("2606:4700::1"), v4("93.184.216.34")];
    expect(
      await checkWebhookUrl("https://dual.example.com/", { allowPrivate: false, resolve: both }),
    ).toMatchObject({ ok: true, addresses: [v6("2606:4700::1"), v4("93.184.216.34")] });
  });

  it("checks IP-literal hosts without asking DNS, and names through it", async () => {
    await checkWebhookUrl("https://2130706433/hook", production);
    await checkWebhookUrl("https://[::1]/hook", production);
    expect(lookups).toEqual([]);
    await checkWebhookUrl("https://hooks.example.test/hook", production);
    expect(lookups).toEqual(["hooks.example.test"]);
  });

  it("allows a name whose every address is public, and pins the address it checked", async () => {
    const check = await checkWebhookUrl("https://hooks.example.com/allyhut?x=1", production);
    expect(check).toMatchObject({ ok: true, addresses: [v4("93.184.216.34")] });
    expect(check.ok && check.url.href).toBe("https://hooks.example.com/allyhut?x=1");
    expect(await checkWebhookUrl("https://hooks6.example.com/", production)).toMatchObject({
      ok: true,
      addresses: [v6("2606:2800:220:1:248:1893:25c8:1946")],
    });
    expect(await checkWebhookUrl("https://93.184.216.34/hook", production)).toMatchObject({
      ok: true,
      addresses: [v4("93.184.216.34")],
    });
  });
});

describe("the webhook URL guard with ALLOW_PRIVATE_WEBHOOKS (local development)", () => {
  it.each([
    ["http://127.0.0.1:4010/hook", v4("127.0.0.1")],
    ["http://[::1]:4010/hook", v6("::1")],
    ["https://hooks.example.test/hook", v4("10.0.0.1")],
    ["http://localhost:4010/hook", null],
  ])("allows %s", async (url, address) => {
    const resolveLocal: HostResolver = async (name) =>
      name === "localhost" ? [v4("127.0.0.1")] : resolve(name);
    const check = await checkWebhookUrl(url, { allowPrivate: true, resolve: resolveLocal });
    expect(check).toMatchObject({ ok: true, addresses: [address ?? v4("127.0.0.1")] });
  });

  it("still refuses what is no http(s) address or carries a password", async () => {
    expect(await checkWebhookUrl("ftp://127.0.0.1/", development)).toMatchObject({ ok: false });
    expect(await checkWebhookUrl("http://a:b@127.0.0.1/", development)).toMatchObject({
      ok: false,
    });
  });
});

describe("public addresses", () => {
  it.each([
    ["93.184.216.34", true],
    ["8.8.8.8", true],
    ["2606:4700:4700::1111", true],
    ["::ffff:93.184.216.34", true],
    ["127.0.0.1", false],
    ["10.0.0.1", false],
    ["169.254.169.254", false],
    ["192.0.2.1", false],
    ["198.18.0.1", false],
    ["240.0.0.1", false],
    ["::", false],
    ["::1", false],
    ["::127.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["fec0::1", false],
    ["ff02::1", false],
    ["2001:db8::1", false],
    ["2002:7f00:1::1", false],
    ["2001:0:4136:e378::1", false],
    ["64:ff9b::a00:1", false],
    ["not an address", false],
  ])("%s is public: %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("the shared rules (the settings form's too)", () => {
  it("judges event types: 1 to 5 distinct known ones", () => {
    expect(webhookEventTypesProblem(["SALE_RECORDED"])).toBeNull();
    expect(
      webhookEventTypesProblem([
        "WITHDRAWAL_REQUESTED",
        "WITHDRAWAL_PROCESSED",
        "AFFILIATE_STATUS_CHANGED",
        "SALE_RECORDED",
        "SALE_REVERSED",
      ]),
    ).toBeNull();
    expect(webhookEventTypesProblem([])).toMatch(/at least one/);
    expect(webhookEventTypesProblem(["SALE_RECORDED", "SALE_RECORDED"])).toMatch(/only once/);
    expect(webhookEventTypesProblem(["PAYDAY"])).toMatch(/must be among/);
  });

  it("judges an address's form the same way the server does", () => {
    expect(webhookUrlProblem("https://hooks.example.com/x")).toBeNull();
    expect(webhookUrlProblem("http://hooks.example.com/x")).toMatch(/https/);
    expect(webhookUrlProblem("http://127.0.0.1:4010/x", { allowPrivate: true })).toBeNull();
  });
});
