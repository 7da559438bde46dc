import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind, InteractionType } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { ActorKindEnum, InteractionTypeEnum } from './enums';

@ObjectType({ simpleResolvers: true, description: 'An actor of a network' })
export class NetworkNode {
  @Field(() => ID, { description: 'Actor id' }) id!: string;
  @Field({ description: 'Canonical name of the actor' }) name!: string;
  @Field(() => ActorKindEnum, { description: 'Person, country or organization' }) kind!: ActorKind;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A link between two actors: undirected for CALL, MEETING, TALKS, CONSULTATION and STATEMENT; '
    + 'directed from initiator to recipient for APPEAL, CRITICISM, ATTACK and AID (one edge per direction)',
})
export class NetworkEdge {
  @Field(() => ID, { description: 'Actor id: the initiator of a directed edge, else the smaller id of the pair' }) source!: string;
  @Field(() => ID, { description: 'Actor id: the recipient of a directed edge, else the larger id of the pair' }) target!: string;
  @Field({ description: 'True when the edge goes from an initiator (source) to a recipient (target)' }) directed!: boolean;
  @Field(() => Int, { description: 'Distinct interactions behind this edge' }) weight!: number;
  @Field(() => [InteractionTypeEnum], { description: 'Interaction types behind this edge, sorted' }) types!: InteractionType[];
  @Field(() => DateScalar, { nullable: true, description: 'Date of the oldest dated interaction behind this edge; null when none is dated' }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the newest dated interaction behind this edge; null when none is dated' }) lastDate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and edges ready for a visualisation' })
export class Network {
  @Field(() => [NetworkNode], { description: 'Actors, nearest to the center (or most connected) first' }) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge], { description: 'Edges among the nodes, heaviest first' }) edges!: NetworkEdge[];
}
