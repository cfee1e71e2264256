import { useMutation } from "@apollo/client/react";
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { homePathFor, useViewer } from "../../app/viewer";
import { LoadingState } from "../../components/QueryState";
import { graphql } from "../../gql";
import { apiErrorCode, describeApiError } from "../../lib/errors";
import { NoSuchAffiliateCenter } from "../onboarding/NoSuchAffiliateCenter";
import { AuthLayout } from "./AuthLayout";
import { invitationLead, useJoinInvitation } from "./join-invitation";
import { safeNextPath } from "./next-path";
import { useSignedIn } from "./useSignedIn";

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`);

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export function SignInPage() {
  const { viewer, loading } = useViewer();
  const invitation = useJoinInvitation();
  const [search] = useSearchParams();
  if (loading || invitation.kind === "loading") return <LoadingState />;
  if (viewer) return <Navigate to={safeNextPath(search) ?? homePathFor(viewer)} replace />;
  if (invitation.kind === "missing") {
    return (
      <AuthLayout title="No such affiliate center">
        <NoSuchAffiliateCenter
          slug={invitation.slug}
          back={{ to: "/login", label: "Sign in without joining" }}
        />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Sign in" lead={invitationLead(invitation, "Sign in (or create an account)")}>
      <SignInForm />
      <Text size="sm" ta="center" mt="md">
        New to AllyHut?{" "}
        <Anchor component={Link} to={`/signup${search.size ? `?${search}` : ""}`}>
          Create an account
        </Anchor>
      </Text>
    </AuthLayout>
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
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
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
