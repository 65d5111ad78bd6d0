import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.stack/**',
      'artifacts/**',
      'packages/proto/src/generated/**',
      'services/ui/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // The domain model knows nothing of transports, databases or frameworks.
    files: ['packages/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'kafkajs',
            '@elastic/*',
            'cassandra-driver',
            'fastify',
            '@grpc/*',
            'protobufjs',
            'node:http',
            '@spanstream/*',
          ],
        },
      ],
    },
  },
  {
    files: ['packages/storage-*/**/*.ts', 'packages/codec/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['kafkajs', 'fastify', '@grpc/*'] }] },
  },
  {
    files: ['**/*.test.ts', '**/*.int.test.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
