import { useQuery } from "@apollo/client/react";
import { Anchor, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { WithdrawalStatus } from "@allyhut/schema";
import { AffiliateWithdrawals } from "../../../components/AffiliateWithdrawals";
import { BalanceCards } from "../../../components/BalanceCards";
import { BreakableAddress } from "../../../components/BreakableAddress";
import { CommissionsList } from "../../../components/CommissionsList";
import { AffiliateMonthlyChart } from "../../../components/charts/AffiliateMonthlyChart";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { PromotedOffers } from "../../../components/PromotedOffers";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { AffiliateStatusBadge, paymentMethodLabel } from "../../../components/StatusBadge";
import { graphql } from "../../../gql";
import { formatDate } from "../../../lib/dates";
import { formatMoneyValue } from "../../../lib/money";
import { WithdrawalDetailsDrawer } from "../payouts/WithdrawalDetailsDrawer";
import { AffiliateStatusSwitch } from "./AffiliateStatusSwitch";

const AffiliateOverviewQuery = graphql(`
  query AffiliateOverview($id: ID!) {
    affiliate(id: $id) {
      id
      name
      email
      status
      joinedAt
      referralCode
      paymentMethod
      payoutAccount
      salesCount
      pendingWithdrawalCount
      commissionTotal {
        amount
        currencyCode
      }
      balance {
        ...BalanceCards_balance
      }
      offers {
        ...PromotedOffers_promotion
      }
    }
  }
`);

/** The Options screen: one affiliate's offers, balance, commissions, withdrawals and status. */
export function AffiliateOverviewPage() {
  const { affiliateId = "" } = useParams();
  const [processing, setProcessing] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(AffiliateOverviewQuery, {
    variables: { id: affiliateId },
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the affiliate…" />;
  const affiliate = data.affiliate;
  if (!affiliate) {
    return (
      <EmptyMessage title="Affiliate not found">
        This affiliate is not in your program.
      </EmptyMessage>
    );
  }

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/seller/affiliates">
          My Affiliates
        </Anchor>
        <Text>{affiliate.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Group gap="sm">
            <Title order={1}>{affiliate.name}</Title>
            <AffiliateStatusBadge status={affiliate.status} />
          </Group>
          <Text c="dimmed" size="sm">
            <BreakableAddress address={affiliate.email} /> · joined {formatDate(affiliate.joinedAt)}{" "}
            · code {affiliate.referralCode}
          </Text>
          <Text c="dimmed" size="sm">
            Pays to {paymentMethodLabel(affiliate.paymentMethod)}:{" "}
            <BreakableAddress address={affiliate.payoutAccount} />
          </Text>
        </div>
        <AffiliateStatusSwitch affiliate={affiliate} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Stat label="Sales" value={String(affiliate.salesCount)} />
        <Stat label="Commissions" value={formatMoneyValue(affiliate.commissionTotal)} />
        <Stat label="Pending withdrawals" value={String(affiliate.pendingWithdrawalCount)} />
      </SimpleGrid>
      <BalanceCards balance={affiliate.balance} />
      <Section title="By month">
        <AffiliateMonthlyChart affiliateId={affiliate.id} />
      </Section>
      <Section title="Offers promoted">
        <PromotedOffers
          promotions={affiliate.offers}
          emptyHint="This affiliate promotes none of your offers."
        />
      </Section>
      <Section
        title="Withdrawals"
        actions={<ExportCsvButton kind="withdrawals" filters={{ affiliateId: affiliate.id }} />}
      >
        <AffiliateWithdrawals
          affiliateId={affiliate.id}
          actionLabel={(status) => (status === WithdrawalStatus.PENDING ? "Process" : "Details")}
          onOpen={setProcessing}
        />
      </Section>
      <Section
        title="Commissions"
        actions={<ExportCsvButton kind="commissions" filters={{ affiliateId: affiliate.id }} />}
      >
        <CommissionsList affiliateId={affiliate.id} refundable />
      </Section>
      <WithdrawalDetailsDrawer withdrawalId={processing} onClose={() => setProcessing(null)} />
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}
