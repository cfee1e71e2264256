import { screen, waitFor, within } from "@testing-library/react";
import { DeleteWebhookEndpointDocument } from "../../../../gql/graphql";
import { WEBHOOK_ENDPOINTS_MAX, webhookEndpointsLimitMessage } from "@allyhut/schema";
import { apiError, renderWithProviders } from "../../../../test/render";
import { delivery, endpoint, listMock, renderWebhooksPage as renderPage } from "./webhook-mocks";
import { PENDING_POLL_MS, WebhooksPage } from "./WebhooksPage";

describe("WebhookEndpointList", () => {
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

  it("looks again while a delivery is pending, until it is delivered", async () => {
    const url = "https://erp.example.com/in";
    const pending = delivery("40", { status: "PENDING", attempts: 1, responseStatus: 503 });
    await renderPage([
      listMock([endpoint("3", url, { deliveries: [{ ...pending, deliveredAt: null }] })]),
      listMock([
        endpoint("3", url, {
          deliveries: [{ ...pending, status: "DELIVERED", attempts: 2, responseStatus: 204 }],
        }),
      ]),
    ]);
    const table = await screen.findByRole("table", { name: `Recent deliveries to ${url}` });
    const statusCell = () => within(table).getAllByRole("row")[1]?.children[1];
    expect(statusCell()).toHaveTextContent("Pending");
    expect(
      await within(table).findByRole("cell", { name: "204" }, { timeout: PENDING_POLL_MS + 2_000 }),
    ).toBeInTheDocument();
    expect(statusCell()).toHaveTextContent("Delivered");
  }, 15_000);

  it("offers no form once the seller has as many endpoints as allowed", async () => {
    const endpoints = Array.from({ length: WEBHOOK_ENDPOINTS_MAX }, (_, index) =>
      endpoint(String(index + 1), `https://hooks.example.com/${index + 1}`),
    );
    renderWithProviders(<WebhooksPage />, { mocks: [listMock(endpoints)] as never });
    expect(await screen.findByText(webhookEndpointsLimitMessage)).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Add a webhook endpoint" })).toBeNull();
    expect(screen.getAllByRole("button", { name: /^Delete / })).toHaveLength(WEBHOOK_ENDPOINTS_MAX);
  });
});
