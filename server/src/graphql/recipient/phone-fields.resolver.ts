import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RecipientPhone } from '../../entities/recipient-phone.entity';
import type { Context } from '../context';
import { PhoneNode } from './phone.type';

/** What a number's row alone does not say: whether the dialer skips it as do-not-call now. */
@Resolver(() => PhoneNode)
export class PhoneFieldsResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "On a DNC list its campaign honours, in force now: the dialer skips it (the recipient is DNC when every number is). Null for a list contact's number: no campaign yet",
  })
  dnc(@Root() phone: PhoneNode | RecipientPhone, @Ctx() ctx: Context): Promise<boolean> | null {
    return phone instanceof RecipientPhone ? ctx.loaders.phoneDnc.load(phone.id) : null;
  }
}
