/** `import css from './x.css?inline'`: the stylesheet's text (minified in the build). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
