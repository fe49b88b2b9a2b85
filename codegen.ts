import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the console: reads the committed schema and every `graphql(...)`
 * call under web/src, writes web/src/gql (committed, never edited by hand).
 * Run `npm run codegen` after changing an operation or when schema.graphql changes.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', RecipientDate: 'string | number', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
