import { ObjectType } from 'type-graphql';
import { Actor } from './actor.interface';
import { Article } from './article.type';
import { Connection } from './connection.type';
import { Interaction } from './interaction.type';

@ObjectType({ simpleResolvers: true, description: 'A page of actors' }) export class ActorConnection extends Connection(Actor, 'Actor') {}
@ObjectType({ simpleResolvers: true, description: 'A page of interactions' }) export class InteractionConnection extends Connection(Interaction, 'Interaction') {}
@ObjectType({ simpleResolvers: true, description: 'A page of articles' }) export class ArticleConnection extends Connection(Article, 'Article') {}
