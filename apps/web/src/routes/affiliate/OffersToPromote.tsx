import { useMutation } from "@apollo/client/react";
import { Button, Group, Paper, SimpleGrid, Text } from "@mantine/core";
import { ErrorCode } from "@allyhut/schema";
import { showToast } from "../../app/toasts";
import { commissionLabel } from "../../components/commission";
import { EmptyMessage } from "../../components/QueryState";
import { graphql } from "../../gql";
import { apiErrorCode, describeApiError } from "../../lib/errors";
import { formatMoneyValue } from "../../lib/money";

const PromoteOfferMutation = graphql(`
  mutation PromoteOffer($input: PromoteOfferInput!) {
    promoteOffer(input: $input) {
      promotedSince
      offer {
        id
      }
    }
  }
`);

interface Offer {
  id: string;
  name: string;
  active: boolean;
  commissionType: string;
  commissionValue: string;
  price: { amount: string; currencyCode: string };
}

interface OffersToPromoteProps {
  affiliateId: string;
  disabled: boolean;
  offers: Offer[];
  promotedOfferIds: Set<string>;
}

/** The seller's active offers the affiliate does not promote yet, each with a Promote button. */
export function OffersToPromote({
  affiliateId,
  disabled,
  offers,
  promotedOfferIds,
}: OffersToPromoteProps) {
  const [promote, { loading }] = useMutation(PromoteOfferMutation, {
    refetchQueries: ["AffiliateCenter"],
    awaitRefetchQueries: true,
  });
  const candidates = offers.filter((offer) => offer.active && !promotedOfferIds.has(offer.id));
  if (candidates.length === 0) {
    return (
      <EmptyMessage title="You promote every offer">
        New offers from this seller will show here.
      </EmptyMessage>
    );
  }
  const promoteOffer = async (offer: Offer) => {
    try {
      await promote({ variables: { input: { affiliateId, offerId: offer.id } } });
      showToast({
        color: "green",
        message: `You now promote “${offer.name}”: its referral link is under Offers you promote.`,
      });
    } catch (error) {
      showToast({
        color: "red",
        title: "Could not promote this offer",
        message:
          apiErrorCode(error) === ErrorCode.AFFILIATE_DISABLED
            ? "The seller has switched your account off, so you cannot promote offers."
            : describeApiError(error),
      });
    }
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {candidates.map((offer) => (
        <Paper key={offer.id} withBorder p="sm">
          <Text fw={600}>{offer.name}</Text>
          <Group justify="space-between" mt="xs" wrap="wrap">
            <Text size="sm" c="dimmed">
              {formatMoneyValue(offer.price)} · you earn {commissionLabel(offer)}
            </Text>
            <Button
              size="xs"
              disabled={disabled}
              loading={loading}
              onClick={() => void promoteOffer(offer)}
              aria-label={`Promote ${offer.name}`}
            >
              Promote
            </Button>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
