import { emailProblem, newPasswordProblem, userNameProblem } from "@allyhut/schema";

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
}

/** The Create account form judges as the API does (@allyhut/schema's account rules). */
export const signUpValidators = {
  name: userNameProblem,
  email: emailProblem,
  password: newPasswordProblem,
};

/** The signUp input the form sends: the password exactly as typed. */
export const signUpInput = (values: SignUpValues) => ({
  name: values.name.trim(),
  email: values.email.trim(),
  password: values.password,
});
