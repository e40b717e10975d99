import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** How the product runs: `embedded` starts its own PostgreSQL; `server` uses DATABASE_URL. */
export type RunMode = 'embedded' | 'server';

export interface AppConfig {
  mode: RunMode;
  host: string;
  port: number;
  /** Where people reach the product; used in emailed links and cookie security. */
  publicUrl: string;
  /** Absolute path: embedded database, files and generated secrets live here. */
  dataDir: string;
  /** Null in embedded mode until the embedded server is started. */
  databaseUrl: string | null;
  /** Fixed port for the embedded PostgreSQL; null picks a free one. */
  embeddedDbPort: number | null;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Load demo data into an empty database. */
  demo: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  /** How often each replica looks for mail to send over SMTP. */
  mailPollSeconds: number;
  /** The built web app served at `/`; null serves the API only. */
  webDistDir: string | null;
  trustProxy: boolean;
  /** Where uploaded files go when S3_BUCKET is set; null keeps them on local disk in the data dir. */
  s3: S3Config | null;
  /** Whether this process runs background jobs (certificate issuance); every replica may. */
  jobWorker: boolean;
  /** How long a worker owns a job without a heartbeat before another may take it over. */
  jobLeaseSeconds: number;
  /** Worker threads that render certificate PDFs; 0 renders on the main thread. */
  certificateRenderThreads: number;
  /** Signs every certificate PDF when set (PKCS#12 file and its passphrase). */
  certificateSigning: { p12Path: string; passphrase: string } | null;
}

