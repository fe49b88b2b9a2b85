import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { ImportRejection } from '../../entities/import-job.entity';
import { planImport } from '../../imports/import-plan';
import { ImportStatus } from '../../imports/import-types';
import { BadFileError } from '../../imports/sniff';
import { loadJob, startImport } from '../../imports/start-import';
import { targetRules } from '../../imports/target-rules';
import { requirePrincipal, type Context } from '../context';
import { badInput, conflict } from '../../errors/app-error';
import { ImportOptionsInput, ImportTargetInput } from './import-options.input';
import { ImportJobNode, ImportRejectionNode } from './import-job.type';
import { jobNode, previewNode, toChoices, toTarget } from './import-nodes';
import { ImportPreviewNode } from './import-preview.type';
import { COST } from '../limits/cost-model';

/** File imports: preview an upload (POST /imports), start it, follow it, read its rejections. */
@Resolver(() => ImportJobNode)
export class ImportResolver {
  @Authorized(Permission.RECIPIENTS_WRITE)
  @Query(() => ImportPreviewNode, {
    description: 'Detected format, charset, separator, header and mapping, with the first rows parsed',
    complexity: COST.filePreview,
  })
  async importPreview(
    @Ctx() ctx: Context,
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('target', () => ImportTargetInput) target: ImportTargetInput,
    @Arg('options', () => ImportOptionsInput, { nullable: true }) options?: ImportOptionsInput,
    @Arg('rows', () => Int, { defaultValue: 10 }) rows = 10,
  ): Promise<ImportPreviewNode> {
    const principal = requirePrincipal(ctx);
    const job = await loadJob(ctx.em, principal, uploadId);
    if (job.status !== ImportStatus.UPLOADED || !job.filePath) throw conflict(`Import ${job.id} is ${job.status}; its file is gone`);
    const rules = await targetRules(ctx.em, principal, toTarget(target));
    try {
      return previewNode(
        await planImport(job.filePath, job.fileName, Number(job.fileSize), toChoices(options), rules, Math.min(Math.max(rows, 1), 100)),
      );
    } catch (err) {
      if (err instanceof BadFileError) throw badInput('file', err.message);
      throw err;
    }
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => ImportJobNode, {
    description: 'Starts importing an upload; fails at once (nothing imported) when the file cannot be read as asked',
  })
  async startImport(
    @Ctx() ctx: Context,
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('target', () => ImportTargetInput) target: ImportTargetInput,
    @Arg('options', () => ImportOptionsInput, { nullable: true }) options?: ImportOptionsInput,
    @Arg('force', () => Boolean, {
      defaultValue: false,
      description: 'Import a file already imported into this target (its numbers are then duplicates)',
    })
    force = false,
  ): Promise<ImportJobNode> {
    const job = await startImport(ctx, requirePrincipal(ctx), uploadId, toTarget(target), toChoices(options), force);
    return jobNode(job);
  }

  @Authorized(Permission.READ)
  @Query(() => ImportJobNode)
  async importJob(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ImportJobNode> {
    return jobNode(await loadJob(ctx.em, requirePrincipal(ctx), id));
  }

  @FieldResolver(() => [ImportRejectionNode], { description: 'Rejected rows in file order; all of them: GET rejectionsUrl' })
  async rejections(
    @Root() job: ImportJobNode,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('afterRow', () => Int, { defaultValue: 0 }) afterRow: number,
  ): Promise<ImportRejectionNode[]> {
    const rows = await ctx.em.find(
      ImportRejection,
      { job: job.id, rowNo: { $gt: afterRow } },
      { orderBy: { rowNo: 'asc', id: 'asc' }, limit: Math.min(Math.max(first, 1), 1000) },
    );
    return rows.map((r) => ({ row: r.rowNo, column: r.columnName ?? null, code: r.code, reason: r.reason, line: r.originalLine ?? null }));
  }
}
