import { useApolloClient } from "@apollo/client/react";
import { Alert, Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../../../gql";
import type { PaymentMethod, PayoutFileFormat } from "../../../gql/graphql";
import { saveTextFile } from "../../../lib/download";
import { describeApiError } from "../../../lib/errors";

const PayoutBatchFileQuery = graphql(`
  query PayoutBatchFile($id: ID!, $format: PayoutFileFormat!) {
    payoutBatch(id: $id) {
      id
      file(format: $format)
    }
  }
`);

interface Download {
  format: PayoutFileFormat;
  label: string;
  /** The end of the file's name: allyhut-batch-12-paypal.csv. */
  suffix: string;
}

const PROVIDER_FILES: Record<PaymentMethod, Download> = {
  PAYPAL: { format: "PAYPAL_PAYOUTS", label: "Download for PayPal", suffix: "-paypal" },
  BANK_TRANSFER: { format: "WISE_BATCH", label: "Download for Wise", suffix: "-wise" },
};
const GENERIC: Download = { format: "GENERIC_CSV", label: "Download CSV", suffix: "" };

/** The batch's upload file for its provider, and AllyHut's own CSV. */
export function BatchDownloads(props: { batchId: string; paymentMethod: PaymentMethod }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<PayoutFileFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async ({ format, suffix }: Download) => {
    setBusy(format);
    setProblem(null);
    try {
      // Written afresh each time: the batch may have lost a request since.
      const { data } = await client.query({
        query: PayoutBatchFileQuery,
        variables: { id: props.batchId, format },
        fetchPolicy: "network-only",
      });
      const text = data?.payoutBatch?.file;
      if (text === undefined) throw new Error("The server did not answer.");
      saveTextFile(text, `allyhut-batch-${props.batchId}${suffix}.csv`);
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        {[PROVIDER_FILES[props.paymentMethod], GENERIC].map((file, index) => (
          <Button
            key={file.format}
            variant={index === 0 ? "filled" : "default"}
            loading={busy === file.format}
            onClick={() => void download(file)}
          >
            {file.label}
          </Button>
        ))}
      </Group>
      {problem && (
        <Alert color="red" role="alert" title="Not downloaded">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
