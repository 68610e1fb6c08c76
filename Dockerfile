# newsdigest: multi-stage image on the current Node LTS (slim), running as a non-root user.
# Build: docker build -t newsdigest .
# Run:   docker run --rm -v newsdigest-data:/app/data -v "$PWD/digests:/app/digests" newsdigest
#        (set DISCORD_TOKEN / SLACK_BOT_TOKEN / DATABASE_URL with -e to go beyond the console)

FROM node:26-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Same install as the README; dev tools are dropped afterwards.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:26-slim AS runtime
# The figures chart renders its labels with DejaVu Sans.
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY config ./config
COPY examples ./examples
RUN mkdir -p data digests && chown -R node:node data digests
USER node
VOLUME ["/app/data", "/app/digests"]
# The Slack HTTP receiver listens here when SLACK_APP_TOKEN (Socket Mode) is not set.
EXPOSE 3000
STOPSIGNAL SIGTERM
# Same start command as the README.
CMD ["npm", "start"]
