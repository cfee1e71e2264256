import { Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { formatDateTime } from "../../../lib/dates";

export const PastImports_import = graphql(`
  fragment PastImports_import on PayoutImport {
    id
    importedAt
    approvedCount
    failedCount
    problemCount
  }
`);

/** The reports imported into a batch, newest first, with what each did. */
export function PastImports(props: { imports: FragmentType<typeof PastImports_import>[] }) {
  const imports = getFragmentData(PastImports_import, props.imports);
  if (imports.length === 0) return <Text c="dimmed">No report imported yet.</Text>;
  return (
    <Table verticalSpacing="xs" aria-label="Imported reports">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Imported</Table.Th>
          <Table.Th ta="right">Approved</Table.Th>
          <Table.Th ta="right">Not paid</Table.Th>
          <Table.Th ta="right">With problems</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {imports.map((past) => (
          <Table.Tr key={past.id}>
            <Table.Td>{formatDateTime(past.importedAt)}</Table.Td>
            <Table.Td ta="right">{past.approvedCount}</Table.Td>
            <Table.Td ta="right">{past.failedCount}</Table.Td>
            <Table.Td ta="right">{past.problemCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
