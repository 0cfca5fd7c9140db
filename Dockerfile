# syntax=docker/dockerfile:1
# Paradox: a production image built from the standalone output (see docs/deploying-and-scaling.md).
#   docker build -t paradox .
#   docker run -p 3000:3000 -v paradox-data:/data -e AUTH_SECRET="$(openssl rand -base64 32)" paradox

# Debian (glibc): the prebuilt native packages (libSQL, argon2, sharp) are the linux-x64-gnu builds.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next build (output: "standalone"), then the production server, public/, static assets and migrations
# copied into .next/standalone.
RUN npm run build:standalone

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATABASE_URL=file:/data/site.db \
    SEED_DEMO=0
WORKDIR /app
# A fixed, unprivileged user. It writes to /data (database and, without AUTH_SECRET, the generated
# session secret) and to .next/ (Next.js's page cache).
RUN groupadd --system --gid 1001 paradox \
    && useradd --system --uid 1001 --gid paradox --home-dir /app --shell /usr/sbin/nologin paradox \
    && mkdir -p /data \
    && chown paradox:paradox /data
COPY --from=build /app/.next/standalone ./
# The code stays root's; only .next/ (Next.js writes its page cache there) belongs to the app user.
RUN chown -R paradox:paradox /app/.next
USER paradox
VOLUME ["/data"]
EXPOSE 3000
# The image has no curl: ask with Node. /api/health/ready also checks the database and migrations.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server applies migrations, then serves; on SIGTERM (docker stop) it finishes requests in flight
# within SHUTDOWN_TIMEOUT (10 s) and exits 0. Run with `docker stop -t 15` or a longer grace period.
STOPSIGNAL SIGTERM
# A 256 MB old generation: V8 would otherwise grow the heap lazily towards a quarter of the host's memory.
CMD ["node", "--max-old-space-size=256", "server.js"]
