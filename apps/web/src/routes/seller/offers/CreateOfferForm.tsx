import { useMutation } from "@apollo/client/react";
import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { CommissionType } from "@allyhut/schema";
import { showToast } from "../../../app/toasts";
import { graphql } from "../../../gql";
import { showApiError } from "../../../lib/errors";
import { OfferFields } from "./OfferFields";
import { offerInput, offerValidators, type OfferValues } from "./offer-rules";
import { FormError } from "../../../components/FormError";

const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      name
      active
      commissionType
      commissionValue
      url
      holdDays
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
  url: "",
  holdDays: "0",
};

/** A new offer: name, price, commission, hold period and sales page, amounts typed as decimal strings. */
export function CreateOfferForm({ currencyCode }: { currencyCode: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [createOffer] = useMutation(CreateOfferMutation, {
    refetchQueries: ["SellerOffers"],
    awaitRefetchQueries: true,
  });
  const form = useForm<OfferValues>({ initialValues: INITIAL_VALUES, validate: offerValidators });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await createOffer({ variables: { input: offerInput(values) } });
      showToast({ color: "green", message: `Offer “${data?.createOffer.name}” created.` });
      form.reset();
    } catch (error) {
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create an offer">
      <Stack>
        <FormError message={formError} />
        <OfferFields form={form} currencyCode={currencyCode} />
        <Button type="submit" loading={form.submitting}>
          Create offer
        </Button>
      </Stack>
    </form>
  );
}
