import { Button, Checkbox, Code, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { FormError } from "../../../../components/FormError";
import { showApiError } from "../../../../lib/errors";
import { useCreateWebhookEndpoint, type CreatedEndpoint } from "./useCreateWebhookEndpoint";
import {
  WEBHOOK_EVENT_CHOICES,
  webhookEndpointValidators,
  type WebhookEndpointValues,
} from "./webhook-rules";

const INITIAL_VALUES: WebhookEndpointValues = {
  url: "",
  eventTypes: WEBHOOK_EVENT_CHOICES.map((event) => event.type),
};

/** A new endpoint: the address AllyHut posts to and the events it wants (all, to begin with). */
export function CreateWebhookEndpointForm({
  onCreated,
}: {
  onCreated: (created: CreatedEndpoint) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const createEndpoint = useCreateWebhookEndpoint();
  const form = useForm<WebhookEndpointValues>({
    initialValues: INITIAL_VALUES,
    validate: webhookEndpointValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await createEndpoint(values);
      if (created) {
        form.reset();
        onCreated(created);
      }
    } catch (error) {
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add a webhook endpoint">
      <Stack>
        <FormError message={formError} title="Not added" />
        <TextInput
          label="Endpoint URL"
          description="Your server's address that receives the POST requests, e.g. https://example.com/webhooks/allyhut."
          placeholder="https://"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          required
          {...form.getInputProps("url")}
        />
        <Checkbox.Group
          label="Events to send"
          description="Each request's type field names the event, as shown after each label."
          required
          {...form.getInputProps("eventTypes")}
        >
          <Stack gap={8} mt={6}>
            {WEBHOOK_EVENT_CHOICES.map((event) => (
              <Checkbox
                key={event.type}
                value={event.type}
                label={
                  <Text size="sm" component="span">
                    {event.label} <Code>{event.type}</Code>
                  </Text>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Add endpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
