/**
 * Puts links to /explore and /graphiql at the top of Apollo's landing page: offline, Sandbox
 * (loaded from Apollo's CDN) cannot load, and these pages can.
 */
import type { ApolloServerPlugin, GraphQLServerListener, LandingPage } from '@apollo/server';
import type { Context } from '../../context.type';

const BAR_HEIGHT = '2.4rem';

export function withPageLinks(landingPage: ApolloServerPlugin<Context>): ApolloServerPlugin<Context> {
  return {
    async serverWillStart(service): Promise<GraphQLServerListener> {
      const listener = (await landingPage.serverWillStart?.(service)) ?? {};
      const render = listener.renderLandingPage;
      if (!render) return listener;
      return {
        ...listener,
        async renderLandingPage(): Promise<LandingPage> {
          const { html } = await render.call(listener);
          return { html: async () => addLinks(typeof html === 'string' ? html : await html()) };
        },
      };
    },
  };
}

function addLinks(html: string): string {
  // Apollo's page allows only styles with its nonce (Content-Security-Policy).
  const nonce = /<style nonce=["']?([\w+/=-]+)/.exec(html)?.[1];
  const style = nonce === undefined ? '' : `<style nonce="${nonce}">
  nav.actorgraph-pages { position: relative; z-index: 2; height: ${BAR_HEIGHT}; box-sizing: border-box; padding: .6rem 1rem;
    font: 15px system-ui, sans-serif; background: #fff; border-bottom: 1px solid #ddd; }
  body #embeddableSandbox, body #embeddableExplorer { top: ${BAR_HEIGHT}; height: calc(100vh - ${BAR_HEIGHT}); }
</style>`;
  const nav = `${style}<nav class="actorgraph-pages" aria-label="actorgraph pages">actorgraph: <a href="/explore">Explore the network</a> · <a href="/graphiql">GraphiQL (works offline)</a></nav>`;
  return html.replace(/<body>/, `<body>${nav}`);
}
