// Flat ESLint config: typescript-eslint's recommended rules, tuned for NestJS (decorators, DI constructors).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.dist-*/**', 'node_modules/**', 'coverage/**', 'data/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': 'error',
      // One copy of Luxon in the process: src/common/time/luxon.ts loads the build `cron` loads.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'luxon', allowTypeImports: true, message: 'Import DateTime from src/common/time/luxon.ts.' }],
        },
      ],
    },
  },
  { files: ['src/common/time/luxon.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**', '**/*.cjs', '**/*.mjs'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
