import { useMutation } from "@apollo/client/react";
import { Alert, Button, Input, SegmentedControl, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { CommissionType } from "@allyhut/schema";
import { showToast } from "../../../app/toasts";
import { graphql } from "../../../gql";
import { describeApiError, fieldErrors } from "../../../lib/errors";
import { offerInput, offerValidators, type OfferValues } from "./offer-rules";

const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      name
      active
      commissionType
      commissionValue
      price {
        amount
        currencyCode
      }
    }
  }
`);

const INITIAL_VALUES: OfferValues = {
  name: "",
  price: "",
  commissionType: CommissionType.PERCENTAGE,
  commissionValue: "",
};

/** A new offer: name, price and commission, all amounts typed as decimal strings. */
export function CreateOfferForm({ currencyCode }: { currencyCode: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [createOffer] = useMutation(CreateOfferMutation, {
    refetchQueries: ["SellerOffers"],
    awaitRefetchQueries: true,
  });
  const form = useForm<OfferValues>({ initialValues: INITIAL_VALUES, validate: offerValidators });
  const percentage = form.values.commissionType === CommissionType.PERCENTAGE;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await createOffer({ variables: { input: offerInput(values) } });
      showToast({ color: "green", message: `Offer “${data?.createOffer.name}” created.` });
      form.reset();
    } catch (error) {
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) form.setErrors(byField);
      else setFormError(describeApiError(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create an offer">
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Name" required {...form.getInputProps("name")} />
        <TextInput
          label={`Price (${currencyCode})`}
          inputMode="decimal"
          placeholder="99.00"
          required
          {...form.getInputProps("price")}
        />
        <Input.Wrapper label="Commission type" id="commission-type-label">
          <SegmentedControl
            fullWidth
            aria-labelledby="commission-type-label"
            data={[
              { value: CommissionType.PERCENTAGE, label: "Percentage" },
              { value: CommissionType.FLAT, label: "Flat amount" },
            ]}
            {...form.getInputProps("commissionType")}
          />
        </Input.Wrapper>
        <TextInput
          label={percentage ? "Commission (%)" : `Commission (${currencyCode})`}
          description={percentage ? "Of each sale, 0–100" : "Per sale"}
          inputMode="decimal"
          placeholder={percentage ? "10" : "5.00"}
          required
          {...form.getInputProps("commissionValue")}
        />
        <Button type="submit" loading={form.submitting}>
          Create offer
        </Button>
      </Stack>
    </form>
  );
}
