import { Button, Card, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "react-router";
import { SELLER_SLUG_PATTERN } from "@allyhut/schema";
import { useViewer } from "../../app/viewer";
import { CreateSellerForm } from "./CreateSellerForm";

/** Onboarding: start selling (create a seller) or join someone's affiliate program. */
export function WelcomePage() {
  const { viewer } = useViewer();
  return (
    <Stack maw={960}>
      <Title order={1}>Welcome{viewer ? `, ${viewer.name}` : ""}</Title>
      <Text c="dimmed">
        Run your own affiliate program as a seller, or join a seller&apos;s program to earn
        commissions.
      </Text>
      <SimpleGrid cols={{ base: 1, md: viewer?.seller ? 1 : 2 }}>
        {!viewer?.seller && (
          <Card withBorder padding="lg" component="section" aria-labelledby="start-selling">
            <Title order={2} size="h3" id="start-selling" mb="xs">
              Start selling
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              Create your seller account: affiliates will join your program at its address.
            </Text>
            <CreateSellerForm />
          </Card>
        )}
        <Card withBorder padding="lg" component="section" aria-labelledby="join-program">
          <Title order={2} size="h3" id="join-program" mb="xs">
            Join a program
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Sellers share a link like /join/demo-coaching. Enter the last part here.
          </Text>
          <JoinBySlugForm />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function JoinBySlugForm() {
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { slug: "" },
    validate: {
      slug: (value) =>
        SELLER_SLUG_PATTERN.test(value.trim())
          ? null
          : "Enter the program's address, like demo-coaching",
    },
  });
  return (
    <form
      noValidate
      aria-label="Join a program"
      onSubmit={form.onSubmit((values) => void navigate(`/join/${values.slug.trim()}`))}
    >
      <Stack>
        <TextInput
          label="Program address"
          placeholder="demo-coaching"
          {...form.getInputProps("slug")}
        />
        <Button type="submit" variant="light">
          Continue
        </Button>
      </Stack>
    </form>
  );
}
