import { ObjectType } from 'type-graphql';
import { Actor } from './actor.interface';
import { Article } from './article.type';
import { Connection } from './connection.type';
import { Interaction } from './interaction.type';

@ObjectType() export class ActorConnection extends Connection(Actor, 'Actor') {}
@ObjectType() export class InteractionConnection extends Connection(Interaction, 'Interaction') {}
@ObjectType() export class ArticleConnection extends Connection(Article, 'Article') {}
