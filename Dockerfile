# The bot as a container: Node 24 LTS, the app compiled and run as `npm start` runs it, as a non-root user.
# Build:  docker build -t council-board-bot .
# Run:    docker run -p 3978:3978 -e DATABASE_URL=... -e BOT_ID=... -e BOT_PASSWORD=... -e BOT_TENANT_ID=... council-board-bot
# Settings are the environment variables in env.sample; see docs/deployment.md.

# --- install: the same `npm ci` CI runs, then drop the dev tools ------------------------------------
FROM node:24-slim AS install
WORKDIR /app
COPY package.json package-lock.json ./
# NOTE: a full install first: botbuilder-dialogs' postinstall runs `npx rimraf`, a devDependency, so
# `npm ci --omit=dev` alone fails on a clean machine. Pruning afterwards leaves the runtime packages,
# esbuild (which compiles src into dist) and tsx (which runs the command-line tools from source).
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund && npm cache clean --force
COPY src ./src
RUN npm run build

# --- run ---------------------------------------------------------------------------------------------
FROM node:24-slim
# HOST=0.0.0.0: a container is reached through its published port. Run it with BOT_ID, BOT_PASSWORD
# and BOT_TENANT_ID; without them (local mode) the bot warns at start that anyone can act as anyone.
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=install /app/node_modules ./node_modules
# What the bot reads: the compiled sources, the card templates, and the bundled agenda packs imported
# on first start (SEED_ON_START). The sources stay for the command-line tools (npm run import ...).
COPY package.json package-lock.json tsconfig.json env.sample ./
COPY src ./src
COPY --from=install /app/dist ./dist
COPY cards ./cards
COPY seeds ./seeds
# The embedded database lives in /data (mount a volume); with DATABASE_URL set it stays empty.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3978
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Run node directly rather than through npm (exec replaces the shell), so SIGTERM reaches the bot and
# it stops cleanly; the shell only expands MAX_HEAP_MB.
CMD ["sh", "-c", "exec node --max-semi-space-size=4 --max-old-space-size=${MAX_HEAP_MB:-256} --liftoff-only dist/index.js"]
