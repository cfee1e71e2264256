import { useMutation } from "@apollo/client/react";
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { ErrorCode, PASSWORD_MIN_CODE_POINTS } from "@allyhut/schema";
import { homePathFor, useViewer } from "../../app/viewer";
import { LoadingState } from "../../components/QueryState";
import { graphql } from "../../gql";
import { apiErrorCode, describeApiError, fieldErrors } from "../../lib/errors";
import { NoSuchAffiliateCenter } from "../onboarding/NoSuchAffiliateCenter";
import { AuthLayout } from "./AuthLayout";
import { invitationLead, useJoinInvitation } from "./join-invitation";
import { signUpInput, signUpValidators, type SignUpValues } from "./sign-up-rules";
import { safeNextPath } from "./next-path";
import { useSignedIn } from "./useSignedIn";

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
    }
  }
`);

export function SignUpPage() {
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
          back={{ to: "/signup", label: "Create an account without joining" }}
        />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Create your account"
      lead={invitationLead(invitation, "Create an account (or sign in)")}
    >
      <SignUpForm />
      <Text size="sm" ta="center" mt="md">
        Already have an account?{" "}
        <Anchor component={Link} to={`/login${search.size ? `?${search}` : ""}`}>
          Sign in
        </Anchor>
      </Text>
    </AuthLayout>
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
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) form.setErrors(byField);
      else setFormError(describeApiError(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create your account">
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
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
