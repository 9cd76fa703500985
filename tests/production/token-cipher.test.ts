import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeKey, keyId, TokenCipher, TokenCipherError } from '../../src/crypto/token-cipher.js';

const key = (): Buffer => randomBytes(32);

describe('TokenCipher (AES-256-GCM)', () => {
  it('opens what it sealed, with a fresh IV each time and the key id in front', () => {
    const current = key();
    const cipher = new TokenCipher({ current, old: [] });
    const a = cipher.seal('xoxb-secret', 'team:T1');
    const b = cipher.seal('xoxb-secret', 'team:T1');
    expect(a).not.toBe(b);
    expect(a.startsWith(`v1.${keyId(current)}.`)).toBe(true);
    expect(a).not.toContain('secret');
    expect(cipher.open(a, 'team:T1')).toEqual({ plaintext: 'xoxb-secret', stale: false });
  });

  it('refuses a value bound to another row, tampered with, or malformed', () => {
    const cipher = new TokenCipher({ current: key(), old: [] });
    const sealed = cipher.seal('xoxb-secret', 'team:T1');
    expect(() => cipher.open(sealed, 'team:T2')).toThrow(TokenCipherError);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[4] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => cipher.open([...parts.slice(0, 4), flipped.toString('base64url')].join('.'), 'team:T1')).toThrow(
      /does not authenticate/,
    );
    expect(() => cipher.open('xoxb-plain-token', 'team:T1')).toThrow(/not a sealed token/);
  });

  it('opens values sealed with an old key and says they are stale; an unknown key is named', () => {
    const old = key();
    const sealedOld = new TokenCipher({ current: old, old: [] }).seal('xoxb-secret', 'aad');
    const rotated = new TokenCipher({ current: key(), old: [old] });
    expect(rotated.open(sealedOld, 'aad')).toEqual({ plaintext: 'xoxb-secret', stale: true });
    expect(rotated.open(rotated.seal('xoxb-secret', 'aad'), 'aad').stale).toBe(false);
    expect(() => new TokenCipher({ current: key(), old: [] }).open(sealedOld, 'aad')).toThrow(
      new RegExp(`sealed with key ${keyId(old)}`),
    );
  });

  it('decodeKey accepts exactly 32 bytes of base64 or base64url', () => {
    const raw = key();
    expect(decodeKey(raw.toString('base64'))?.equals(raw)).toBe(true);
    expect(decodeKey(` ${raw.toString('base64url')} `)?.equals(raw)).toBe(true);
    expect(decodeKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(decodeKey('not a key!')).toBeUndefined();
  });
});
