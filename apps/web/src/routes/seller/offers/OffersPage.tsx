import { useQuery } from "@apollo/client/react";
import { Grid, Stack, Table, Text, Title } from "@mantine/core";
import { commissionLabel } from "../../../components/commission";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { OfferActiveBadge } from "../../../components/StatusBadge";
import { graphql } from "../../../gql";
import { formatMoneyValue } from "../../../lib/money";
import { CreateOfferForm } from "./CreateOfferForm";
import { ScrollTable } from "../../../components/ScrollTable";

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
          price {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

/** Offers: what affiliates can promote, and a form to add one. */
export function OffersPage() {
  const { data, error, refetch } = useQuery(SellerOffersQuery);
  const seller = data?.me?.seller;
  return (
    <Stack>
      <Title order={1}>Offers</Title>
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
              <ScrollTable label="Offers" minWidth={480}>
                <Table striped verticalSpacing="sm" aria-label="Offers">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th ta="right">Price</Table.Th>
                      <Table.Th ta="right">Commission</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {seller.offers.map((offer) => (
                      <Table.Tr key={offer.id}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {offer.name}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{formatMoneyValue(offer.price)}</Table.Td>
                        <Table.Td ta="right">{commissionLabel(offer)}</Table.Td>
                        <Table.Td>
                          <OfferActiveBadge active={offer.active} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
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
