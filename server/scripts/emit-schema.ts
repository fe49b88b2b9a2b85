// Writes schema.graphql at the repo root from the code (--check: fail when it is stale).
import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from '../src/graphql/schema';

async function main(): Promise<void> {
  const schema = await createSchema(createPubSub());
  const text = `# Emitted by \`npm run schema:emit -w server\` from the server code. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  const file = join(__dirname, '../../schema.graphql');
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error('schema.graphql is stale: run `npm run schema:emit -w server` and commit it');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
