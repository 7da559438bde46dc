import { ObjectType } from 'type-graphql';

/** Root of a Relationship: the two actor ids as resolved (a merged-away id means its survivor). */
export interface RelationshipRoot {
  a: string;
  b: string;
}

@ObjectType({ simpleResolvers: true, description: 'Everything between two actors: their interactions, its course over time and its tone' })
export class Relationship {}
