import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import type { ImportStatus } from '../../imports/import-types';
import { loadJob } from '../../imports/start-import';
import { requirePrincipal, type Context } from '../context';
import type { ImportProgressPayload } from '../../events/topics';
import { ImportProgressNode } from './import-progress.type';

interface Args {
  importId: string;
}

/** Rows read, imported, rejected and percent of one import, about once a second and at the end. */
@Resolver(() => ImportProgressNode)
export class ImportSubscriptionResolver {
  @Authorized(Permission.READ)
  @Subscription(() => ImportProgressNode, {
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const principal = requirePrincipal(context);
      const job = await loadJob(context.em, principal, args.importId);
      return pipe(
        context.bus.subscribe('IMPORT_PROGRESS'),
        filter((p: ImportProgressPayload) => p.importId === job.id && p.tenantId === principal.tenantId),
      );
    },
  })
  importProgress(@Root() p: ImportProgressPayload, @Arg('importId', () => ID) _importId: string): ImportProgressNode {
    return { ...p, status: p.status as ImportStatus };
  }
}
