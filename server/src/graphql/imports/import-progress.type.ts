import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportStatus } from '../../imports/import-types';
import './import-enums';

/** A live progress report of one import. */
@ObjectType('ImportProgress')
export class ImportProgressNode {
  @Field(() => ID) importId!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) merged!: number;
  @Field(() => Int) flaggedDnc!: number;
  @Field(() => Int) percent!: number;
  @Field(() => String, { nullable: true }) error?: string | null;
}
