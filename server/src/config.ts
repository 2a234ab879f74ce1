import path from 'node:path';

/** Typed runtime configuration read from the environment and validated at start. */
export interface Config {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  dataDir: string;
  /** A dumped PGlite data directory (tar) that a memory:// database starts from instead of initdb (the test suite's migrated template). */
  pgliteTemplate: string | undefined;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  smsGatewayUrl: string | undefined;
  publicUrl: string;
  logLevel: string;
  seedDemo: boolean;
  runWorker: boolean;
  /** Requests per minute per IP on sign-in, registration and OTP endpoints. */
  authRateLimitPerMinute: number;
  /** Encrypts the certificate signing keys at rest (AES-256-GCM); unset keeps them unencrypted (development). */
  /** Encrypts secrets stored in the database (certificate signing keys, webhook secrets); see platform/sealing.ts. */
  secretsKey: string | undefined;
  /** The certificate issuer's did:web, used only when none is stored yet (first start); else derived from PUBLIC_URL. */
  issuerDid: string | undefined;
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function urlVar(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(', ')}), got an unparseable value`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(`${name} must use one of: ${protocols.join(', ')}`);
  }
  return raw;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function secretVar(env: NodeJS.ProcessEnv, name: string, minLength: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < minLength) throw new ConfigError(`${name} must be at least ${minLength} characters long`);
  return raw;
}

/** A did:web of a host (optionally with a port, %3A-encoded), without a path. */
function didWebVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^did:web:[a-z0-9.-]+(%3A\d+)?$/i.test(raw)) throw new ConfigError(`${name} must be did:web:<host> (no path), got "${raw}"`);
  return raw;
}

/** Reads and validates the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const port = intVar(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  return {
    port,
    host,
    nodeEnv,
    dataDir: (env.DATA_DIR || './data').startsWith('memory://') ? 'memory://' : path.resolve(env.DATA_DIR || './data'),
    pgliteTemplate: env.PGLITE_TEMPLATE || undefined,
    databaseUrl: urlVar(env, 'DATABASE_URL', ['postgres', 'postgresql']),
    smtpUrl: urlVar(env, 'SMTP_URL', ['smtp', 'smtps']),
    smsGatewayUrl: urlVar(env, 'SMS_GATEWAY_URL', ['http', 'https']),
    publicUrl: urlVar(env, 'PUBLIC_URL', ['http', 'https']) ?? `http://localhost:${port}`,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: boolVar(env, 'SEED_DEMO', nodeEnv !== 'production'),
    runWorker: boolVar(env, 'RUN_WORKER', true),
    authRateLimitPerMinute: intVar(env, 'AUTH_RATE_LIMIT', nodeEnv === 'test' ? 100_000 : 30, 1, 1_000_000),
    secretsKey: secretVar(env, 'SECRETS_KEY', 32),
    issuerDid: didWebVar(env, 'ISSUER_DID'),
  };
}

/** Dev conveniences (dev outbox, demo data) are never on in production. */
export function isDevMode(config: Config): boolean {
  return config.nodeEnv !== 'production';
}
