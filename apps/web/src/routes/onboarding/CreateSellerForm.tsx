import { useMutation } from "@apollo/client/react";
import { Button, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorCode, SELLER_CURRENCY_CODES } from "@allyhut/schema";
import { ViewerQuery } from "../../app/viewer";
import { graphql } from "../../gql";
import { apiErrors, describeApiError, fieldErrors } from "../../lib/errors";
import { sellerInput, sellerValidators, type SellerValues } from "./seller-rules";
import { slugFromName } from "./slug";
import { FormError } from "../../components/FormError";

const CreateSellerMutation = graphql(`
  mutation CreateSeller($input: CreateSellerInput!) {
    createSeller(input: $input) {
      id
      name
      slug
      currencyCode
    }
  }
`);

export function CreateSellerForm() {
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [slugEdited, setSlugEdited] = useState(false);
  const [createSeller] = useMutation(CreateSellerMutation, {
    refetchQueries: [{ query: ViewerQuery }],
    awaitRefetchQueries: true,
  });
  const form = useForm<SellerValues>({
    initialValues: { name: "", slug: "", currencyCode: "USD" },
    validate: sellerValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await createSeller({ variables: { input: sellerInput(values) } });
      await navigate("/seller/affiliates");
    } catch (error) {
      const alreadyExists = apiErrors(error).find((e) => e.code === ErrorCode.ALREADY_EXISTS);
      const byField = fieldErrors(error);
      if (alreadyExists) form.setFieldError(alreadyExists.field ?? "slug", alreadyExists.message);
      else if (Object.keys(byField).length > 0) form.setErrors(byField);
      else setFormError(describeApiError(error));
    }
  });

  const nameProps = form.getInputProps("name");
  return (
    <form onSubmit={submit} noValidate aria-label="Create your seller account">
      <Stack>
        <FormError message={formError} />
        <TextInput
          label="Business name"
          required
          {...nameProps}
          onChange={(event) => {
            const name = event.currentTarget.value;
            // Keep suggesting the address until the seller edits it.
            if (!slugEdited) form.setFieldValue("slug", slugFromName(name));
            form.setFieldValue("name", name);
          }}
        />
        <TextInput
          label="Program address"
          description="Affiliates join at /join/your-address"
          required
          {...form.getInputProps("slug")}
          onChange={(event) => {
            form.setFieldValue("slug", event.currentTarget.value);
            setSlugEdited(true);
          }}
        />
        <Select
          label="Currency"
          data={SELLER_CURRENCY_CODES}
          allowDeselect={false}
          searchable
          required
          {...form.getInputProps("currencyCode")}
        />
        <Button type="submit" loading={form.submitting}>
          Create seller account
        </Button>
      </Stack>
    </form>
  );
}
