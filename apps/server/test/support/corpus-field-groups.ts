// Bad text, enums and shapes in the sign-up, seller, membership and login inputs.
import { NASTY_STRINGS, type CorpusGroup } from "./corpus-cases";
import { JOIN, PAYOUT, REQUEST, SELLER, SIGN_UP, field, join, signUp } from "./corpus-slots";

export const FIELD_GROUPS: CorpusGroup[] = [
  field(
    {
      name: "signUp.email",
      as: "anonymous",
      query: SIGN_UP,
      variables: (_, email) => ({ input: { ...signUp, email } }),
    },
    [
      "not-an-email",
      "",
      "a@",
      "@b.test",
      "a b@c.test",
      `${"x".repeat(300)}@corpus.test`,
      "x@y",
      42,
    ],
  ),
  field(
    {
      name: "signUp.password",
      as: "anonymous",
      query: SIGN_UP,
      variables: (_, password) => ({ input: { ...signUp, password } }),
    },
    ["short", "", "p".repeat(129), 12345678, null],
  ),
  field(
    {
      name: "signUp.name",
      as: "anonymous",
      query: SIGN_UP,
      variables: (_, name) => ({ input: { ...signUp, name } }),
    },
    ["", "   ", "n".repeat(101), ["a"]],
  ),
  field(
    {
      name: "createSeller.slug",
      as: "member",
      query: SELLER,
      variables: (_, slug) => ({ input: { name: "Corpus Coaching", slug } }),
    },
    [
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
    ],
  ),
  field(
    {
      name: "createSeller.currencyCode",
      as: "member",
      query: SELLER,
      variables: (_, currencyCode) => ({
        input: { name: "Corpus Coaching", slug: "corpus-coaching", currencyCode },
      }),
    },
    ["JPY", "US", "USDD", "XXX", "<x>", "", 840],
  ),
  field(
    {
      name: "joinAffiliateProgram.payoutAccount",
      as: "member",
      query: JOIN,
      variables: (t, payoutAccount) => ({ input: { ...join(t), payoutAccount } }),
    },
    ["not-an-email", "", "   ", `${"x".repeat(250)}@corpus.test`, "ctl\u0007@corpus.test"],
  ),
  field(
    {
      name: "joinAffiliateProgram.paymentMethod",
      as: "member",
      query: JOIN,
      variables: (t, paymentMethod) => ({ input: { ...join(t), paymentMethod } }),
    },
    ["BITCOIN", "paypal", "", null],
  ),
  field(
    {
      name: "updatePayoutDetails.payoutAccount",
      as: "affiliate",
      query: PAYOUT,
      variables: (t, payoutAccount) => ({
        input: { affiliateId: t.affiliateId, paymentMethod: "PAYPAL", payoutAccount },
      }),
    },
    ["not-an-email", "", "b".repeat(255), "<script>alert(1)</script>"],
  ),
  field(
    {
      name: "whole input of requestWithdrawal",
      as: "affiliate",
      query: REQUEST,
      variables: (_, input) => ({ input }),
    },
    ["a string", [], 42, null, { amount: "1.00" }],
  ),
  field(
    {
      name: "requestWithdrawal with an unknown field",
      as: "affiliate",
      query: REQUEST,
      variables: (t, extra) => ({
        input: { affiliateId: t.affiliateId, amount: "1.00", ...(extra as object) },
      }),
    },
    [{ admin: true }, { availableCents: 999999 }, { status: "APPROVED" }],
  ),
  field(
    {
      name: "login with values of the wrong type",
      as: "anonymous",
      query: "mutation L($input: LoginInput!) { login(input: $input) { id } }",
      variables: (_, email) => ({ input: { email, password: "whatever-password" } }),
      codes: ["BAD_USER_INPUT", "UNAUTHENTICATED", "RATE_LIMITED"],
    },
    [{ $ne: null }, ["a@b.test"], 1, null, "' OR 1=1 --", "admin'--"],
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
        codes: ["NOT_FOUND", "BAD_USER_INPUT"],
      })),
  },
];
