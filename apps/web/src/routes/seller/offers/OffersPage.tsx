import { useQuery } from "@apollo/client/react";
import { Box, Grid, Stack, Title } from "@mantine/core";
import { JoinLink } from "../../../components/CopyableLink";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { graphql } from "../../../gql";
import { CreateOfferForm } from "./CreateOfferForm";
import { OffersTable } from "./OffersTable";

export const SellerOffersQuery = graphql(`
  query SellerOffers {
    me {
      id
      seller {
        id
        currencyCode
        offers {
          id
          name
          active
          commissionType
          commissionValue
          url
          price {
            amount
            currencyCode
          }
          ...EditOfferForm_offer
        }
      }
    }
  }
`);

/** Offers: what affiliates can promote, each editable, a form to add one, and the join link. */
export function OffersPage() {
  const { data, error, refetch } = useQuery(SellerOffersQuery);
  const seller = data?.me?.seller;
  return (
    <Stack>
      <Title order={1}>Offers</Title>
      <Box maw={640}>
        <JoinLink description="Affiliates sign up here, then pick the offers they promote." />
      </Box>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Section title="Your offers">
            {error && !data ? (
              <ErrorState error={error} onRetry={() => void refetch()} />
            ) : !seller ? (
              <LoadingState label="Loading offers…" />
            ) : seller.offers.length === 0 ? (
              <EmptyMessage title="No offers yet">
                Create your first offer: affiliates can then promote it.
              </EmptyMessage>
            ) : (
              <OffersTable offers={seller.offers} />
            )}
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Section title="New offer">
            {seller ? <CreateOfferForm currencyCode={seller.currencyCode} /> : <LoadingState />}
          </Section>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
