# One image for every Wohnnetz service; docker-compose.yml picks the service with SERVICE.
FROM node:24-slim
ENV APOLLO_TELEMETRY_DISABLED=1
RUN npm install --global pnpm@10
WORKDIR /app
COPY . .
# Installed before NODE_ENV=production is set: the services run their TypeScript with tsx.
RUN pnpm install --frozen-lockfile
ENV NODE_ENV=production
# Not as root: the services only read /app. The development issuer's key (compose runs the hub in
# development mode) is written to DEV_ISSUER_DIR (compose: the volume at /data/dev-issuer, which
# takes this directory's owner when it is new) or under /app/.data.
RUN mkdir -p /app/.data /data/dev-issuer && chown node:node /app/.data /data/dev-issuer
USER node
# SERVICE is "gateway" or a subgraph name (housing, jobcenter, welfare, landlords, training, consent).
ENV SERVICE=gateway
# The service's node process itself is PID 1, so `docker stop` (SIGTERM) reaches its own stop:
# pnpm or tsx in between would not pass the signal on.
CMD ["sh", "-c", "if [ \"$SERVICE\" = gateway ]; then cd gateway; else cd \"subgraphs/$SERVICE\"; fi && exec node --import tsx src/index.ts"]
