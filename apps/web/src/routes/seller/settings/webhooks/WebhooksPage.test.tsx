import { screen, waitFor, within } from "@testing-library/react";
import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  WebhookEndpointsDocument,
} from "../../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../../test/render";
import { STANDARD_WEBHOOKS_URL, WebhooksPage } from "./WebhooksPage";

const ALL_EVENTS = [
  "SALE_RECORDED",
  "SALE_REVERSED",
  "WITHDRAWAL_REQUESTED",
  "WITHDRAWAL_PROCESSED",
  "AFFILIATE_STATUS_CHANGED",
];

const delivery = (id: string, fields: object) => ({
  __typename: "WebhookDelivery",
  id,
  eventType: "SALE_RECORDED",
  status: "DELIVERED",
  attempts: 1,
  responseStatus: 200,
  createdAt: "2026-12-01T10:00:00.000Z",
  deliveredAt: "2026-12-01T10:00:01.000Z",
  ...fields,
});

const endpoint = (id: string, url: string, fields: object = {}) => ({
  __typename: "WebhookEndpoint",
  id,
  url,
  eventTypes: ALL_EVENTS,
  createdAt: "2026-11-30T09:00:00.000Z",
  deliveries: [],
  ...fields,
});

const listMock = (endpoints: object[]) => ({
  request: { query: WebhookEndpointsDocument },
  result: { data: { webhookEndpoints: endpoints } },
});

const createMock = (input: object, result: object, onRequest = jest.fn()) => ({
  request: {
    query: CreateWebhookEndpointDocument,
    variables: (variables: { input: object }) => {
      onRequest(variables.input);
      return JSON.stringify(variables.input) === JSON.stringify(input);
    },
  },
  result,
});

async function renderPage(mocks: object[]) {
  const rendered = renderWithProviders(<WebhooksPage />, { mocks: mocks as never });
  await screen.findByRole("form", { name: "Add a webhook endpoint" });
  return rendered;
}

const urlField = () => screen.getByLabelText(/^Endpoint URL/);
const addButton = () => screen.getByRole("button", { name: "Add endpoint" });
const endpointsSection = () => screen.getByRole("region", { name: "Your endpoints" });

