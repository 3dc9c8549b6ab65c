# One image per unit, all nine from this one Dockerfile. Build from the workspace root:
#
#   docker build -f infra/docker/unit.Dockerfile \
#     --build-arg UNIT=financeAssets --build-arg UNIT_PORT=4004 \
#     -t sesao28/unit-finance-assets .
#
# UNIT is the unit's folder under services/ (its slug); UNIT_PORT its manifest port (checked below,
# only used for EXPOSE). The package name (@sesao28/unit-finance-assets) comes from its package.json.
# There is no JavaScript build: the unit runs its TypeScript through tsx, like `pnpm start`.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG UNIT
ARG UNIT_PORT
ENV CI=true
WORKDIR /app
# pnpm pinned like infra/bootstrap.mjs, installed with npm (no corepack).
RUN npm install -g pnpm@10.34.9 && npm cache clean --force
# Production dependencies of the whole lockfile into pnpm's store: this layer is reused until
# pnpm-lock.yaml or pnpm-workspace.yaml changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --prod --store-dir /pnpm/store
COPY . .
RUN test -n "${UNIT}" && test -f "services/${UNIT}/manifest.json" \
      || { echo "build arg UNIT must name a unit folder under services/, e.g. financeAssets" >&2; exit 1; } \
 && manifest_port="$(node -p "require('./services/${UNIT}/manifest.json').port")" \
 && test "${manifest_port}" = "${UNIT_PORT}" \
      || { echo "build arg UNIT_PORT must be ${UNIT}'s manifest port" >&2; exit 1; }
# Pruned: only the unit and the workspace packages it depends on (the kit, the platform), production
# dependencies only (no vitest, codegen, typescript), from the lockfile, offline.
RUN pkg="$(node -p "require('./services/${UNIT}/package.json').name")" \
 && pnpm install --offline --frozen-lockfile --prod --store-dir /pnpm/store --filter "${pkg}..." \
 && mkdir -p /out/services \
 && cp -a node_modules package.json tsconfig.base.json /out/ \
 && cp -a services/platform services/kit "services/${UNIT}" /out/services/ \
 && rm -rf "/out/services/${UNIT}/test"

FROM ${NODE_IMAGE} AS runtime
ARG UNIT
ARG UNIT_PORT
LABEL org.opencontainers.image.title="sesao28 unit ${UNIT}"
ENV NODE_ENV=production \
    UNIT_HOST=0.0.0.0
# tsx runs the TypeScript (a devDependency in the workspace, so it is not in the pruned
# node_modules); pinned to the workspace catalog's version.
RUN npm install -g tsx@4.23.15 && npm cache clean --force
# Owned by root and read-only to the app; tsx's cache goes to /tmp.
COPY --from=build /out /app
WORKDIR /app/services/${UNIT}
USER node
EXPOSE ${UNIT_PORT}
# Liveness: /healthz on the unit's port (UNIT_PORT_<slug> when set, else the manifest's).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "const m=require('./manifest.json');const p=process.env['UNIT_PORT_'+m.slug]||m.port;fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Same as the unit's `start` script; tsx passes SIGTERM on, and the unit stops cleanly.
CMD ["tsx", "src/main.ts"]