/** An S3-compatible object store (AWS S3, MinIO, and the like). */
export interface S3Config {
  /** Origin (and optional base path) of the service, without the bucket: `http://minio:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted stores) rather than `bucket.endpoint/key`. */
  forcePathStyle: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** Reads and validates the environment once; every problem is reported together, by variable name. */
export function loadConfig(env: Env, options: { cwd?: string; defaultWebDist?: string } = {}): AppConfig {
  const problems: string[] = [];
  const cwd = options.cwd ?? process.cwd();

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (TRUE.includes(raw)) return true;
    if (FALSE.includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
        return null;
      }
      return raw;
    } catch {
      problems.push(`${name} is not a valid URL`);
      return null;
    }
  };

  const port = int('PORT', 3000, 0, 65535);
  const host = env['HOST']?.trim() || '0.0.0.0';
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const mode: RunMode = databaseUrl ? 'server' : 'embedded';
  const publicUrl = (url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const rawDataDir = env['DATA_DIR']?.trim() || './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(cwd, rawDataDir);
  const embeddedDbPort = env['EMBEDDED_DB_PORT'] ? int('EMBEDDED_DB_PORT', 0, 1024, 65535) : null;
  const accessTokenTtlSeconds = int('ACCESS_TOKEN_TTL_SECONDS', 900, 60, 86_400);
  const refreshTokenTtlDays = int('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365);
  const demo = bool('BIMTEK_DEMO', mode === 'embedded');
  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = env['MAIL_FROM']?.trim() || 'Bimtek <no-reply@bimtek.local>';
  const mailPollSeconds = int('MAIL_POLL_SECONDS', 5, 1, 86_400);
  const trustProxy = bool('TRUST_PROXY', false);
  const s3 = s3Config(env, problems, url, bool);
  const jobWorker = bool('JOB_WORKER', true);
  const jobLeaseSeconds = int('JOB_LEASE_SECONDS', 30, 2, 3600);
  const certificateRenderThreads = int('CERT_RENDER_THREADS', Math.min(2, availableParallelism()), 0, 64);
  const certificateSigning = signingConfig(env, problems, cwd);

  let jwtSecret = env['JWT_SECRET']?.trim() ?? '';
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
  if (!jwtSecret && mode === 'server') {
    problems.push('JWT_SECRET is required with DATABASE_URL (every API replica must share it)');
  }

  const webDistEnv = env['WEB_DIST_DIR']?.trim();
  const webDistDir = webDistEnv ? resolve(cwd, webDistEnv) : (options.defaultWebDist ?? null);
  if (webDistEnv && !existsSync(join(resolve(cwd, webDistEnv), 'index.html'))) {
    problems.push(`WEB_DIST_DIR has no index.html (${webDistEnv})`);
  }

  if (problems.length > 0) throw new ConfigError(problems);

  if (!jwtSecret) jwtSecret = embeddedSecrets(dataDir).jwtSecret;

  return {
    mode,
    host,
    port,
    publicUrl,
    dataDir,
    databaseUrl,
    embeddedDbPort,
    jwtSecret,
    accessTokenTtlSeconds,
    refreshTokenTtlDays,
    demo,
    smtpUrl,
    mailFrom,
    mailPollSeconds,
    webDistDir: webDistDir && existsSync(join(webDistDir, 'index.html')) ? webDistDir : null,
    trustProxy,
    s3,
    jobWorker,
    jobLeaseSeconds,
    certificateRenderThreads,
    certificateSigning,
  };
}

/** CERT_SIGN_P12 names a PKCS#12 file (key and certificate chain); it must exist at start. */
function signingConfig(env: Env, problems: string[], cwd: string): AppConfig['certificateSigning'] {
  const raw = env['CERT_SIGN_P12']?.trim();
  if (!raw) {
    if (env['CERT_SIGN_PASSPHRASE']) problems.push('CERT_SIGN_P12 is required when CERT_SIGN_PASSPHRASE is set');
    return null;
  }
  const p12Path = resolve(cwd, raw);
  if (!existsSync(p12Path)) problems.push(`CERT_SIGN_P12 does not exist (${raw})`);
  return { p12Path, passphrase: env['CERT_SIGN_PASSPHRASE'] ?? '' };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'];
/** The rule S3 and MinIO apply to new buckets; anything else would need escaping in the URL. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * S3 storage is chosen by S3_BUCKET. The other S3 settings without a bucket are refused rather than
 * ignored: files silently kept on one replica's disk would be lost for the others.
 */
function s3Config(
  env: Env,
  problems: string[],
  url: (name: string, protocols: string[]) => string | null,
  bool: (name: string, fallback: boolean) => boolean,
): S3Config | null {
  const bucket = env['S3_BUCKET']?.trim() ?? '';
  if (!bucket) {
    const stray = S3_VARIABLES.filter((name) => env[name]?.trim());
    if (stray.length > 0) problems.push(`S3_BUCKET is required when ${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set`);
    return null;
  }
  if (!BUCKET_NAME.test(bucket)) {
    problems.push('S3_BUCKET must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit');
  }
  const endpoint = url('S3_ENDPOINT', ['http:', 'https:']);
  if (!endpoint && !env['S3_ENDPOINT']?.trim()) problems.push('S3_ENDPOINT is required with S3_BUCKET');
  if (endpoint && (new URL(endpoint).username || new URL(endpoint).password)) {
    problems.push('S3_ENDPOINT must not contain a user or password (use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)');
  }
  const accessKeyId = env['S3_ACCESS_KEY_ID']?.trim() ?? '';
  if (!accessKeyId) problems.push('S3_ACCESS_KEY_ID is required with S3_BUCKET');
  const secretAccessKey = env['S3_SECRET_ACCESS_KEY']?.trim() ?? '';
  if (!secretAccessKey) problems.push('S3_SECRET_ACCESS_KEY is required with S3_BUCKET');
  return {
    endpoint: (endpoint ?? '').replace(/\/+$/, ''),
    bucket,
    region: env['S3_REGION']?.trim() || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    forcePathStyle: bool('S3_FORCE_PATH_STYLE', true),
  };
}

export interface EmbeddedSecrets {
  jwtSecret: string;
  databasePassword: string;
}

/**
 * Secrets generated on the first embedded start and kept in the data dir (readable by the owner
 * only), so that sessions survive restarts without anyone having to configure anything.
 */
export function embeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedSecrets>;
    if (stored.jwtSecret && stored.databasePassword) return stored as EmbeddedSecrets;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: EmbeddedSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    databasePassword: randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
