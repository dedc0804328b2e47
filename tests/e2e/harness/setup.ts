// setupFiles entry of vitest.e2e.config.ts: runs in the worker before each test file.
// Each file starts with an empty route table and request log.
import { beforeAll } from 'vitest';
import { clearRequests, clearRoutes } from './client';

beforeAll(async () => {
  await clearRoutes();
  await clearRequests();
});
