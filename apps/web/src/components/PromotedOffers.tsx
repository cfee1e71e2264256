import { Code, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { PromotedOffers_PromotionFragment as Promotion } from "../gql/graphql";
import { formatDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { CopyableLink, CopyValueButton } from "./CopyableLink";
import { EmptyMessage } from "./QueryState";
import { commissionLabel } from "./commission";
import { ScrollTable } from "./ScrollTable";

export const PromotedOffers_promotion = graphql(`
  fragment PromotedOffers_promotion on OfferPromotion {
    promotedSince
    salesCount
    referralLink
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

/**
 * The offers an affiliate promotes, with sales and commissions per offer. Given the affiliate's
 * referral code (their own center), each offer comes with its referral link and how it credits.
 */
export function PromotedOffers(props: {
  promotions: FragmentType<typeof PromotedOffers_promotion>[];
  emptyHint?: string;
  referralCode?: string;
}) {
  const promotions = getFragmentData(PromotedOffers_promotion, props.promotions);
  if (promotions.length === 0) {
    return <EmptyMessage title="No offers promoted yet">{props.emptyHint}</EmptyMessage>;
  }
  if (props.referralCode !== undefined) {
    return (
      <Stack gap="sm">
        {promotions.map((promotion) => (
          <PromotionCard
            key={promotion.offer.id}
            promotion={promotion}
            referralCode={props.referralCode ?? ""}
          />
        ))}
      </Stack>
    );
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

/** One promoted offer on the affiliate's own center: figures, then what to share and why. */
function PromotionCard({
  promotion,
  referralCode,
}: {
  promotion: Promotion;
  referralCode: string;
}) {
  const { offer } = promotion;
  return (
    <Paper withBorder p="sm" component="article" aria-label={offer.name}>
      <Text fw={700}>{offer.name}</Text>
      <Text size="sm" c="dimmed">
        {formatMoneyValue(offer.price)} · you earn {commissionLabel(offer)} · since{" "}
        {formatDate(promotion.promotedSince)} · {promotion.salesCount}{" "}
        {promotion.salesCount === 1 ? "sale" : "sales"},{" "}
        {formatMoneyValue(promotion.commissionTotal)} earned
      </Text>
      <Stack gap="xs" mt="sm">
        {promotion.referralLink ? (
          <>
            <CopyableLink
              label="Referral link"
              value={promotion.referralLink}
              what={`referral link for ${offer.name}`}
            />
            <Text size="sm">
              Share this link. When someone buys through it, the seller&apos;s checkout passes your
              code <Code>{referralCode}</Code> on with the sale and the sale is credited to you; you
              see it under Commissions.
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">
              The seller has not set a sales page for this offer yet, so there is no link to share.
              Quote your referral code instead: the seller records a sale with it and the sale is
              credited to you; you see it under Commissions.
            </Text>
            <Group gap="xs">
              <Text size="sm">Referral code</Text>
              <Code fz="sm">{referralCode}</Code>
              <CopyValueButton value={referralCode} what={`referral code for ${offer.name}`} />
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
