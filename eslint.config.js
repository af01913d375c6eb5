// Lint rules for the layering of the code base: who may import whom, and a deterministic engine.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: './',
              except: ['./src/engine', './node_modules'],
              message: 'src/engine is self-contained: import nothing from elsewhere in the project.',
            },
            {
              target: ['./src/cli', './src/worker'],
              from: './src/ui',
              message: 'src/cli and src/worker may use src/engine, never src/ui.',
            },
            { target: './src/ui', from: './src/cli', message: 'src/ui may not import src/cli.' },
          ],
        },
      ],
    },
  },
  {
    // The engine must be reproducible: randomness comes from its seeded RNG, time from the simulation clock.
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG of the engine.' },
        { object: 'Date', property: 'now', message: 'Use the simulation clock, not wall time.' },
      ],
    },
  },
);
