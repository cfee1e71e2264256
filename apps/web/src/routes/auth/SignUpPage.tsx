import { useMutation } from "@apollo/client/react";
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { ErrorCode, PASSWORD_MIN_CODE_POINTS } from "@allyhut/schema";
import { graphql } from "../../gql";
import { apiErrorCode, showApiError } from "../../lib/errors";
import { signUpInput, signUpValidators, type SignUpValues } from "./sign-up-rules";
import { AuthPage } from "./AuthPage";
import { useSignedIn } from "./useSignedIn";
import { FormError } from "../../components/FormError";

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
    }
  }
`);

export function SignUpPage() {
  return (
    <AuthPage
      title="Create your account"
      action="Create an account (or sign in)"
      withoutJoining={{ to: "/signup", label: "Create an account without joining" }}
      other={{ question: "Already have an account?", path: "/login", label: "Sign in" }}
    >
      <SignUpForm />
    </AuthPage>
  );
}

export function SignUpForm() {
  const [signUp] = useMutation(SignUpMutation);
  const signedIn = useSignedIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    initialValues: { name: "", email: "", password: "" },
    validate: signUpValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp({ variables: { input: signUpInput(values) } });
      await signedIn();
    } catch (error) {
      if (apiErrorCode(error) === ErrorCode.ALREADY_EXISTS) {
        form.setFieldError("email", "An account with this email already exists. Sign in instead.");
        return;
      }
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create your account">
      <Stack>
        <FormError message={formError} />
        <TextInput label="Name" autoComplete="name" required {...form.getInputProps("name")} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description={`At least ${PASSWORD_MIN_CODE_POINTS} characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
          // Mantine's PasswordInput links its error but does not mark the input invalid itself.
          aria-invalid={Boolean(form.errors.password)}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Create account
        </Button>
      </Stack>
    </form>
  );
}
