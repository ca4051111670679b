// Vite emits the pdf.js worker as an asset of our own origin and gives its URL.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
