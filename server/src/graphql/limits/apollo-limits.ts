import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { costRefusal } from './cost-model';
import { limitRules, type OperationLimits } from './operation-limits';

/**
 * The operation limits as Apollo Server options: tokens through graphql-js's parser (parsing
 * stops at the limit), depth/aliases/directives as validation rules, and cost once the
 * operation and its variables are known (didResolveOperation, still before execution).
 */
export function apolloLimits<C extends object>(
  limits: OperationLimits,
): Pick<ApolloServerOptions<C>, 'parseOptions' | 'validationRules'> & { plugin: ApolloServerPlugin<C> } {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ request, document, schema }) {
            const refused = costRefusal(schema, document, request.variables, request.operationName, limits);
            // A request error like a validation failure: 400 (Apollo's default for a throw here is 500).
            if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
          },
        };
      },
    },
  };
}
