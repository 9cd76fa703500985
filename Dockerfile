# syntax=docker/dockerfile:1
# Pathway's production image: docker build -t pathway .  (or docker compose up --build)
# The runtime stage is reproduced without a container engine by tests/production/image.test.ts.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: all dependencies, the Prisma client, the compiled dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/generate-client.mjs scripts/
COPY prisma prisma
# The workspace's own packages (the fake Slack, used by the sandbox and the tests) are linked by npm ci.
COPY packages/fake-slack/package.json packages/fake-slack/
# No dependency needs its install script (package.json allowScripts); our postinstall generates the Prisma client.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund && node scripts/generate-client.mjs
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled app, run as a non-root user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# Idle memory (README, Memory): a small young generation and two malloc arenas instead of one per thread.
ENV NODE_OPTIONS="--max-semi-space-size=2 --v8-pool-size=1" MALLOC_ARENA_MAX=2
WORKDIR /app
COPY package.json package-lock.json ./
# Under --omit=dev npm still installs the Prisma CLI (an optional peer of @prisma/client that is
# also a devDependency), with TypeScript and more: without the devDependencies list it does not.
# The workspace packages (packages/: the fake Slack) are not copied, so npm ci leaves them out
# and the sandbox, which needs them, says it needs the development install.
RUN --mount=type=cache,target=/root/.npm npm pkg delete devDependencies && npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# The embedded database's folder, for running without DATABASE_URL (mount a volume there).
RUN install -d -o node -g node /app/data
COPY --from=build /app/dist dist
COPY prisma prisma
COPY frameworks frameworks
COPY manifest.json ./
# Runs the npm scripts (npm start, npm run db:migrate, tokens:reseal…) from dist/.
COPY scripts/run.mjs scripts/
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
