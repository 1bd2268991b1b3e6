import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's second recommended profile (19 MiB, 2 passes) keeps login near 50 ms.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; false for any malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** A real hash to verify against when the user does not exist, so timing does not reveal accounts. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('no-such-user', OPTIONS);
  return dummyHash;
}
