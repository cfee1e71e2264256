import {
  idempotencyKeyProblem,
  orderIdProblem,
  receiptNumberProblem,
  withdrawalAmountProblem,
  withdrawalNoteProblem,
} from "../src";

describe("withdrawal rules", () => {
  it("counts the receipt number in code points, trimmed, and needs one only to approve", () => {
    const approving = { approving: true };
    expect(receiptNumberProblem("🧾".repeat(100), approving)).toBeNull();
    expect(receiptNumberProblem(` ${"r".repeat(100)} `, approving)).toBeNull();
    expect(receiptNumberProblem("🧾".repeat(101), approving)).toBe(
      "The receipt number can be at most 100 characters long.",
    );
    expect(receiptNumberProblem("  ", approving)).toBe("Enter the receipt number of the payment.");
    expect(receiptNumberProblem("", { approving: false })).toBeNull();
  });

  it("takes a note of at most 2000 code points, as sent", () => {
    expect(withdrawalNoteProblem("📝".repeat(2000))).toBeNull();
    expect(withdrawalNoteProblem("📝".repeat(2001))).toBe(
      "The note can be at most 2000 characters long.",
    );
  });

  it("takes an amount from 0.01", () => {
    expect(withdrawalAmountProblem(1)).toBeNull();
    expect(withdrawalAmountProblem(0)).toBe("The amount must be greater than 0.");
  });

  it("takes idempotency keys and order ids of 1 to 100 code points", () => {
    expect(idempotencyKeyProblem("k".repeat(100))).toBeNull();
    expect(idempotencyKeyProblem("🔑".repeat(100))).toBeNull();
    expect(idempotencyKeyProblem("k".repeat(101))).not.toBeNull();
    expect(idempotencyKeyProblem("")).not.toBeNull();
    // Opaque: a blank key is a key.
    expect(idempotencyKeyProblem(" ")).toBeNull();
    expect(orderIdProblem(" order-1 ")).toBeNull();
    expect(orderIdProblem("🛒".repeat(100))).toBeNull();
    expect(orderIdProblem("o".repeat(101))).toBe("The order id must be 1 to 100 characters long.");
    expect(orderIdProblem("  ")).toBe("The order id must be 1 to 100 characters long.");
  });
});
