// Vite builds the two front ends from client/: the staff console and the citizen form, each its
// own HTML entry and chunks, into dist/client (served by server/main.ts).
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import solid from 'vite-plugin-solid'
import { formSizeReport } from './client/form/size-report-plugin'

const root = resolve(import.meta.dirname, 'client')
const api = 'http://localhost:3000'

/** In dev, every console page (/, /programs/1, ...) answers the console's HTML, as the server does. */
function consoleFallback(): Plugin {
  return {
    name: 'console-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const accept = req.headers.accept ?? ''
        const path = (req.url ?? '/').split('?')[0]!
        const proxied = path.startsWith('/api/') || path.startsWith('/s/') || path.startsWith('/@')
        if (
          req.method === 'GET' &&
          accept.includes('text/html') &&
          !proxied &&
          !path.includes('.')
        ) {
          req.url = '/console/index.html'
        }
        next()
      })
    },
  }
}

export default defineConfig({
  root,
  base: '/',
  plugins: [
    solid(),
    consoleFallback(),
    formSizeReport({ entry: 'form', serviceWorker: 'form-sw', limitKb: 30 }),
  ],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/s/': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    rolldownOptions: {
      input: {
        console: resolve(root, 'console/index.html'),
        form: resolve(root, 'form/index.html'),
        // At a fixed address (a service worker's URL must not change between builds).
        'form-sw': resolve(root, 'form/offline/service-worker.ts'),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'form-sw' ? 'form-sw.js' : 'assets/[name]-[hash].js',
      },
    },
  },
})
