import { ObjectType } from 'type-graphql';
import { Actor } from './actor.interface';

@ObjectType({ simpleResolvers: true, implements: Actor, description: 'A state; its id is the ISO 3166-1 alpha-3 code' })
export class Country extends Actor {}
