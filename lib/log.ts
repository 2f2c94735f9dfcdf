import pino from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs. Secrets never go in: URLs with passwords and auth headers are redacted. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "zone-portal" },
  redact: { paths: ["password", "*.password", "databaseUrl", "headers.authorization", "headers.cookie"], remove: true },
});
