# syntax=docker/dockerfile:1
# One Spanstream image, one entry point per component:
#   docker run spanstream:dev all-in-one | collector | ingester | query  [--flags…]
# Node 24 runs the TypeScript sources directly (type stripping); only the UI and the collector are built
# (the collector runs as a JavaScript bundle: no type stripper in memory, see docs/adr/0042-collector-bundle-with-v8-flags.md).
# Usage with testcontainers: see docs/backing-services.md ("With Docker").

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
# Every dependency (dev ones too) to build the UI bundle. The node@24 devDependency is not needed: the
# base image is Node 24, and without its install script its .bin/node shim would shadow the real one.
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && rm -f node_modules/.bin/node \
 && npm run build -w @spanstream/ui --if-present \
 && node services/collector/scripts/ensure-built.ts

FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY --from=build /app /app
# Production dependencies only; workspace packages stay symlinks into packages/ and services/.
RUN rm -rf node_modules \
 && npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && npm cache clean --force

FROM node:24-bookworm-slim
# Reported by every process's admin `GET /version` and the UI's About menu (docker build --build-arg).
ARG SPANSTREAM_GIT_COMMIT=""
ARG SPANSTREAM_BUILD_DATE=""
ENV NODE_ENV=production \
    SPANSTREAM_GIT_COMMIT=$SPANSTREAM_GIT_COMMIT \
    SPANSTREAM_BUILD_DATE=$SPANSTREAM_BUILD_DATE
WORKDIR /app
COPY --from=runtime-deps --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=runtime-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=runtime-deps --chown=node:node /app/packages ./packages
COPY --from=runtime-deps --chown=node:node /app/services ./services
COPY --from=runtime-deps --chown=node:node /app/schemas ./schemas
USER node
# Started from the repository, every listener binds 127.0.0.1 (docs/security.md). In a container that
# would be unreachable, so the image asks for every interface explicitly (Jaeger's `:port` form);
# override any of these with -e or a flag. The admin port differs per binary: set in the entry point.
ENV COLLECTOR_OTLP_GRPC_HOST_PORT=:4317 \
    COLLECTOR_OTLP_HTTP_HOST_PORT=:4318 \
    COLLECTOR_GRPC_SERVER_HOST_PORT=:14250 \
    COLLECTOR_HTTP_SERVER_HOST_PORT=:14268 \
    COLLECTOR_ZIPKIN_HOST_PORT=:9411 \
    COLLECTOR_SAMPLING_HTTP_HOST_PORT=:5778 \
    QUERY_HTTP_SERVER_HOST_PORT=:16686 \
    QUERY_GRPC_SERVER_HOST_PORT=:16685 \
    PROCESSOR_JAEGER_COMPACT_SERVER_HOST_PORT=:6831 \
    PROCESSOR_JAEGER_BINARY_SERVER_HOST_PORT=:6832 \
    PROCESSOR_ZIPKIN_COMPACT_SERVER_HOST_PORT=:5775 \
    HTTP_SERVER_HOST_PORT=:5778
# OTLP gRPC/HTTP, Jaeger gRPC/Thrift HTTP, Zipkin, collector admin, query UI/API, query gRPC, query admin, ingester admin
EXPOSE 4317 4318 14250 14268 9411 14269 16686 16685 16687 14270
# Agent (and all-in-one) UDP Thrift: compact, binary, old compact; agent admin
EXPOSE 6831/udp 6832/udp 5775/udp 14271
# The collector runs with 4 MiB semi-spaces (young generation ~12 MiB instead of V8's up to 128 MiB on
# a large host) and an old generation that grows by 50 % per major GC (V8 lets it grow up to 4x):
# ~120 MiB RSS at a steady 10k spans/s instead of 150-190 MiB (docs/performance.md, collector; ADR 0042).
# The ingester (16 MiB semi-space, growth 100 %) and query (16 MiB, 50 %) too, ADR 0105: a 200k-span drain peaks at ~275 MiB instead of ~500 MiB,
# a 10k-span trace read at ~290 MiB instead of ~500 MiB.
ENTRYPOINT ["/bin/sh", "-c", "case \"$0\" in collector|all-in-one) admin=:14269 ;; query) admin=:16687 ;; ingester) admin=:14270 ;; agent) admin=:14271 ;; jobs) admin=:14272 ;; aggregator) admin=:14273 ;; esac; export ADMIN_HTTP_HOST_PORT=\"${ADMIN_HTTP_HOST_PORT:-$admin}\"; case \"$0\" in collector) exec node --max-semi-space-size=4 --heap-growing-percent=50 services/collector/dist/main.js \"$@\" ;; ingester) exec node --max-semi-space-size=8 --heap-growing-percent=100 services/ingester/src/main.ts \"$@\" ;; query) exec node --max-semi-space-size=8 --heap-growing-percent=50 services/query/src/main.ts \"$@\" ;; agent) exec node --max-semi-space-size=4 --heap-growing-percent=50 services/agent/src/main.ts \"$@\" ;; all-in-one|aggregator) exec node \"services/$0/src/main.ts\" \"$@\" ;; jobs) exec node services/jobs/src/main.ts \"$@\" ;; *) echo \"usage: <all-in-one|collector|ingester|query|agent|jobs|aggregator> [flags]\" >&2; exit 64 ;; esac"]
CMD ["all-in-one"]
