import type { RouteMount } from './api-server';
import { importRoutes } from './import-routes';
import { reportRoutes } from './report-csv';

// Plain HTTP routes beside /graphql (file uploads, streaming exports), mounted in order.
export const httpRoutes: RouteMount[] = [importRoutes, reportRoutes];
