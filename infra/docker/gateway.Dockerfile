# The Apollo gateway image. Build from the workspace root:
#
#   docker build -f infra/docker/gateway.Dockerfile -t sesao28/gateway .
#
# It serves the committed schema/supergraph.graphql (SUPERGRAPH_FILE to serve another) and finds
# each unit at UNIT_URL_<slug>, and the web app (gateway/web, built by vite here) at `/`.
# TypeScript runs through tsx, like `pnpm start`.
ARG NODE_IMAGE=node:20-bookworm-slim

# The pages (vite build): its devDependencies stay in this stage.
FROM ${NODE_IMAGE} AS web
ENV CI=true
WORKDIR /app
RUN npm install -g pnpm@10.34.9 && npm cache clean --force
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --store-dir /pnpm/store
COPY . .
RUN pnpm install --offline --frozen-lockfile --store-dir /pnpm/store --filter "@sesao28/web" \
 && cd gateway/web && node_modules/.bin/tsx build.ts

FROM ${NODE_IMAGE} AS build
ENV CI=true
WORKDIR /app
# pnpm pinned like infra/bootstrap.mjs, installed with npm (no corepack).
RUN npm install -g pnpm@10.34.9 && npm cache clean --force
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --prod --store-dir /pnpm/store
COPY . .
COPY --from=web /app/gateway/web/dist/app /web-app
# Pruned: the gateway and the platform package only (no database parts), production dependencies,
# from the lockfile, offline.
RUN pnpm install --offline --frozen-lockfile --prod --store-dir /pnpm/store --filter "@sesao28/gateway..." \
 && mkdir -p /out/services /out/schema \
 && cp -a node_modules package.json tsconfig.base.json /out/ \
 && cp -a gateway /out/gateway \
 && cp -a services/platform /out/services/platform \
 && cp schema/supergraph.graphql /out/schema/supergraph.graphql \
 && rm -rf /out/gateway/test \
 && mkdir -p /out/gateway/web/dist && cp -a /web-app /out/gateway/web/dist/app

FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="sesao28 gateway"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
# tsx (a devDependency in the workspace), pinned to the workspace catalog's version.
RUN npm install -g tsx@4.23.15 && npm cache clean --force
COPY --from=build /out /app
WORKDIR /app/gateway
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["tsx", "src/main.ts"]
