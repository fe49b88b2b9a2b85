import type { RecipientInput } from '@/gql/graphql';

/** "number|number2, name" per line: numbers separated by | are dialed in turn; blank lines are skipped. */
export function parseRecipientLines(text: string): RecipientInput[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [numbers = '', ...rest] = line.split(',');
      const name = rest.join(',').trim();
      return {
        communications: numbers
          .split('|')
          .map((n) => n.trim())
          .filter(Boolean)
          .map((number) => ({ number })),
        ...(name ? { name } : {}),
      };
    });
}
