import { buildInfo } from '@spanstream/runtime';

/** What Jaeger's index.html calls JAEGER_VERSION: the same triple as the admin port's `GET /version`. */
export const version = buildInfo();
