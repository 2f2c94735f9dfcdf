import { z } from "zod";

/**
 * Every environment variable the portal reads, parsed once. Nobody else reads process.env.
 * The README's configuration table lists the same variables.
 */
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** unset → embedded PGlite in .data/db; pglite:<dir> | pglite:memory:// | postgresql://… */
  DATABASE_URL: z.string().trim().optional(),
  /** connections per app node to PostgreSQL */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** public base URL, used for canonical links, feeds and the sitemap */
  SITE_URL: z.url().default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** connections per app node for the shared Next.js cache (lib/cache/pg-cache-handler.mjs reads it itself) */
  CACHE_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(4),
  /** secret for session tokens; required in production */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Meilisearch in production; unset → the embedded engine on the database */
  MEILI_HOST: optionalUrl,
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX: z.string().default("zone_portal"),
  /** smtp://user:pass@host:port; unset → notifications are kept in the mail outbox and shown in the admin */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("开发区资讯门户 <noreply@localhost>"),
  /** the editorial/investment desk's address: told of every new contribution and inquiry; unset → only the admin inbox shows them */
  NOTIFY_EMAIL: z.string().trim().optional().transform((value) => value || undefined).pipe(z.email().optional()),
  /** where uploaded media is stored (outside public/) */
  MEDIA_DIR: z.string().default(".data/media"),
  /** where media bytes live: "disk" (MEDIA_DIR) or "s3" (any S3-compatible object storage) */
  MEDIA_STORAGE: z.enum(["disk", "s3"]).default("disk"),
  S3_BUCKET: z.string().trim().optional(),
  S3_REGION: z.string().trim().default("us-east-1"),
  /** S3-compatible endpoint (MinIO, Ceph, OSS, COS …); unset → AWS */
  S3_ENDPOINT: optionalUrl,
  S3_ACCESS_KEY_ID: z.string().trim().optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().optional(),
  /** path-style URLs (bucket in the path), which most self-hosted S3-compatible stores need */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
  /** load the sample content and sample accounts into an empty database (default: on for the embedded database only) */
  SEED_SAMPLE_CONTENT: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true" || value === "1")),
  /** run background jobs (outbox drain, scheduled publishing) inside the web process */
  RUN_JOBS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
  /** memory of the caching front in `npm start` for finished public pages, in MB; 0 turns the front off */
  HTTP_CACHE_MB: z.coerce.number().int().min(0).max(16384).default(256),
  /** longest time a cached public page is served without a render, should an invalidation be missed */
  HTTP_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(120),
  /** reverse proxies whose X-Forwarded-For is believed (loopback, private, addresses, CIDR ranges); unset → the socket address is the client */
  TRUSTED_PROXIES: z.string().trim().default(""),
  /**
   * hosts, addresses and CIDR ranges (comma-separated) that `import --url` and the 网址 field may fetch from
   * although they are loopback, private or link-local (tests, intranet sites); unset → only public addresses
   */
  IMPORT_URL_ALLOW: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6(), z.hostname()], { error: "IMPORT_URL_ALLOW：每一项应为主机名、IP 地址或 CIDR 网段" }))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  if (parsed.data.MEDIA_STORAGE === "s3" && !parsed.data.S3_BUCKET) {
    throw new Error("MEDIA_STORAGE=s3 needs S3_BUCKET (and usually S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY).");
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET && parsed.data.DATABASE_URL?.startsWith("postgres")) {
    throw new Error("AUTH_SECRET (≥ 32 characters) is required in production.");
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The embedded database is the demo and development setup: it gets sample content unless told otherwise. */
export function shouldSeedSampleContent(isEmbedded: boolean, config: Env = env()): boolean {
  return config.SEED_SAMPLE_CONTENT ?? isEmbedded;
}
