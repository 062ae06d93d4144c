# The bot as a container: Node 20, the app run by tsx as `npm start` runs it, as a non-root user.
# Build:  docker build -t council-board-bot .
# Run:    docker run -p 3978:3978 -e DATABASE_URL=... -e BOT_ID=... -e BOT_PASSWORD=... -e BOT_TENANT_ID=... council-board-bot
# Settings are the environment variables in env.sample; see docs/deployment.md.

# --- install: the same `npm ci` CI runs, then drop the dev tools ------------------------------------
FROM node:20-slim AS install
WORKDIR /app
COPY package.json package-lock.json ./
# NOTE: a full install first: botbuilder-dialogs' postinstall runs `npx rimraf`, a devDependency, so
# `npm ci --omit=dev` alone fails on a clean machine. Pruning afterwards leaves what `npm start` needs:
# tsx (a dependency, because it runs the TypeScript sources) and the app's runtime packages.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund && npm cache clean --force

# --- run ---------------------------------------------------------------------------------------------
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=install /app/node_modules ./node_modules
# What `npm start` reads: the sources (run by tsx with tsconfig.json), the card templates, and the
# bundled agenda packs imported on first start (SEED_ON_START).
COPY package.json package-lock.json tsconfig.json env.sample ./
COPY src ./src
COPY cards ./cards
COPY seeds ./seeds
# The embedded database lives in /data (mount a volume); with DATABASE_URL set it stays empty.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3978
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Run tsx directly rather than through npm, so SIGTERM reaches the bot and it stops cleanly.
CMD ["node_modules/.bin/tsx", "src/index.ts"]