describe("WebhooksPage", () => {
  it("says what webhooks are for and how to verify them while there is none", async () => {
    await renderPage([listMock([])]);
    expect(await screen.findByText("No webhook endpoints yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Standard Webhooks" })).toHaveAttribute(
      "href",
      STANDARD_WEBHOOKS_URL,
    );
    // Every event is ticked to begin with.
    for (const type of ALL_EVENTS) {
      expect(screen.getByRole("checkbox", { name: new RegExp(type) })).toBeChecked();
    }
  });

  it("judges by the shared rules (http or https, no password, an event), without calling the API", async () => {
    const sent = jest.fn();
    const { user } = await renderPage([listMock([]), createMock({}, { data: null }, sent)]);
    await user.click(addButton());
    expect(
      await screen.findByText("Enter the address that should receive the webhooks."),
    ).toBeInTheDocument();
    await user.type(urlField(), "ftp://example.com/hook");
    for (const type of ALL_EVENTS) {
      await user.click(screen.getByRole("checkbox", { name: new RegExp(type) }));
    }
    await user.click(addButton());
    expect(
      await screen.findByText("The endpoint address must start with https://."),
    ).toBeInTheDocument();
    expect(screen.getByText("Choose at least one event to send.")).toBeInTheDocument();
    expect(urlField()).toHaveAttribute("aria-invalid", "true");
    await user.clear(urlField());
    await user.type(urlField(), "https://me:hunter2@example.com/hook");
    await user.click(addButton());
    expect(
      await screen.findByText("The endpoint address cannot carry a user name or password."),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it("adds an endpoint, shows its secret once with a copy button, then lists it", async () => {
    const added = endpoint("7", "https://hooks.example.com/allyhut", {
      eventTypes: ["SALE_RECORDED", "SALE_REVERSED"],
    });
    const { user } = await renderPage([
      listMock([]),
      createMock(
        {
          url: "https://hooks.example.com/allyhut",
          eventTypes: ["SALE_RECORDED", "SALE_REVERSED"],
        },
        {
          data: {
            createWebhookEndpoint: {
              __typename: "CreatedWebhookEndpoint",
              secret: "whsec_c2VjcmV0LXNob3duLW9uY2U=",
              endpoint: { __typename: "WebhookEndpoint", id: "7", url: added.url },
            },
          },
        },
      ),
      listMock([added]),
    ]);
    await user.type(urlField(), " https://hooks.example.com/allyhut ");
    for (const type of [
      "WITHDRAWAL_REQUESTED",
      "WITHDRAWAL_PROCESSED",
      "AFFILIATE_STATUS_CHANGED",
    ]) {
      await user.click(screen.getByRole("checkbox", { name: new RegExp(type) }));
    }
    await user.click(addButton());

    const panel = await screen.findByRole("region", { name: /shown only once/ });
    expect(within(panel).getByLabelText("Signing secret")).toHaveValue(
      "whsec_c2VjcmV0LXNob3duLW9uY2U=",
    );
    expect(within(panel).getByText(/shown only once/)).toHaveFocus();
    await user.click(within(panel).getByRole("button", { name: "Copy signing secret" }));
    expect(await navigator.clipboard.readText()).toBe("whsec_c2VjcmV0LXNob3duLW9uY2U=");
    expect(within(panel).getByRole("button", { name: "Copied signing secret" })).toBeVisible();
    expect(within(panel).getByRole("status")).toHaveTextContent("Copied signing secret.");

    const list = await within(endpointsSection()).findByRole("list", {
      name: "Webhook endpoints",
    });
    expect(within(list).getByRole("heading", { name: added.url })).toBeInTheDocument();
    const events = within(list).getByRole("list", { name: "Events sent" });
    expect(
      within(events)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Sale recorded", "Sale reversed"]);
    expect(within(list).getByText(/Nothing sent yet/)).toBeInTheDocument();

    // Once dismissed the secret is gone for good; the form is back, empty.
    await user.click(within(panel).getByRole("button", { name: "I have saved the secret" }));
    expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(/whsec_/)).not.toBeInTheDocument();
    expect(urlField()).toHaveValue("");
  });

  it("shows the API's refusal of the address on the URL field", async () => {
    const { user } = await renderPage([
      listMock([]),
      createMock(
        { url: "http://10.0.0.1/hook", eventTypes: ALL_EVENTS },
        apiError(
          "BAD_USER_INPUT",
          "The webhook URL must be https:// and reach a public address.",
          "input.url",
        ),
      ),
    ]);
    await user.type(urlField(), "http://10.0.0.1/hook");
    await user.click(addButton());
    expect(
      await screen.findByText("The webhook URL must be https:// and reach a public address."),
    ).toBeInTheDocument();
    expect(urlField()).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("region", { name: /shown only once/ })).not.toBeInTheDocument();
  });

  it("lists each endpoint's recent deliveries: event, status in words, attempts, HTTP status, times", async () => {
    await renderPage([
      listMock([
        endpoint("3", "https://erp.example.com/in", {
          deliveries: [
            delivery("31", { eventType: "WITHDRAWAL_PROCESSED" }),
            delivery("30", {
              eventType: "SALE_REVERSED",
              status: "FAILED",
              attempts: 8,
              responseStatus: 500,
              deliveredAt: null,
            }),
            delivery("29", {
              status: "PENDING",
              attempts: 0,
              responseStatus: null,
              deliveredAt: null,
            }),
          ],
        }),
      ]),
    ]);
    const table = await screen.findByRole("table", {
      name: "Recent deliveries to https://erp.example.com/in",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
    expect(cells[0]?.slice(0, 4)).toEqual([
      "Withdrawal approved or rejected",
      "Delivered",
      "1",
      "200",
    ]);
    expect(cells[0]?.[5]).toMatch(/2026/);
    expect(cells[1]?.slice(0, 4)).toEqual(["Sale reversed", "Failed", "8", "500"]);
    expect(cells[1]?.[5]).toBe("—");
    expect(cells[2]?.slice(0, 4)).toEqual(["Sale recorded", "Pending", "0", "—"]);
  });

  it("deletes an endpoint only after confirmation", async () => {
    const deleted = jest.fn();
    const { user } = await renderPage([
      listMock([
        endpoint("3", "https://erp.example.com/in"),
        endpoint("4", "https://crm.example.com/in"),
      ]),
      {
        request: { query: DeleteWebhookEndpointDocument, variables: { id: "3" } },
        result: () => {
          deleted();
          return { data: { deleteWebhookEndpoint: true } };
        },
      },
    ]);
    await user.click(
      await screen.findByRole("button", { name: "Delete https://erp.example.com/in" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Delete this endpoint?" });
    await user.click(within(dialog).getByRole("button", { name: "Keep endpoint" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(deleted).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Delete https://erp.example.com/in" }));
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Delete endpoint" }),
    );
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: "https://erp.example.com/in" })).toBeNull(),
    );
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { name: "https://crm.example.com/in" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("drops an endpoint someone deleted meanwhile instead of failing", async () => {
    const { user } = await renderPage([
      listMock([endpoint("3", "https://erp.example.com/in")]),
      {
        request: { query: DeleteWebhookEndpointDocument, variables: { id: "3" } },
        result: apiError("NOT_FOUND", "No such webhook endpoint."),
      },
    ]);
    await user.click(
      await screen.findByRole("button", { name: "Delete https://erp.example.com/in" }),
    );
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Delete endpoint" }),
    );
    expect(await screen.findByText("No webhook endpoints yet")).toBeInTheDocument();
  });
});
