// MariaDB GTIDs: "domain-server-sequence", a list of them comma-separated (one per replication domain).
const GTID = /^(\d{1,10})-(\d{1,10})-(\d{1,20})$/;
// A position names few domains; a longer value did not come from us.
const MAX_DOMAINS = 16;

interface Position {
  server: string;
  sequence: bigint;
}

/** The position per domain of a GTID list, or null if it is not one (e.g. a tampered cookie). */
function parse(value: string): Map<string, Position> | null {
  const parts = value.split(",");
  if (!value || parts.length > MAX_DOMAINS) return null;
  const positions = new Map<string, Position>();
  for (const part of parts) {
    const match = GTID.exec(part.trim());
    if (!match) return null;
    const [, domain, server, sequence] = match;
    const position = { server: server!, sequence: BigInt(sequence!) };
    const known = positions.get(domain!);
    if (!known || known.sequence < position.sequence) positions.set(domain!, position);
  }
  return positions;
}

const format = (positions: Map<string, Position>): string =>
  [...positions]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([domain, { server, sequence }]) => `${domain}-${server}-${sequence}`)
    .join(",");

/** The GTID list in its canonical form, or null if `value` is not one. */
export function canonicalGtids(value: string): string | null {
  const positions = parse(value);
  return positions ? format(positions) : null;
}

/**
 * The later of two positions, domain by domain: what a replica must have applied to show both.
 * An operand that is not a GTID list counts as nothing.
 */
export function laterGtids(a: string | undefined, b: string | undefined): string | undefined {
  const merged = new Map<string, Position>();
  for (const value of [a, b]) {
    for (const [domain, position] of (value && parse(value)) || []) {
      const known = merged.get(domain);
      if (!known || known.sequence < position.sequence) merged.set(domain, position);
    }
  }
  return merged.size ? format(merged) : undefined;
}
