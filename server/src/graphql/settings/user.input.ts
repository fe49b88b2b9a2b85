import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../../domain/auth/role';
import type { CreateUserData, UpdateUserData } from '../../commands/settings/user-data';
import { IsName } from '../common/text-rules';

const PASSWORD_MESSAGE = 'password must be at least 8 characters';

@InputType()
export class CreateUserInput implements CreateUserData {
  @Field(() => String, { description: 'Login name; unique across the whole installation' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email!: string;

  @Field(() => String)
  @IsName(200)
  name!: string;

  @Field(() => String, { description: 'At least 8 characters' })
  @IsString()
  @Length(8, 200, { message: PASSWORD_MESSAGE })
  password!: string;

  @Field(() => Role)
  @IsIn(Object.values(Role))
  role!: Role;
}

/** Changes only what is given. You cannot disable or demote yourself. */
@InputType()
export class UpdateUserInput implements UpdateUserData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(200)
  name?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled user is signed out at once and cannot sign in' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'At least 8 characters' })
  @IsString()
  @Length(8, 200, { message: PASSWORD_MESSAGE })
  password!: string;
}
