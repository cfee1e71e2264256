import { useQuery } from "@apollo/client/react";
import { Anchor, Box, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { graphql } from "../../../gql";
import { SellerSettingsForm } from "./SellerSettingsForm";

export const SellerSettingsQuery = graphql(`
  query SellerSettings {
    me {
      id
      seller {
        id
        ...SellerSettingsForm_seller
      }
    }
  }
`);

/** Settings: the seller's business name, the minimum payout its affiliates may request, webhooks. */
export function SellerSettingsPage() {
  const { data, error, refetch } = useQuery(SellerSettingsQuery);
  const seller = data?.me?.seller;
  return (
    <Stack>
      <Title order={1}>Settings</Title>
      <Box maw={560}>
        <Section title="Your affiliate program">
          {error && !data ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !seller ? (
            <LoadingState label="Loading settings…" />
          ) : (
            <SellerSettingsForm key={seller.id} seller={seller} />
          )}
        </Section>
      </Box>
      <Box maw={560}>
        <Section title="Webhooks">
          <Text size="sm" mb="sm">
            Let your own systems hear about sales, withdrawals and affiliates as they happen: signed
            requests to an address of yours.
          </Text>
          <Anchor component={Link} to="/seller/settings/webhooks">
            Manage webhooks
          </Anchor>
        </Section>
      </Box>
    </Stack>
  );
}
