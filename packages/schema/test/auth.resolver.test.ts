import { errorsOf, run } from "./support/execute";
import { affiliateViewer } from "./support/fake-services";

describe("sign-in and access guards", () => {
  it("signs in on signUp and login, and out on logout", async () => {
    const signUp = await run(
      null,
      `mutation { signUp(input: { name: "Lois", email: "lois@allyhut.test", password: "correct horse" }) { id email } }`,
    );
    expect(signUp.data?.signUp).toEqual({ id: "u9", email: "lois@allyhut.test" });
    expect(signUp.recorder.signedIn).toEqual(["u9"]);
    const login = await run(
      null,
      `mutation { login(input: { email: "clark@allyhut.test", password: "x" }) { id } }`,
    );
    expect(login.recorder.signedIn).toEqual(["u2"]);
    const logout = await run(null, "mutation { logout }");
    expect(logout.data).toEqual({ logout: true });
    expect(logout.recorder.signedOut).toBe(1);
  });

  it("guards seller-only and signed-in-only operations", async () => {
    const sellerOnly = "{ payoutSummary { pendingCount } }";
    expect(errorsOf(await run(null, sellerOnly))).toEqual([{ code: "UNAUTHENTICATED" }]);
    const forbidden = await run(affiliateViewer, sellerOnly);
    expect(errorsOf(forbidden)).toEqual([{ code: "FORBIDDEN" }]);
    expect(forbidden.errors?.[0]?.message).toBe("Create a seller first.");
    expect(errorsOf(await run(null, `{ withdrawal(id: "w1") { id } }`))).toEqual([
      { code: "UNAUTHENTICATED" },
    ]);
    expect((await run(affiliateViewer, `{ withdrawal(id: "w1") { id } }`)).data).toEqual({
      withdrawal: { id: "w1" },
    });
  });
});
