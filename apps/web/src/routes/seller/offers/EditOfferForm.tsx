import { useMutation } from "@apollo/client/react";
import { Button, Group, Stack, Switch, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId, useState } from "react";
import type { CommissionType } from "@allyhut/schema";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { showApiError } from "../../../lib/errors";
import { OfferFields } from "./OfferFields";
import { offerValidators, updateOfferInput, type EditOfferValues } from "./offer-rules";
import { showToast } from "../../../app/toasts";
import { FormError } from "../../../components/FormError";

export const EditOfferForm_offer = graphql(`
  fragment EditOfferForm_offer on Offer {
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
`);

const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      id
      name
      ...EditOfferForm_offer
    }
  }
`);

interface EditOfferFormProps {
  offer: FragmentType<typeof EditOfferForm_offer>;
  onDone: () => void;
}

/** Changes an offer's name, price, commission, hold period, sales page and whether it is on sale. */
export function EditOfferForm(props: EditOfferFormProps) {
  const offer = getFragmentData(EditOfferForm_offer, props.offer);
  const [formError, setFormError] = useState<string | null>(null);
  const activeHintId = useId();
  // The answer carries the offer's id: Apollo updates the Offers table from it.
  const [updateOffer] = useMutation(UpdateOfferMutation);
  const form = useForm<EditOfferValues>({
    initialValues: {
      name: offer.name,
      price: offer.price.amount,
      commissionType: offer.commissionType as CommissionType,
      commissionValue: offer.commissionValue,
      url: offer.url ?? "",
      holdDays: String(offer.holdDays),
      active: offer.active,
    },
    validate: offerValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await updateOffer({
        variables: { input: updateOfferInput(offer.id, values) },
      });
      showToast({ color: "green", message: `Offer “${data?.updateOffer.name}” saved.` });
      props.onDone();
    } catch (error) {
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Edit offer">
      <Stack>
        <FormError message={formError} title="Not saved" />
        <OfferFields form={form} currencyCode={offer.price.currencyCode} />
        <Text size="sm" c="dimmed">
          A changed commission or hold period applies to sales recorded from now on. Sales already
          recorded keep the commission and the availability date they were recorded with.
        </Text>
        <div>
          <Switch
            label="Active"
            aria-describedby={activeHintId}
            {...form.getInputProps("active", { type: "checkbox" })}
          />
          <Text id={activeHintId} size="xs" c="dimmed" mt={4}>
            Off: affiliates cannot start promoting this offer, and its sales earn no commission.
          </Text>
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
