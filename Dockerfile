# The Zone Portal as one image for every role: web node (`next start`), worker (`npm run worker`),
# migrations (`npm run db:deploy`), backups (`npm run db:backup`). See docker-compose.yml and README, Production.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build needs no database: pages read data at request time; the cache handler keeps build-time entries in memory.
# Dev dependencies stay: next.config.ts and the tsx scripts (worker, db:deploy, backups) are TypeScript.
RUN npm run build

FROM node:20-bookworm-slim
# pg_dump/pg_restore for `npm run db:backup` (Debian 12 ships client 15: keep PostgreSQL at 15, or use a newer client);
# tini forwards SIGTERM so running jobs hand their leases back on shutdown.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["tini", "--"]
# `npm run serve`'s script without npm in between: the web node on PORT.
CMD ["node_modules/.bin/tsx", "--max-semi-space-size=64", "scripts/start.ts", "--no-build"]
