import { useQuery } from "@apollo/client/react";
import { Alert, Code, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { AffiliateStatus } from "@allyhut/schema";
import { AffiliateWithdrawals } from "../../components/AffiliateWithdrawals";
import { BalanceCards } from "../../components/BalanceCards";
import { CommissionsList } from "../../components/CommissionsList";
import { CopyValueButton } from "../../components/CopyableLink";
import { PromotedOffers } from "../../components/PromotedOffers";
import { EmptyMessage, ErrorState, LoadingState } from "../../components/QueryState";
import { Section } from "../../components/Section";
import { AffiliateStatusBadge } from "../../components/StatusBadge";
import { graphql } from "../../gql";
import { MyWithdrawalDrawer } from "./MyWithdrawalDrawer";
import { OffersToPromote } from "./OffersToPromote";
import { PayoutDetailsForm } from "./PayoutDetailsForm";
import { RequestWithdrawalForm } from "./RequestWithdrawalForm";

const AffiliateCenterQuery = graphql(`
  query AffiliateCenter($id: ID!) {
    affiliate(id: $id) {
      id
      status
      referralCode
      paymentMethod
      payoutAccount
      seller {
        id
        name
        minimumPayout {
          amount
          currencyCode
        }
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
      balance {
        available {
          amount
          currencyCode
        }
        ...BalanceCards_balance
      }
      offers {
        offer {
          id
        }
        ...PromotedOffers_promotion
      }
    }
  }
`);

/** The affiliate center: balance, withdrawals, offers to promote, commissions, payout details. */
export function AffiliateCenterPage() {
  const { affiliateId = "" } = useParams();
  const [reading, setReading] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(AffiliateCenterQuery, {
    variables: { id: affiliateId },
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading your affiliate center…" />;
  const affiliate = data.affiliate;
  if (!affiliate)
    return (
      <EmptyMessage title="Program not found">You are not a member of this program.</EmptyMessage>
    );
  const disabled = affiliate.status === AffiliateStatus.DISABLED;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Group gap="sm">
            <Title order={1}>{affiliate.seller.name}</Title>
            <AffiliateStatusBadge status={affiliate.status} />
          </Group>
          <Text c="dimmed" size="sm">
            Your affiliate center
          </Text>
        </div>
        <Group gap="xs">
          <Text size="sm">Referral code</Text>
          <Code fz="sm">{affiliate.referralCode}</Code>
          <CopyValueButton value={affiliate.referralCode} what="referral code" />
        </Group>
      </Group>
      {disabled && (
        <Alert color="orange" title="Your account is switched off">
          The seller has disabled your account: you cannot promote offers or earn new commissions.
          What you have earned is still yours and can be withdrawn.
        </Alert>
      )}
      <BalanceCards balance={affiliate.balance} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title="Request a withdrawal">
            <RequestWithdrawalForm
              affiliateId={affiliate.id}
              available={affiliate.balance.available}
              minimumPayout={affiliate.seller.minimumPayout}
            />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title="Payout details">
            <PayoutDetailsForm
              key={`${affiliate.paymentMethod}:${affiliate.payoutAccount}`}
              affiliateId={affiliate.id}
              paymentMethod={affiliate.paymentMethod}
              payoutAccount={affiliate.payoutAccount}
            />
          </Section>
        </Grid.Col>
      </Grid>
      <Section title="Withdrawals">
        <AffiliateWithdrawals
          affiliateId={affiliate.id}
          actionLabel={() => "Details"}
          onOpen={setReading}
        />
      </Section>
      <Section title="Offers you promote">
        <PromotedOffers
          promotions={affiliate.offers}
          referralCode={affiliate.referralCode}
          emptyHint="Pick an offer below to start earning: its referral link shows here."
        />
      </Section>
      <Section title="Offers to promote">
        <OffersToPromote
          affiliateId={affiliate.id}
          disabled={disabled}
          offers={affiliate.seller.offers}
          promotedOfferIds={new Set(affiliate.offers.map((promotion) => promotion.offer.id))}
        />
      </Section>
      <Section title="Commissions">
        <CommissionsList affiliateId={affiliate.id} />
      </Section>
      <MyWithdrawalDrawer withdrawalId={reading} onClose={() => setReading(null)} />
    </Stack>
  );
}
