import { describe, expect, test } from 'vitest';
import { decryptBackupText, encryptBackupText, looksEncrypted, PBKDF2_ITERATIONS } from '../../../lib/db/backup-crypto';

const PLAIN = JSON.stringify({
  format: 'eerlijk-werven-backup',
  version: 2,
  kind: 'full',
  tables: { meta: [{ key: 'screening-secret', value: 'ab' }] },
});
// Fewer rounds keep most tests quick; the real count is checked once below.
const FAST = 100_000;

describe('encrypted full backups', { timeout: 60_000 }, () => {
  test('are written with PBKDF2-SHA256 at 600,000 iterations and AES-GCM, and read back with the passphrase', async () => {
    const text = await encryptBackupText(PLAIN, 'paarse olifant op de fiets');
    const envelope = JSON.parse(text);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(envelope.cipher.name).toBe('AES-GCM');
    expect(text).not.toContain('screening-secret');
    expect(await decryptBackupText(text, 'paarse olifant op de fiets')).toEqual({ ok: true, text: PLAIN });
  });

  test('a wrong passphrase is told as such', async () => {
    const text = await encryptBackupText(PLAIN, 'paarse olifant op de fiets', FAST);
    expect(await decryptBackupText(text, 'paarse olifant op de step')).toEqual({ ok: false, code: 'wrong-passphrase' });
  });

  test('a file cut off is told apart from a wrong passphrase', async () => {
    const text = await encryptBackupText(PLAIN, 'paarse olifant op de fiets', FAST);
    expect(looksEncrypted(text.slice(0, 150))).toBe(true);
    expect(await decryptBackupText(text.slice(0, text.length - 40), 'paarse olifant op de fiets')).toEqual({
      ok: false,
      code: 'truncated',
    });
    // Cut inside the data but with the JSON closed again (a careless copy): the length gives it away.
    const envelope = JSON.parse(text);
    const shortened = JSON.stringify({ ...envelope, data: envelope.data.slice(0, 24) });
    expect(await decryptBackupText(shortened, 'paarse olifant op de fiets')).toEqual({ ok: false, code: 'truncated' });
  });

  test('a newer format, a plain backup and rubbish each get their own answer', async () => {
    const envelope = JSON.parse(await encryptBackupText(PLAIN, 'paarse olifant op de fiets', FAST));
    expect(await decryptBackupText(JSON.stringify({ ...envelope, version: 9 }), 'x')).toEqual({ ok: false, code: 'newer-version' });
    expect(await decryptBackupText(PLAIN, 'x')).toEqual({ ok: false, code: 'not-a-backup' });
    expect(await decryptBackupText('{"format": "eerlijk', 'x')).toEqual({ ok: false, code: 'not-a-backup' });
    expect(await decryptBackupText(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 10 } }), 'x')).toEqual({
      ok: false,
      code: 'not-a-backup',
    });
  });
});
