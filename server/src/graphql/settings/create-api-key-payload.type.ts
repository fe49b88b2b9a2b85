import { Field, ObjectType } from 'type-graphql';
import type { ApiKey } from '../../entities/api-key.entity';
import { ApiKeyNode } from './api-key.type';

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => String, { description: 'The key, shown this once and never again: send as Authorization: Bearer <key>' })
  key!: string;

  @Field(() => ApiKeyNode)
  apiKey!: ApiKey;
}
