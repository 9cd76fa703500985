/**
 * Seals Slack tokens for storage with AES-256-GCM (node:crypto).
 *
 * A sealed value is `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts).
 * The key id (first 8 bytes of the key's SHA-256, hex) says which key sealed
 * it, so rotation is: make the new key current, keep the old one among the
 * old keys until every row has been re-sealed (on read, or with
 * `npm run tokens:reseal`), then drop it. The associated data binds a sealed
 * token to its row (the team id), so a value copied into another row does not
 * decrypt.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export interface TokenKeys {
  /** Seals every new value. */
  readonly current: Buffer;
  /** Only open values sealed before a rotation. */
  readonly old: readonly Buffer[];
}

export interface Opened {
  plaintext: string;
  /** True when an old key sealed it: store `seal(plaintext)` again. */
  stale: boolean;
}

export class TokenCipherError extends Error {}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Decodes a base64 key; returns undefined unless it is exactly 32 bytes. */
export function decodeKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}

export class TokenCipher {
  private readonly currentId: string;
  private readonly byId: ReadonlyMap<string, Buffer>;

  constructor(keys: TokenKeys) {
    this.currentId = keyId(keys.current);
    this.byId = new Map([...keys.old, keys.current].map((key) => [keyId(key), key]));
  }

  seal(plaintext: string, associatedData: string): string {
    const key = this.byId.get(this.currentId);
    if (key === undefined) throw new TokenCipherError('no current key');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
    return [VERSION, this.currentId, ...parts].join('.');
  }

  open(sealed: string, associatedData: string): Opened {
    const [version, id, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (
      version !== VERSION ||
      id === undefined ||
      iv === undefined ||
      tag === undefined ||
      ciphertext === undefined ||
      rest.length > 0
    ) {
      throw new TokenCipherError('not a sealed token (expected v1.<key id>.<iv>.<tag>.<ciphertext>)');
    }
    const key = this.byId.get(id);
    if (key === undefined) {
      throw new TokenCipherError(
        `sealed with key ${id}, which is neither TOKEN_ENCRYPTION_KEY nor one of TOKEN_ENCRYPTION_OLD_KEYS`,
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plaintext = Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      return { plaintext, stale: id !== this.currentId };
    } catch {
      throw new TokenCipherError(
        `sealed token does not authenticate with key ${id} (tampered, or stored for another row)`,
      );
    }
  }
}
