import { joinSlugOf, safeNextPath } from "./next-path";

const search = (next: string) => new URLSearchParams({ next });

describe("next paths", () => {
  it("keeps only paths on this site", () => {
    expect(safeNextPath(search("/join/demo-coaching"))).toBe("/join/demo-coaching");
    expect(safeNextPath(search("//evil.test/join/x"))).toBeNull();
    expect(safeNextPath(search("https://evil.test"))).toBeNull();
  });

  it("finds the affiliate center of a join link, and only of one", () => {
    expect(joinSlugOf(search("/join/demo-coaching"))).toBe("demo-coaching");
    expect(joinSlugOf(search("/join/demo-coaching/"))).toBe("demo-coaching");
    expect(joinSlugOf(search("/join/caf%C3%A9"))).toBe("café");
    expect(joinSlugOf(search("/seller/payouts"))).toBeNull();
    expect(joinSlugOf(search("/join/a/b"))).toBeNull();
    expect(joinSlugOf(new URLSearchParams())).toBeNull();
  });
});
