import { codePointLength } from "@allyhut/schema";

const count = new Intl.NumberFormat();

/**
 * A field's description with its live length beside it, in code points as the API counts them:
 * "From your payment provider … 42 / 100", red once over the limit.
 */
export function LengthHint({ hint, text, max }: { hint: string; text: string; max: number }) {
  const length = codePointLength(text);
  const over = length > max;
  return (
    <span style={{ display: "flex", justifyContent: "space-between", gap: 12 }}>
      <span>{hint}</span>
      <span
        style={{
          whiteSpace: "nowrap",
          color: over ? "var(--mantine-color-error)" : undefined,
          fontWeight: over ? 700 : undefined,
        }}
      >
        {`${count.format(length)} / ${count.format(max)}`}
        <span className="visually-hidden"> characters</span>
      </span>
    </span>
  );
}
