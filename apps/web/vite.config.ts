import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the single-page app into `dist`, which the server serves with an SPA fallback. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // recharts (for @mantine/charts) and its own dependencies: large, and only the usage pages draw charts.
            { name: 'charts', test: /node_modules[\\/](recharts|es-toolkit|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|redux|react-redux|redux-thunk|immer|reselect|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/ },
            // mantine-datatable with Mantine, so its styles stay after Mantine's in the one stylesheet.
            { name: 'mantine', test: /node_modules[\\/](@mantine|@tabler|@floating-ui|mantine-datatable)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The API runs separately during development; same-origin through the proxy keeps cookies and CSRF simple.
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
