# One image for every Wohnnetz service; docker-compose.yml picks the service with SERVICE.
FROM node:24-slim
ENV APOLLO_TELEMETRY_DISABLED=1
RUN npm install --global pnpm@10
WORKDIR /app
COPY . .
# Installed before NODE_ENV=production is set: the services run their TypeScript with tsx.
RUN pnpm install --frozen-lockfile
ENV NODE_ENV=production
# SERVICE is "gateway" or a subgraph name (housing, jobcenter, welfare, landlords, training, consent).
ENV SERVICE=gateway
CMD ["sh", "-c", "exec pnpm --filter \"@wohnnetz/$SERVICE\" start"]
