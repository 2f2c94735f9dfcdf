// For the stock Prisma CLI in production (`npx prisma migrate deploy --config prisma/prisma.config.ts`).
// On machines without the native schema engine use `npm run db:deploy`, which applies the same migrations.
import { defineConfig, env } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: env("DATABASE_URL") },
});
