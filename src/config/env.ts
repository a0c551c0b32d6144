import { z } from 'zod';

/**
 * The server's configuration, read once from the environment at start.
 * Every variable has a safe default for a developer machine, so `npm start` needs none.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When set, claimgraph uses this database instead of starting the embedded one. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Embedded database only: where its files live and which loopback port Bolt takes. */
  NEO4J_DATA_DIR: z.string().min(1).default('data/neo4j'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_PAGE_CACHE_MB: z.coerce.number().int().min(16).max(65536).default(256),
  NEO4J_HEAP_MB: z.coerce.number().int().min(256).max(65536).default(1024),
  /** Embedded database only: server-side bounds on every transaction (see Limits and operations). */
  NEO4J_TX_MEMORY_MB: z.coerce.number().int().min(16).max(65536).default(256),
  /** Every transaction the server runs is cut after this long (driver config, and server-side when embedded). */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Waiting for a lock ends with an error after this long (embedded; an external server sets its own). */
  NEO4J_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Connecting to, or waiting for a connection from, the database fails after this long. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),

  /** GraphQL limits, enforced before any resolver runs (see src/graphql/limits). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(200_000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
  GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(10_000).default(20),
  GRAPHQL_MAX_MUTATION_FIELDS: z.coerce.number().int().min(1).max(10_000).default(10),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(10),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5_000),
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),

  /** HTTP: one request's whole time, body size, slow clients, connections, shutdown. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  HTTP_BODY_LIMIT_KB: z.coerce.number().int().min(1).max(1_048_576).default(5_120),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HTTP_BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(256),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),

  /** Load the seed graph at start when the database holds no records. */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),

  /** Access control (see src/auth): anonymous reading, the bootstrap admin key, JWT verification, CORS. */
  AUTH_ANONYMOUS_READ: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** When set, `Authorization: Bearer <this>` is an admin. At least 32 characters: it is a password to everything. */
  CLAIMGRAPH_ADMIN_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** HS256 tokens are verified with this secret (at least 32 bytes, as RFC 7518 asks). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** RS256/ES256 tokens are verified with this PEM public key (SPKI)... */
  JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  /** ...or with the keys of this JWKS file (on disk: nothing is fetched at run time). */
  JWKS_FILE: z.string().min(1).optional(),
  /** When set, a token's `iss` must be this. */
  JWT_ISSUER: z.string().min(1).optional(),
  /** When set, a token's `aud` must include this. */
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** Origins (comma-separated, e.g. `https://a.example,https://b.example`) that browsers may call /graphql from; none: same-origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must list origins such as https://app.example (scheme and host, no path)'))),
});

export type Config = z.infer<typeof envSchema>;

/** Every variable the configuration reads (the Configuration table of docs/operations.md lists each). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as (keyof Config)[];

/** Thrown when the environment is invalid; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses and validates the environment. Empty strings count as unset, as a shell's
 * `VAR=` usually means "no value". Throws ConfigError naming the first bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    // Never echo a credential: a password variable's value, or a URI's inline user:password.
    const value = /PASSWORD|SECRET|_KEY$/.test(name) ? '[redacted]' : String(present[name] ?? '').replace(/\/\/[^/@]*@/, '//[redacted]@');
    throw new ConfigError(`invalid configuration: ${name}=${JSON.stringify(value)}: ${issue.message}`);
  }
  return parsed.data;
}
