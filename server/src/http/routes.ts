import type { RouteMount } from './api-server';

// Plain HTTP routes beside /graphql (file uploads, streaming exports), mounted in order.
export const httpRoutes: RouteMount[] = [];
