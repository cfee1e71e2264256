import { Anchor, Button, Modal, Table, Text } from "@mantine/core";
import { useState } from "react";
import { commissionLabel } from "../../../components/commission";
import { RecordCard, RecordList, useIsPhone } from "../../../components/RecordList";
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

/**
 * The seller's offers with their sales page, and an Edit button per offer opening its form: a
 * table, or cards on a phone (so Edit is never scrolled out of sight).
 */
export function OffersTable({
  offers,
}: {
  offers: (OfferRow & FragmentType<typeof EditOfferForm_offer>)[];
}) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = offers.find((offer) => offer.id === editingId);
  const phone = useIsPhone();
  const editButton = (offer: OfferRow) => (
    <Button
      size="xs"
      variant="light"
      onClick={() => setEditingId(offer.id)}
      aria-label={`Edit ${offer.name}`}
    >
      Edit
    </Button>
  );
  return (
    <>
      {phone ? (
        <RecordList label="Offers">
          {offers.map((offer) => (
            <RecordCard
              key={offer.id}
              title={offer.name}
              badge={<OfferActiveBadge active={offer.active} />}
              facts={[
                { label: "Price", value: formatMoneyValue(offer.price) },
                { label: "Commission", value: commissionLabel(offer) },
                { label: "Sales page", value: <SalesPageLink url={offer.url} /> },
              ]}
              actions={editButton(offer)}
            />
          ))}
        </RecordList>
      ) : (
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
                    <SalesPageLink url={offer.url} />
                  </Table.Td>
                  <Table.Td>
                    <OfferActiveBadge active={offer.active} />
                  </Table.Td>
                  <Table.Td ta="right">{editButton(offer)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
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

/** The sales page as a link without its https://, or "Not set". */
function SalesPageLink({ url }: { url?: string | null }) {
  if (!url) {
    return (
      <Text size="sm" c="dimmed" component="span">
        Not set
      </Text>
    );
  }
  return (
    <Anchor href={url} target="_blank" rel="noreferrer" size="sm" truncate>
      {url.replace(/^https:\/\//, "")}
    </Anchor>
  );
}
