// The device's signing key for bundles: an Ed25519 key pair made once per
// data directory and kept in it (keys/bundle-signing-key.pem, readable by
// the owner only). It is never synced and never in the database, so a copied
// database file does not carry it. A bundle's manifest names the public key;
// importers remember it per device and refuse a later bundle from the same
// device signed with another key.
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../durableFile.js';

export interface DeviceKey {
  privateKey: KeyObject;
  /** SPKI DER, base64: what a manifest carries. */
  publicKey: string;
}

export function deviceKeyFile(dataDir: string): string {
  return path.join(dataDir, 'keys', 'bundle-signing-key.pem');
}

export function loadDeviceKey(dataDir: string): DeviceKey {
  const file = deviceKeyFile(dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    writeFileDurably(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), 0o600);
  }
  const privateKey = crypto.createPrivateKey(fs.readFileSync(file));
  const publicKey = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return { privateKey, publicKey };
}

export function signManifest(key: DeviceKey, manifest: Buffer): Buffer {
  return crypto.sign(null, manifest, key.privateKey);
}

/** Whether `signature` is the manifest's signature by `publicKey`; false for a key that is not an Ed25519 key. */
export function manifestSignatureHolds(publicKey: string, manifest: Buffer, signature: Buffer): boolean {
  try {
    const key = crypto.createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' && crypto.verify(null, manifest, key, signature);
  } catch {
    return false;
  }
}
