// Bad text, enums and shapes in the sign-up, seller, membership and login inputs.
import { ErrorCode } from "@allyhut/schema";
import { NASTY_STRINGS, all, answered, invalid, type CorpusGroup } from "./corpus-cases";
import { JOIN, PAYOUT, REQUEST, SELLER, SIGN_UP, field, join, signUp } from "./corpus-slots";

export const FIELD_GROUPS: CorpusGroup[] = [
  field(
    {
      name: "signUp.email",
      as: "anonymous",
      query: SIGN_UP,
      field: "email",
      variables: (_, email) => ({ input: { ...signUp, email } }),
    },
    [
      ...all("rule", [
        "not-an-email",
        "",
        "a@",
        "@b.test",
        "a b@c.test",
        `${"x".repeat(300)}@corpus.test`,
        "x@y",
      ]),
      ...all("type", [42]),
    ],
  ),
  field(
    {
      name: "signUp.password",
      as: "anonymous",
      query: SIGN_UP,
      field: "password",
      variables: (_, password) => ({ input: { ...signUp, password } }),
    },
    [...all("rule", ["short", "", "p".repeat(129)]), ...all("type", [12345678, null])],
  ),
  field(
    {
      name: "signUp.name",
      as: "anonymous",
      query: SIGN_UP,
      field: "name",
      variables: (_, name) => ({ input: { ...signUp, name } }),
    },
    [...all("rule", ["", "   ", "n".repeat(101)]), ...all("type", [["a"]])],
  ),
  field(
    {
      name: "createSeller.slug",
      as: "member",
      query: SELLER,
      field: "slug",
      variables: (_, slug) => ({ input: { name: "Corpus Coaching", slug } }),
    },
    all("rule", [
      "",
      "ab",
      "UPPER",
      "has space",
      "../etc",
      "<script>",
      "' OR '1'='1",
      "a".repeat(61),
      "café-crème",
      "a_b",
      "-abc",
      "abc-",
    ]),
  ),
  field(
    {
      name: "createSeller.currencyCode",
      as: "member",
      query: SELLER,
      field: "currencyCode",
      variables: (_, currencyCode) => ({
        input: { name: "Corpus Coaching", slug: "corpus-coaching", currencyCode },
      }),
    },
    [...all("rule", ["JPY", "US", "USDD", "XXX", "<x>", ""]), ...all("type", [840])],
  ),
  field(
    {
      name: "joinAffiliateProgram.payoutAccount",
      as: "member",
      query: JOIN,
      field: "payoutAccount",
      variables: (t, payoutAccount) => ({ input: { ...join(t), payoutAccount } }),
    },
    all("rule", [
      "not-an-email",
      "",
      "   ",
      `${"x".repeat(250)}@corpus.test`,
      "ctl\u0007@corpus.test",
    ]),
  ),
  field(
    {
      name: "joinAffiliateProgram.paymentMethod",
      as: "member",
      query: JOIN,
      field: "paymentMethod",
      variables: (t, paymentMethod) => ({ input: { ...join(t), paymentMethod } }),
    },
    all("type", ["BITCOIN", "paypal", "", null]),
  ),
  field(
    {
      name: "updatePayoutDetails.payoutAccount",
      as: "affiliate",
      query: PAYOUT,
      field: "payoutAccount",
      variables: (t, payoutAccount) => ({
        input: { affiliateId: t.affiliateId, paymentMethod: "PAYPAL", payoutAccount },
      }),
    },
    all("rule", ["not-an-email", "", "b".repeat(255), "<script>alert(1)</script>"]),
  ),
  field(
    {
      name: "whole input of requestWithdrawal",
      as: "affiliate",
      query: REQUEST,
      field: "input",
      variables: (_, input) => ({ input }),
    },
    [
      ...all("type", ["a string", [], 42, null]),
      // An object without the required affiliateId: the missing field is named.
      [{ amount: "1.00" }, invalid("affiliateId")],
    ],
  ),
  field(
    {
      name: "requestWithdrawal with an unknown field",
      as: "affiliate",
      query: REQUEST,
      field: "input",
      variables: (t, extra) => ({
        input: { affiliateId: t.affiliateId, amount: "1.00", ...(extra as object) },
      }),
    },
    // The unknown field is the one named.
    [
      [{ admin: true }, invalid("admin")],
      [{ availableCents: 999999 }, invalid("availableCents")],
      [{ status: "APPROVED" }, invalid("status")],
    ],
  ),
  field(
    {
      name: "login with values of the wrong type",
      as: "anonymous",
      query: "mutation L($input: LoginInput!) { login(input: $input) { id } }",
      field: "email",
      variables: (_, email) => ({ input: { email, password: "whatever-password" } }),
    },
    [
      ...all("type", [{ $ne: null }, ["a@b.test"], 1, null]),
      // Strings are emails no account has: the login fails like any other (2 of the address's 20).
      ...all(answered(ErrorCode.UNAUTHENTICATED), ["' OR 1=1 --", "admin'--"]),
    ],
  ),
  {
    name: "reverseSale of orders the seller never recorded",
    cases: () =>
      [...NASTY_STRINGS, "o".repeat(101)].map((orderId) => ({
        name: `reverseSale(orderId: ${JSON.stringify(orderId).slice(0, 30)})`,
        as: "seller",
        graphql: {
          query: "mutation R($o: String!) { reverseSale(orderId: $o) { id } }",
          variables: { o: orderId },
        },
        expect: answered(ErrorCode.NOT_FOUND),
      })),
  },
];
