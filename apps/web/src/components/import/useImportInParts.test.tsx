import { act, renderHook } from "@testing-library/react";
import { splitIntoParts } from "./import-parts";
import { ImportPartError, useImportInParts } from "./useImportInParts";

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ line: index + 2 }));

describe("splitIntoParts", () => {
  it("cuts rows, in order, into parts of at most maxRows", () => {
    const parts = splitIntoParts(rows(600), { maxRows: 250, maxBytes: 1_000_000 });
    expect(parts.map((part) => part.length)).toEqual([250, 250, 100]);
    expect(parts.flat()).toEqual(rows(600));
  });

  it("also keeps each part within maxBytes of JSON, a lone oversized row alone", () => {
    const small = { text: "y" }; // 13 bytes with its comma
    const big = { text: "x".repeat(60) }; // 72
    const huge = { text: "z".repeat(200) }; // 212
    const parts = splitIntoParts([small, big, big, huge, small], { maxRows: 250, maxBytes: 100 });
    expect(parts).toEqual([[small, big], [big], [huge], [small]]);
  });

  it("sends nothing for no rows", () => {
    expect(splitIntoParts([], { maxRows: 250, maxBytes: 100 })).toEqual([]);
  });
});

describe("useImportInParts", () => {
  it("sends the parts one after another and reports the lines answered so far", async () => {
    // Each call waits until the test answers it, so the progress between parts can be seen.
    const pending: (() => void)[] = [];
    const send = jest.fn(
      (part: { line: number }[], dryRun: boolean) =>
        new Promise<{ lines: number; dryRun: boolean }>((resolve) =>
          pending.push(() => resolve({ lines: part.length, dryRun })),
        ),
    );
    const { result } = renderHook(() =>
      useImportInParts(send, { maxRows: 250, maxBytes: 1_000_000 }),
    );
    let answers: unknown;
    let running: Promise<unknown> = Promise.resolve();
    act(() => {
      running = result.current.run(rows(600), true).then((answered) => (answers = answered));
    });
    const progressAfter = async () => {
      await act(async () => pending.shift()?.());
      return result.current.progress?.sentRows;
    };
    expect(result.current.progress).toEqual({ dryRun: true, sentRows: 0, totalRows: 600 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(await progressAfter()).toBe(250);
    expect(send).toHaveBeenCalledTimes(2);
    expect(await progressAfter()).toBe(500);
    await progressAfter();
    await act(() => running);
    expect(result.current.progress).toBeNull();
    expect(send.mock.calls.map(([part, dryRun]) => [part.length, dryRun])).toEqual([
      [250, true],
      [250, true],
      [100, true],
    ]);
    expect(answers).toEqual([
      { lines: 250, dryRun: true },
      { lines: 250, dryRun: true },
      { lines: 100, dryRun: true },
    ]);
  });

  it("stops at a failed part and says how many lines went before it", async () => {
    const send = jest
      .fn()
      .mockResolvedValueOnce("first part")
      .mockRejectedValueOnce(new Error("network down"));
    const { result } = renderHook(() =>
      useImportInParts(send, { maxRows: 250, maxBytes: 1_000_000 }),
    );
    let failure: unknown;
    await act(async () => {
      await result.current.run(rows(600), false).catch((error: unknown) => (failure = error));
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(failure).toBeInstanceOf(ImportPartError);
    expect((failure as ImportPartError).sentRows).toBe(250);
    expect(((failure as ImportPartError).cause as Error).message).toBe("network down");
    expect(result.current.progress).toBeNull();
  });
});
