import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    // zod is bundled: as a package it is about a hundred modules (67 of them locales nothing here uses), each
    // resolved and read before the first window; bundled, only the parts Kassa's schemas use are loaded.
    plugins: [externalizeDepsPlugin({ exclude: ['zod'] })],
    build: {
      rollupOptions: {
        // importWorker: the import pipeline's worker thread (src/core/import/jobs.ts loads it next to index.js).
        // reportWorker: report building and rendering (src/core/reports/jobs.ts loads it the same way).
        // demoWorker: demo data generation (src/core/demo/jobs.ts).
        // backupWorker: store backups and restore checks (src/core/backup/jobs.ts).
        // syncWorker: a team sync round (src/core/sync/jobs.ts).
        input: {
          index: resolve('src/main/index.ts'),
          importWorker: resolve('src/core/import/worker.ts'),
          reportWorker: resolve('src/core/reports/worker.ts'),
          demoWorker: resolve('src/core/demo/worker.ts'),
          backupWorker: resolve('src/core/backup/worker.ts'),
          syncWorker: resolve('src/core/sync/worker.ts')
        }
      }
    }
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // Sandboxed preloads cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      // electron-vite leaves the renderer unminified; minified, Chromium has less script to load and compile at start.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') }
    },
    plugins: [vue()]
  }
})
