import { Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { EmptyMessage } from "./QueryState";
import { commissionLabel } from "./commission";
import { ScrollTable } from "./ScrollTable";

export const PromotedOffers_promotion = graphql(`
  fragment PromotedOffers_promotion on OfferPromotion {
    promotedSince
    salesCount
    commissionTotal {
      amount
      currencyCode
    }
    offer {
      id
      name
      commissionType
      commissionValue
      price {
        amount
        currencyCode
      }
    }
  }
`);

/** The offers an affiliate promotes, with sales and commissions per offer. */
export function PromotedOffers(props: {
  promotions: FragmentType<typeof PromotedOffers_promotion>[];
  emptyHint?: string;
}) {
  const promotions = getFragmentData(PromotedOffers_promotion, props.promotions);
  if (promotions.length === 0) {
    return <EmptyMessage title="No offers promoted yet">{props.emptyHint}</EmptyMessage>;
  }
  return (
    <ScrollTable label="Offers promoted" minWidth={560}>
      <Table striped verticalSpacing="xs" aria-label="Offers promoted">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Offer</Table.Th>
            <Table.Th>Commission</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th ta="right">Sales</Table.Th>
            <Table.Th ta="right">Commissions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promotions.map(({ offer, ...promotion }) => (
            <Table.Tr key={offer.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {offer.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatMoneyValue(offer.price)}
                </Text>
              </Table.Td>
              <Table.Td>{commissionLabel(offer)}</Table.Td>
              <Table.Td>{formatDate(promotion.promotedSince)}</Table.Td>
              <Table.Td ta="right">{promotion.salesCount}</Table.Td>
              <Table.Td ta="right">{formatMoneyValue(promotion.commissionTotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
