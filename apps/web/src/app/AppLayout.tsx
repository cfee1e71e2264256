import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, type ReactNode } from "react";
import { Link, useLocation, useNavigation } from "react-router";
import type { ViewerQuery as ViewerQueryResult } from "../gql/graphql";
import { SignOutButton } from "./SignOutButton";

type Viewer = NonNullable<ViewerQueryResult["me"]>;

/** Header, a navigation listing every workspace the user has (seller and programs), and the page. */
export function AppLayout({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  useEffect(close, [pathname, close]);
  // Payouts and My Affiliates open once their data is in: until then the screen being left says so.
  const navigation = useNavigation();
  const opening = navigation.location !== undefined && navigation.location.pathname !== pathname;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? "Close navigation" : "Open navigation"}
            />
            <UnstyledButton component={Link} to="/" aria-label="AllyHut home">
              <Text fw={800} size="lg" c="indigo.8">
                AllyHut
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" truncate maw={200}>
              {viewer.name}
            </Text>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea type="auto">
          <WorkspaceLinks viewer={viewer} pathname={pathname} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} aria-busy={opening}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

function WorkspaceLinks({ viewer, pathname }: { viewer: Viewer; pathname: string }) {
  const link = (to: string, label: string) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      active={pathname === to || pathname.startsWith(`${to}/`)}
      // Filled: white on indigo keeps AA contrast when the active link is hovered, too.
      variant="filled"
      aria-current={pathname === to ? "page" : undefined}
    />
  );
  return (
    <>
      {viewer.seller && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">
            {viewer.seller.name}
          </Text>
          {link("/seller/affiliates", "My Affiliates")}
          {link("/seller/payouts", "Payouts")}
          {link("/seller/payout-batches", "Payout batches")}
          {link("/seller/offers", "Offers")}
          {link("/seller/sales", "Sales")}
          {link("/seller/api", "API")}
          {link("/seller/settings", "Settings")}
        </>
      )}
      {viewer.affiliateAccounts.length > 0 && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">
          Affiliate programs
        </Text>
      )}
      {viewer.affiliateAccounts.map((account) =>
        link(
          `/affiliate/${account.id}`,
          account.status === "DISABLED" ? `${account.seller.name} (disabled)` : account.seller.name,
        ),
      )}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">
        More
      </Text>
      {link("/welcome", viewer.seller ? "Join a program" : "Start selling or join")}
      <NavLink component="a" href="/playground" label="API playground" />
    </>
  );
}
