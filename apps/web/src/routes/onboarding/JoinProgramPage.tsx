import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useViewer } from "../../app/viewer";
import { JoinProgramForm } from "./JoinProgramForm";

/** /join/:sellerSlug — a signed-in user joins a seller's affiliate program. */
export function JoinProgramPage() {
  const { sellerSlug = "" } = useParams();
  const { viewer } = useViewer();
  const existing = viewer?.affiliateAccounts.find((account) => account.seller.slug === sellerSlug);
  return (
    <Stack maw={560}>
      <Title order={1}>Join the {existing?.seller.name ?? sellerSlug} affiliate program</Title>
      {existing ? (
        <Text>
          You are already in this program.{" "}
          <Anchor component={Link} to={`/affiliate/${existing.id}`}>
            Open your affiliate center
          </Anchor>
        </Text>
      ) : (
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" mb="md">
            Tell the seller how to pay you. You can change this later.
          </Text>
          <JoinProgramForm sellerSlug={sellerSlug} />
        </Card>
      )}
    </Stack>
  );
}
