import { useMutation } from "@apollo/client/react";
import { Alert, Button, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { todayUtc } from "@allyhut/schema";
import { graphql } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { fieldErrors } from "../../../lib/errors";
import { AffiliatePicker, type PickedAffiliate } from "./AffiliatePicker";
import { recordSaleInput, recordSaleValidators, type RecordSaleValues } from "./sale-rules";
import { recordedSentence, refusalSentence } from "./record-sale-words";

const RecordSaleMutation = graphql(`
  mutation RecordSale($input: RecordSaleInput!) {
    recordSale(input: $input) {
      id
      orderId
      reversed
      offer {
        id
        name
      }
      saleAmount {
        amount
        currencyCode
      }
      amount {
        amount
        currencyCode
      }
    }
  }
`);

export interface SaleOffer {
  id: string;
  name: string;
  price: { amount: string; currencyCode: string };
}

interface RecordSaleFormProps {
  /** The seller's active offers. */
  offers: SaleOffer[];
  currencyCode: string;
  /** Today's UTC date, for tests; the real one otherwise. */
  today?: string;
}

/** Records one referred sale by hand (recordSale), for sales the checkout did not report. */
export function RecordSaleForm({ offers, currencyCode, today = todayUtc() }: RecordSaleFormProps) {
  const [affiliate, setAffiliate] = useState<PickedAffiliate | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [recordSale] = useMutation(RecordSaleMutation, {
    refetchQueries: "active",
    update: (cache) => evictMoneyViews(cache, affiliate?.id),
  });
  const form = useForm<RecordSaleValues>({
    initialValues: {
      offerId: null,
      referralCode: null,
      orderId: "",
      saleAmount: "",
      occurredOn: today,
    },
    validate: recordSaleValidators(today),
  });
  const offer = offers.find((candidate) => candidate.id === form.values.offerId);
  const notPromoting =
    affiliate && offer && !affiliate.offers.some((promotion) => promotion.offer.id === offer.id);

  const pickOffer = (offerId: string | null) => {
    form.setFieldValue("offerId", offerId);
    // The amount starts as the offer's price; the seller changes it for a discount.
    const picked = offers.find((candidate) => candidate.id === offerId);
    if (picked) form.setFieldValue("saleAmount", picked.price.amount);
  };
  const pickAffiliate = (picked: PickedAffiliate | null) => {
    setAffiliate(picked);
    form.setFieldValue("referralCode", picked?.referralCode ?? null);
  };

  const submit = form.onSubmit(async (values) => {
    setOutcome(null);
    try {
      const { data } = await recordSale({ variables: { input: recordSaleInput(values, today) } });
      if (data) setOutcome({ ok: true, text: recordedSentence(data.recordSale, affiliate) });
      form.setFieldValue("orderId", "");
    } catch (error) {
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) form.setErrors(byField);
      else
        setOutcome({ ok: false, text: refusalSentence(error, values.orderId.trim(), affiliate) });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Record a sale">
      <Stack>
        {outcome && (
          <Alert
            color={outcome.ok ? "green" : "red"}
            role={outcome.ok ? "status" : "alert"}
            title={outcome.ok ? "Sale recorded" : "Not recorded"}
          >
            {outcome.text}
          </Alert>
        )}
        <Select
          label="Offer"
          placeholder="Pick the offer sold"
          required
          data={offers.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          nothingFoundMessage="No active offer"
          {...form.getInputProps("offerId")}
          onChange={pickOffer}
        />
        <AffiliatePicker
          value={affiliate}
          onChange={pickAffiliate}
          error={form.errors.referralCode}
        />
        {notPromoting && (
          <Alert color="yellow" title="Not promoted by this affiliate">
            {affiliate.name} does not promote {offer.name}: a sale is credited only for an offer the
            affiliate promotes. They can start promoting it from their affiliate center.
          </Alert>
        )}
        <TextInput
          label="Order id"
          description="Your checkout's order number; each sale has its own"
          required
          {...form.getInputProps("orderId")}
        />
        <TextInput
          label={`Sale amount (${currencyCode})`}
          description="What the buyer paid: the offer's price unless they had a discount"
          inputMode="decimal"
          required
          {...form.getInputProps("saleAmount")}
        />
        <TextInput
          type="date"
          label="Sale date"
          description="Today, or the day the buyer paid (UTC)"
          max={today}
          required
          {...form.getInputProps("occurredOn")}
        />
        <Button type="submit" loading={form.submitting}>
          Record sale
        </Button>
      </Stack>
    </form>
  );
}
