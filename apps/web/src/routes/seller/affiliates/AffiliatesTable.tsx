import { Anchor, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { formatMoneyValue } from "../../../lib/money";
import { BreakableAddress } from "../../../components/BreakableAddress";
import { AffiliateStatusSwitch } from "./AffiliateStatusSwitch";
import { RecordCard, RecordList, useIsPhone } from "../../../components/RecordList";
import { ScrollTable } from "../../../components/ScrollTable";

export const AffiliatesTable_affiliate = graphql(`
  fragment AffiliatesTable_affiliate on Affiliate {
    id
    name
    email
    status
    salesCount
    commissionTotal {
      amount
      currencyCode
    }
    pendingWithdrawalCount
    balance {
      pending {
        amount
        currencyCode
      }
    }
    offers {
      offer {
        id
      }
    }
  }
`);

interface AffiliatesTableProps {
  affiliates: FragmentType<typeof AffiliatesTable_affiliate>[];
  sort: { field: string; direction: string };
}

type AriaSort = "ascending" | "descending" | undefined;

/** The seller's affiliates: the name opens the overview, the Status switch is the row's action. */
export function AffiliatesTable({ affiliates, sort }: AffiliatesTableProps) {
  const rows = getFragmentData(AffiliatesTable_affiliate, affiliates);
  const phone = useIsPhone();
  const pendingText = (affiliate: (typeof rows)[number]) =>
    `${formatMoneyValue(affiliate.balance.pending)} (${
      affiliate.pendingWithdrawalCount === 1
        ? "1 request"
        : `${affiliate.pendingWithdrawalCount} requests`
    })`;
  if (phone) {
    return (
      <RecordList label="Affiliates">
        {rows.map((affiliate) => (
          <RecordCard
            key={affiliate.id}
            title={
              <>
                <Anchor component={Link} to={`/seller/affiliates/${affiliate.id}`}>
                  {affiliate.name}
                </Anchor>
                <Text size="xs" c="dimmed" fw={400}>
                  <BreakableAddress address={affiliate.email} />
                </Text>
              </>
            }
            badge={<AffiliateStatusSwitch affiliate={affiliate} />}
            facts={[
              { label: "Offers promoted", value: affiliate.offers.length },
              { label: "Sales", value: affiliate.salesCount },
              { label: "Commissions", value: formatMoneyValue(affiliate.commissionTotal) },
              { label: "Pending withdrawals", value: pendingText(affiliate) },
            ]}
          />
        ))}
      </RecordList>
    );
  }
  const ariaSort = (field: string): AriaSort =>
    sort.field === field ? (sort.direction === "ASC" ? "ascending" : "descending") : undefined;
  return (
    <ScrollTable label="Affiliates" minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Affiliates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-sort={ariaSort("NAME")}>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Offers promoted</Table.Th>
            <Table.Th ta="right" aria-sort={ariaSort("SALES_COUNT")}>
              Sales
            </Table.Th>
            <Table.Th ta="right" aria-sort={ariaSort("COMMISSION_TOTAL")}>
              Commissions
            </Table.Th>
            <Table.Th ta="right" aria-sort={ariaSort("PENDING_TOTAL")}>
              Pending withdrawals
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((affiliate) => (
            <Table.Tr key={affiliate.id}>
              <Table.Td>
                <Anchor component={Link} to={`/seller/affiliates/${affiliate.id}`} fw={600}>
                  {affiliate.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  <BreakableAddress address={affiliate.email} />
                </Text>
              </Table.Td>
              <Table.Td>
                <AffiliateStatusSwitch affiliate={affiliate} />
              </Table.Td>
              <Table.Td ta="right">{affiliate.offers.length}</Table.Td>
              <Table.Td ta="right">{affiliate.salesCount}</Table.Td>
              <Table.Td ta="right">{formatMoneyValue(affiliate.commissionTotal)}</Table.Td>
              <Table.Td ta="right">
                <Stack gap={0} align="flex-end">
                  <span>{formatMoneyValue(affiliate.balance.pending)}</span>
                  <Text size="xs" c="dimmed">
                    {affiliate.pendingWithdrawalCount === 1
                      ? "1 request"
                      : `${affiliate.pendingWithdrawalCount} requests`}
                  </Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
