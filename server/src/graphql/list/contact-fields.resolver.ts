import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Contact } from '../../entities/contact.entity';
import { PhoneNode } from '../recipient/phone.type';
import { ContactNode } from './contact.type';

/** A list contact's numbers as the API shows them: stored JSON carries no `stopped` flag. */
@Resolver(() => ContactNode)
export class ContactFieldsResolver {
  @FieldResolver(() => [PhoneNode], { description: 'In dialing order (priority, then as given)' })
  phones(@Root() contact: Contact): PhoneNode[] {
    return contact.phones
      .map((p, i) => ({ p, i }))
      .sort((a, b) => b.p.priority - a.p.priority || a.i - b.i)
      .map(({ p }) => ({ number: p.number, priority: p.priority, stopped: p.stopped ?? false }));
  }
}
