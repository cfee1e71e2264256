import { screen } from "@testing-library/react";
import { CreateWebhookEndpointDocument, WebhookEndpointsDocument } from "../../../../gql/graphql";
import { renderWithProviders } from "../../../../test/render";
import { WebhooksPage } from "./WebhooksPage";

// What the webhook page's tests answer in place of the API.

export const ALL_EVENTS = [
  "SALE_RECORDED",
  "SALE_REVERSED",
  "WITHDRAWAL_REQUESTED",
  "WITHDRAWAL_PROCESSED",
  "AFFILIATE_STATUS_CHANGED",
];

export const delivery = (id: string, fields: object) => ({
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

export const endpoint = (id: string, url: string, fields: object = {}) => ({
  __typename: "WebhookEndpoint",
  id,
  url,
  eventTypes: ALL_EVENTS,
  createdAt: "2026-11-30T09:00:00.000Z",
  deliveries: [],
  ...fields,
});

export const listMock = (endpoints: object[]) => ({
  request: { query: WebhookEndpointsDocument },
  result: { data: { webhookEndpoints: endpoints } },
});

export const createMock = (input: object, result: object, onRequest = jest.fn()) => ({
  request: {
    query: CreateWebhookEndpointDocument,
    variables: (variables: { input: object }) => {
      onRequest(variables.input);
      return JSON.stringify(variables.input) === JSON.stringify(input);
    },
  },
  result,
});

/** The page, once its form is on screen. */
export async function renderWebhooksPage(mocks: object[]) {
  const rendered = renderWithProviders(<WebhooksPage />, { mocks: mocks as never });
  await screen.findByRole("form", { name: "Add a webhook endpoint" });
  return rendered;
}
