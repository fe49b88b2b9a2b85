import type { RouteMount } from './api-server';
import { mountImportRejections } from './import-rejections';
import { mountImportUpload } from './import-upload';

/** File imports over plain HTTP: POST /imports (upload), GET /imports/:id/rejections.csv. */
export const importRoutes: RouteMount = (app, deps) => {
  mountImportUpload(app, deps);
  mountImportRejections(app, deps);
};
