/**
 * GraphiQL served by actorgraph itself, for when Apollo Sandbox (loaded from Apollo's CDN) cannot
 * load. The schema comes from the committed schema.graphql, so GraphiQL works in production mode
 * too, where introspection is off. examples.graphql gives the opening tabs; `?query=` opens one more.
 */
import './monaco-workers';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import '@graphiql/plugin-explorer/style.css';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
import { createRoot } from 'react-dom/client';
import examples from '../../examples.graphql';
import sdl from '../../schema.graphql';
import { exampleTabs } from './example-tabs';
import { fetchGraphQL } from './fetcher';

const explorer = explorerPlugin();
const requested = new URLSearchParams(window.location.search).get('query') ?? undefined;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetchGraphQL}
    schema={buildSchema(sdl)}
    defaultTabs={exampleTabs(examples)}
    initialQuery={requested}
    plugins={[explorer]}
  />,
);
