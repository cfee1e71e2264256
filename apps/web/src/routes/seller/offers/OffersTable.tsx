import { Anchor, Button, Modal, Table, Text } from "@mantine/core";
import { useState } from "react";
import { commissionLabel } from "../../../components/commission";
import { ScrollTable } from "../../../components/ScrollTable";
import { OfferActiveBadge } from "../../../components/StatusBadge";
import type { FragmentType } from "../../../gql";
import { formatMoneyValue } from "../../../lib/money";
import { EditOfferForm, type EditOfferForm_offer } from "./EditOfferForm";

interface OfferRow {
  id: string;
  name: string;
  active: boolean;
  commissionType: string;
  commissionValue: string;
  url?: string | null;
  price: { amount: string; currencyCode: string };
}

/** The seller's offers with their sales page, and an Edit button per offer opening its form. */
export function OffersTable({
  offers,
}: {
  offers: (OfferRow & FragmentType<typeof EditOfferForm_offer>)[];
}) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = offers.find((offer) => offer.id === editingId);
  return (
    <>
      <ScrollTable label="Offers" minWidth={640}>
        <Table striped verticalSpacing="sm" aria-label="Offers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th ta="right">Price</Table.Th>
              <Table.Th ta="right">Commission</Table.Th>
              <Table.Th>Sales page</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offers.map((offer) => (
              <Table.Tr key={offer.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {offer.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatMoneyValue(offer.price)}</Table.Td>
                <Table.Td ta="right">{commissionLabel(offer)}</Table.Td>
                <Table.Td maw={220}>
                  {offer.url ? (
                    <Anchor href={offer.url} target="_blank" rel="noreferrer" size="sm" truncate>
                      {offer.url.replace(/^https:\/\//, "")}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not set
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <OfferActiveBadge active={offer.active} />
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditingId(offer.id)}
                    aria-label={`Edit ${offer.name}`}
                  >
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditingId(null)}
        title={editing ? `Edit “${editing.name}”` : "Edit offer"}
        closeButtonProps={{ "aria-label": "Close" }}
      >
        {editing && <EditOfferForm offer={editing} onDone={() => setEditingId(null)} />}
      </Modal>
    </>
  );
}
