/** esbuild's text loader turns these files into their contents (web/build.mjs). */
declare module '*.graphql' {
  const text: string;
  export default text;
}
declare module '*.css';
