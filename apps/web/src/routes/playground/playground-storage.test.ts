import { playgroundStorage } from "./playground-storage";

describe("playgroundStorage", () => {
  beforeEach(() => localStorage.clear());

  it("opens each visit on fresh tabs, and keeps each user's history apart", () => {
    const coachVisit = playgroundStorage("u1");
    coachVisit.setItem("graphiql:tabState", '{"tabs":["mutation SignInAsCoach"]}');
    coachVisit.setItem("graphiql:queries", '[{"query":"query Me"}]');
    expect(coachVisit.getItem("graphiql:tabState")).toContain("SignInAsCoach");

    const coachAgain = playgroundStorage("u1");
    expect(coachAgain.getItem("graphiql:tabState")).toBeNull();
    expect(coachAgain.getItem("graphiql:queries")).toBe('[{"query":"query Me"}]');
    expect(playgroundStorage("u2").getItem("graphiql:queries")).toBeNull();
    expect(playgroundStorage(null).getItem("graphiql:queries")).toBeNull();
  });

  it("clears only its own user's keys", () => {
    localStorage.setItem("allyhut:session-hint", "keep");
    const storage = playgroundStorage("u1");
    storage.setItem("graphiql:theme", "dark");
    playgroundStorage("u2").setItem("graphiql:theme", "light");
    expect(storage.length).toBe(1);
    storage.clear();
    expect(storage.getItem("graphiql:theme")).toBeNull();
    expect(playgroundStorage("u2").getItem("graphiql:theme")).toBe("light");
    expect(localStorage.getItem("allyhut:session-hint")).toBe("keep");
  });
});
