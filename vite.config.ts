import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * pdf.js reads the character maps of CJK fonts that a PDF does not embed, and the standard 14 fonts, from URLs: they
 * are served from our own origin (/pdfjs/…) like its worker, which Vite emits as an asset — never from a CDN.
 */
function pdfjsResources(): Plugin {
  let outDir = '';
  return {
    name: 'courtflow-pdfjs-resources',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    writeBundle() {
      const from = path.resolve('node_modules/pdfjs-dist');
      for (const dir of ['cmaps', 'standard_fonts']) cpSync(path.join(from, dir), path.join(outDir, 'pdfjs', dir), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), pdfjsResources()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
