import { z } from 'zod';

/**
 * The full backup, encrypted with a passphrase the user chooses: AES-256-GCM (authenticated, so a
 * wrong passphrase or a changed byte is detected) with a key from PBKDF2-HMAC-SHA256 at OWASP's
 * current recommendation of 600,000 iterations (Password Storage Cheat Sheet), a random 16-byte
 * salt and a random 12-byte IV. WebCrypto only: the same code runs in the browser and in Node.
 */
export const ENCRYPTED_BACKUP_FORMAT = 'eerlijk-werven-backup-encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** Older or hand-made files may use fewer or more rounds, within reason (more would hang the page). */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const envelopeSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.number().int().min(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64 }),
  /** Bytes of ciphertext: a file cut short is told apart from a wrong passphrase. */
  length: z.number().int().min(16),
  data: base64,
});

export type DecryptErrorCode = 'truncated' | 'not-a-backup' | 'newer-version' | 'wrong-passphrase';
export type Decrypted = { ok: true; text: string } | { ok: false; code: DecryptErrorCode };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Does this text look like our encrypted backup (even when it is cut off)? */
export function looksEncrypted(text: string): boolean {
  return text.slice(0, 200).includes(`"${ENCRYPTED_BACKUP_FORMAT}"`);
}

export async function encryptBackupText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  return JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    length: data.length,
    data: toBase64(data),
  });
}

type Envelope = z.infer<typeof envelopeSchema>;

/**
 * Everything that can be checked without the passphrase: is it our encrypted format, complete and
 * not from a newer version? Lets the page say "this file is cut off" before asking for anything.
 */
export function inspectEncrypted(
  text: string,
): { ok: true; envelope: Envelope; data: Uint8Array<ArrayBuffer> } | { ok: false; code: DecryptErrorCode } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: looksEncrypted(text) ? 'truncated' : 'not-a-backup' };
  }
  const { format, version } = (json ?? {}) as { format?: unknown; version?: unknown };
  if (format === ENCRYPTED_BACKUP_FORMAT && typeof version === 'number' && version > ENCRYPTED_BACKUP_VERSION) {
    return { ok: false, code: 'newer-version' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, code: 'not-a-backup' };
  let data: Uint8Array<ArrayBuffer>;
  try {
    data = fromBase64(envelope.data.data);
  } catch {
    return { ok: false, code: 'truncated' };
  }
  if (data.length !== envelope.data.length) return { ok: false, code: 'truncated' };
  return { ok: true, envelope: envelope.data, data };
}

/** Decrypt a file's text. Never throws: every failure is a code with its own message. */
export async function decryptBackupText(text: string, passphrase: string): Promise<Decrypted> {
  const inspected = inspectEncrypted(text);
  if (!inspected.ok) return inspected;
  const { kdf, cipher } = inspected.envelope;
  try {
    const key = await deriveKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(cipher.iv) }, key, inspected.data);
    return { ok: true, text: new TextDecoder().decode(plain) };
  } catch {
    // GCM's tag check fails for a wrong passphrase (and for a changed byte, which a person cannot tell apart).
    return { ok: false, code: 'wrong-passphrase' };
  }
}
