/** A file's text, as Vite's `?raw` import gives it (the background's copy of highlights.css). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
