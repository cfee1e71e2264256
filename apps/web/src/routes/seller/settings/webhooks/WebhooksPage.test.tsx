import { screen, within } from "@testing-library/react";
import { apiError } from "../../../../test/render";
import {
  ALL_EVENTS,
  createMock,
  endpoint,
  listMock,
  renderWebhooksPage as renderPage,
} from "./webhook-mocks";
import { STANDARD_WEBHOOKS_URL } from "./WebhooksPage";

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
});
