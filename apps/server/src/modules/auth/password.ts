import { hash, verify, Algorithm } from "@node-rs/argon2";

// argon2id at OWASP's recommended cost: 19 MiB of memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// The hash of a random, forgotten password at the same cost: verifying against it takes as long as a real check.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$24YT2DTN1lc3oTkJlYfYYw$ZPoyLEaGPh6LbSCCvzGGggzl+Kltsvy5/R8pSvM7xCg";

/** Spends the time of a real verification when there is no such user, so timing tells nothing. */
export async function verifyWithoutUser(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}
