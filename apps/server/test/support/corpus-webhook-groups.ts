// Bad webhook endpoints (createWebhookEndpoint) on a production server: every address that could
// reach this machine, its network or the cloud's metadata service is refused on "url", nothing saved.
import { ErrorCode, WEBHOOK_URL_MAX_LENGTH } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { BAD_IDS, all, type CorpusGroup, type ValueTable } from "./corpus-cases";
import { field } from "./corpus-slots";

const CREATE = `mutation M($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`;
const DELETE = `mutation M($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const DELIVERIES = `query Q($first: Int) { webhookEndpoints { id deliveries(first: $first) { id } } }`;

/** A public address needing no DNS: valid, so only the poisoned field is wrong. */
const PUBLIC_URL = "https://93.184.216.34/hooks/allyhut";

const SSRF_URLS: readonly string[] = [
  "http://127.0.0.1/hook",
  "http://[::1]/hook",
  "http://169.254.169.254/latest/meta-data/",
  "https://127.0.0.1/hook",
  "https://127.1/hook",
  "https://[::1]/hook",
  "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
  "https://[fd00:ec2::254]/latest/meta-data/",
  "https://2130706433/hook",
  "https://0177.0.0.1/hook",
  "https://0x7f.1/hook",
  "https://0x7f000001/hook",
  "https://017700000001/hook",
  "https://[::ffff:127.0.0.1]/hook",
  "https://[::ffff:a9fe:a9fe]/hook",
  "https://[0:0:0:0:0:ffff:7f00:1]/hook",
  "https://[64:ff9b::a9fe:a9fe]/hook",
  "https://0.0.0.0/hook",
  "https://10.0.0.1/hook",
  "https://172.16.0.1/hook",
  "https://192.168.1.1/hook",
  "https://100.64.0.1/hook",
  "https://[fd00::1]/hook",
  "https://[fe80::1]/hook",
  "https://224.0.0.1/hook",
  "https://localhost/hook",
  "https://localhost./hook",
  "https://api.localhost/hook",
  "https://metadata.google.internal/computeMetadata/v1/",
  // Resolves to 10.0.0.1 where public DNS answers, to nothing where none does: refused either way.
  "https://10.0.0.1.nip.io/hook",
];

const BAD_URLS: ValueTable = [
  ...all("rule", [
    ...SSRF_URLS,
    "https://user:secret@93.184.216.34/hook",
    "http://93.184.216.34/hook",
    "ftp://93.184.216.34/hook",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "javascript:alert(1)",
    "//93.184.216.34/hook",
    "93.184.216.34/hook",
    "",
    " ",
    "not a url",
    `${PUBLIC_URL}/${"a".repeat(WEBHOOK_URL_MAX_LENGTH)}`,
  ]),
  ...all("type", [null, 42, ["https://93.184.216.34/"], { url: PUBLIC_URL }]),
];

/** The corpus seller's one endpoint, so that its deliveries(first) argument is judged at all. */
export async function seedCorpusWebhookEndpoint(db: DataSource, sellerId: string): Promise<void> {
  await db.query(
    `INSERT INTO webhook_endpoints (seller_id, url, event_types, secret)
     VALUES (?, ?, 'SALE_RECORDED', ?)`,
    [sellerId, PUBLIC_URL, `whsec_${Buffer.alloc(24, 1).toString("base64")}`],
  );
}

export const WEBHOOK_GROUPS: CorpusGroup[] = [
  field(
    {
      name: "createWebhookEndpoint.url",
      as: "seller",
      query: CREATE,
      field: "url",
      variables: (_, url) => ({ input: { url, eventTypes: ["SALE_RECORDED"] } }),
    },
    BAD_URLS,
  ),
  field(
    {
      name: "createWebhookEndpoint.eventTypes",
      as: "seller",
      query: CREATE,
      field: "eventTypes",
      variables: (_, eventTypes) => ({ input: { url: PUBLIC_URL, eventTypes } }),
    },
    [
      ...all("rule", [[], ["SALE_RECORDED", "SALE_RECORDED"]]),
      ...all("type", [null, ["PAYDAY"], ["sale_recorded"], [null], 1, [{}]]),
    ],
  ),
  field(
    {
      name: "deleteWebhookEndpoint.id",
      as: "seller",
      query: DELETE,
      field: "id",
      variables: (_, id) => ({ id }),
    },
    BAD_IDS,
  ),
  {
    name: "deleteWebhookEndpoint by an affiliate",
    cases: () => [
      {
        name: "deleteWebhookEndpoint as an affiliate",
        as: "affiliate",
        graphql: { query: DELETE, variables: { id: "1" } },
        expect: { status: 200, code: ErrorCode.FORBIDDEN },
      },
    ],
  },
  field(
    {
      name: "webhookEndpoints.deliveries(first)",
      as: "seller",
      query: DELIVERIES,
      field: "first",
      variables: (_, first) => ({ first }),
    },
    [...all("rule", [0, -1, 101]), ...all("type", [1.5, "20", true])],
  ),
];
