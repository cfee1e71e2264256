import { useQuery } from "@apollo/client/react";
import { Anchor, Box, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { graphql } from "../../../gql";
import { ImportSalesCsv } from "./ImportSalesCsv";
import { RecordSaleForm } from "./RecordSaleForm";

const SalesPageQuery = graphql(`
  query SalesPage {
    me {
      id
      seller {
        id
        currencyCode
        offers {
          id
          name
          active
          price {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

/** Sales without a code from the checkout: record one by hand, or import a file of them. */
export function SalesPage() {
  const { data, error, refetch } = useQuery(SalesPageQuery);
  const seller = data?.me?.seller;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!seller) return <LoadingState label="Loading your offers…" />;
  return (
    <Stack>
      <Title order={1}>Sales</Title>
      <Text maw={720}>
        Your checkout can report referred sales itself (see{" "}
        <Anchor component={Link} to="/seller/api">
          API
        </Anchor>
        ). Here you record the ones it did not: one by hand, or many from your course
        platform&apos;s export.
      </Text>
      <Section title="Record a sale">
        <Box maw={560}>
          <RecordSaleForm
            offers={seller.offers.filter((offer) => offer.active)}
            currencyCode={seller.currencyCode}
          />
        </Box>
      </Section>
      <Section title="Import sales from a CSV">
        <ImportSalesCsv />
      </Section>
    </Stack>
  );
}
