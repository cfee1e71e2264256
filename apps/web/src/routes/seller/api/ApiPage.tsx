import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Code, List, Stack, Text, Title } from "@mantine/core";
import { useViewer } from "../../../app/viewer";
import { ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { GRAPHQL_URL } from "../../../config";
import { graphql } from "../../../gql";
import { CopyableCode } from "./CopyableCode";
import {
  RECORD_SALE_DOCUMENT,
  recordSaleCurl,
  recordSaleVariables,
  type RecordSaleExample,
} from "./record-sale-example";

const ApiPageQuery = graphql(`
  query ApiPage {
    me {
      id
      seller {
        id
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
    affiliates(first: 1, status: ACTIVE) {
      nodes {
        id
        name
        referralCode
      }
    }
  }
`);

/** How the seller's checkout records referred sales: recordSale with their own ids, ready to copy. */
export function ApiPage() {
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(ApiPageQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading your offers and affiliates…" />;
  const offer = data.me?.seller?.offers.find((candidate) => candidate.active);
  const affiliate = data.affiliates.nodes[0];
  const example: RecordSaleExample = {
    offerId: offer?.id ?? "YOUR_OFFER_ID",
    referralCode: affiliate?.referralCode ?? "REFERRAL_CODE",
    saleAmount: offer?.price.amount ?? "49.00",
  };
  const endpoint = `${window.location.origin}${GRAPHQL_URL}`;

  return (
    <Stack maw={900}>
      <Title order={1}>API</Title>
      <Text>
        When a buyer pays, your checkout calls <Code>recordSale</Code> with the order id, the
        referral code the buyer came with (the <Code>ref</Code> parameter of the affiliate&apos;s
        link) and the offer: the affiliate&apos;s commission is recorded at once. Sending the same
        order again is safe: it answers the same commission and counts once.
      </Text>
      {(!offer || !affiliate) && (
        <Alert color="yellow" title="Placeholders in the example">
          {!offer && "Create an active offer to see its id here. "}
          {!affiliate && "Once an affiliate joins, their referral code shows here."}
        </Alert>
      )}
      <Section title="The call">
        <Stack>
          <Text size="sm">
            Below:{" "}
            {offer ? (
              <>
                your offer “{offer.name}” (id {offer.id})
              </>
            ) : (
              "an offer"
            )}
            {affiliate ? (
              <>
                , sold through {affiliate.name}&apos;s code {affiliate.referralCode}
              </>
            ) : (
              ""
            )}
            , at its price. Send <Code>occurredAt</Code> too for a sale made earlier.
          </Text>
          <CopyableCode
            title="GraphQL document"
            code={RECORD_SALE_DOCUMENT}
            what="GraphQL document"
          />
          <CopyableCode
            title="Variables"
            code={JSON.stringify(recordSaleVariables(example), null, 2)}
            what="variables"
          />
        </Stack>
      </Section>
      <Section title="From your server, with curl">
        <Stack>
          <Text size="sm">The API needs a signed-in seller session:</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              sign in with the <Code>login</Code> mutation as yourself; it answers with the{" "}
              <Code>allyhut_session</Code> cookie (curl <Code>-c</Code> saves it to a file);
            </List.Item>
            <List.Item>
              send that cookie with every call (curl <Code>-b</Code>) and the header{" "}
              <Code>content-type: application/json</Code>;
            </List.Item>
            <List.Item>
              keep the cookie file secret, as a password: it acts as you until you sign out.
            </List.Item>
          </List>
          <CopyableCode
            title="curl command"
            code={recordSaleCurl(endpoint, viewer?.email ?? "you@example.com", example)}
            what="curl command"
          />
        </Stack>
      </Section>
      <Text>
        Try it first in the <Anchor href="/playground">API playground</Anchor>: it runs as you,
        signed in, and documents every field.
      </Text>
    </Stack>
  );
}
