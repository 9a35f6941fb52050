import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import layers from './eslint/layers.js'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.native/**', 'test-results/**', 'dist/**', 'test/fixtures/layers/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    // The layer map (eslint/layer-map.js): no import reaches up, across siblings, or into Electron from core.
    files: ['src/**/*.{ts,vue,js,mjs}', 'test/fixtures/layers/**/*.ts'],
    plugins: { kassa: { rules: { layers } } },
    rules: { 'kassa/layers': 'error' }
  },
  prettier
)
