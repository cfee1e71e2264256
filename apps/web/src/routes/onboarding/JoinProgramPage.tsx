import { useQuery } from "@apollo/client/react";
import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useViewer } from "../../app/viewer";
import { ErrorState, LoadingState } from "../../components/QueryState";
import { graphql } from "../../gql";
import { apiDecimalToCents, formatMoneyValue } from "../../lib/money";
import { JoinProgramForm } from "./JoinProgramForm";
import { NoSuchAffiliateCenter } from "./NoSuchAffiliateCenter";

const JoinPageSellerQuery = graphql(`
  query JoinPageSeller($slug: String!) {
    sellerBySlug(slug: $slug) {
      name
      slug
      minimumPayout {
        amount
        currencyCode
      }
    }
  }
`);

/** /join/:sellerSlug — a signed-in user joins a seller's affiliate program. */
export function JoinProgramPage() {
  const { sellerSlug = "" } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(JoinPageSellerQuery, {
    variables: { slug: sellerSlug },
  });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const seller = data?.sellerBySlug;
  if (!seller) {
    return (
      <Stack maw={560}>
        <Title order={1}>No such affiliate center</Title>
        <NoSuchAffiliateCenter
          slug={sellerSlug}
          back={{ to: "/", label: "Go to your home page" }}
        />
      </Stack>
    );
  }

  const existing = viewer?.affiliateAccounts.find((account) => account.seller.slug === seller.slug);
  const ownProgram = viewer?.seller?.slug === seller.slug;
  return (
    <Stack maw={560}>
      <Title order={1}>Join the {seller.name} affiliate program</Title>
      {ownProgram ? (
        <Text>
          This is your own affiliate center: share this page&apos;s address with the people you want
          as affiliates. A seller cannot be their own affiliate.{" "}
          <Anchor component={Link} to="/seller/affiliates">
            Go to My Affiliates
          </Anchor>
        </Text>
      ) : existing ? (
        <Text>
          You are already in this program.{" "}
          <Anchor component={Link} to={`/affiliate/${existing.id}`}>
            Open your affiliate center
          </Anchor>
        </Text>
      ) : (
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" mb="md">
            Tell {seller.name} how to pay you. You can change this later.
            {apiDecimalToCents(seller.minimumPayout.amount) > 0 &&
              ` Withdrawals start at ${formatMoneyValue(seller.minimumPayout)} (the minimum payout).`}
          </Text>
          <JoinProgramForm sellerSlug={seller.slug} />
        </Card>
      )}
    </Stack>
  );
}
