# The actorgraph API. Build: docker build -t actorgraph .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install, not npm ci: lock files written by npm 11 lack other platforms' optional binaries.
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json examples.graphql schema.graphql ./
COPY src ./src
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# HOST: a container is reached through its own interface, not loopback.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY seeds ./seeds
EXPOSE 4000
RUN mkdir -p /data && chown node:node /data
USER node
CMD ["node", "dist/cli/index.js", "serve", "--seed", "seeds"]
