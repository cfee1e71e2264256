import { useMutation } from "@apollo/client/react";
import { Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { graphql } from "../../gql";
import { apiErrorCode, describeApiError } from "../../lib/errors";
import { AuthPage } from "./AuthPage";
import { useSignedIn } from "./useSignedIn";
import { FormError } from "../../components/FormError";

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`);

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export function SignInPage() {
  return (
    <AuthPage
      title="Sign in"
      action="Sign in (or create an account)"
      withoutJoining={{ to: "/login", label: "Sign in without joining" }}
      other={{ question: "New to AllyHut?", path: "/signup", label: "Create an account" }}
    >
      <SignInForm />
    </AuthPage>
  );
}

export function SignInForm() {
  const [login] = useMutation(SignInMutation);
  const signedIn = useSignedIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (value) => (EMAIL_PATTERN.test(value.trim()) ? null : "Enter your email address"),
      password: (value) => (value ? null : "Enter your password"),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await login({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      await signedIn();
    } catch (error) {
      const code = apiErrorCode(error);
      setFormError(
        code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT"
          ? "That email and password do not match an account."
          : describeApiError(error),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack>
        <FormError message={formError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
          // Mantine's PasswordInput links its error but does not mark the input invalid itself.
          aria-invalid={Boolean(form.errors.password)}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Sign in
        </Button>
        <Text size="xs" c="dimmed" ta="center">
          Demo: coach@allyhut.test or clark@allyhut.test, password allyhut-demo
        </Text>
      </Stack>
    </form>
  );
}
