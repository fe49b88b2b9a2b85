import { ArrayMaxSize, ArrayMinSize, IsIn } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ApiScope } from '../../domain/auth/role';
import type { CreateApiKeyData } from '../../commands/settings/api-key-data';
import { IsName } from '../common/text-rules';

@InputType()
export class CreateApiKeyInput implements CreateApiKeyData {
  @Field(() => String, { description: 'Who uses it, e.g. "CRM integration"' })
  @IsName(100)
  name!: string;

  @Field(() => [ApiScope], { description: 'What the key may do; at least one' })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayMaxSize(20)
  @IsIn(Object.values(ApiScope), { each: true })
  scopes!: ApiScope[];
}
