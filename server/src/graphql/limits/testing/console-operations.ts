import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The console's operations as codegen compiled them (web/src/gql/graphql.ts), for tests that
 * check the server's defaults against what the console really sends. Test support only.
 */
export function consoleOperations(): Array<{ name: string; document: DocumentNode }> {
  const file = readFileSync(join(__dirname, '../../../../../web/src/gql/graphql.ts'), 'utf8');
  const found: Array<{ name: string; document: DocumentNode }> = [];
  for (const m of file.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    const document = JSON.parse(m[2] ?? '{}') as DocumentNode;
    if (document.definitions.some((d) => d.kind === 'OperationDefinition')) found.push({ name: m[1] ?? '', document });
  }
  return found;
}

/** A value of this input type; `first` at its largest allowed (500), so costs are the worst case. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f.type, f.name);
    return out;
  }
  if (named.name === 'Int') return name === 'first' ? 500 : 1;
  if (named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  if (named.name === 'DateTimeISO') return new Date(0).toISOString();
  return 'x';
}

/** Variables for an operation: every variable given a value of its type. */
export function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const vars: Record<string, unknown> = {};
  for (const v of op?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (type) vars[v.variable.name.value] = sample(type, v.variable.name.value);
  }
  return vars;
}
