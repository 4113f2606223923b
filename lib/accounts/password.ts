import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against this when no account matches keeps the timing the same either way. */
export const decoyHash = '$argon2id$v=19$m=19456,t=2,p=1$C2kaeTIVDKdPNp0S9DeN9g$rurESRU0c7SnhmyOSIRF4CzKxt/wMi7L3OAyZE8YDLA';
