import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'digests/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The chat SDKs belong to the adapters; the core stays platform-neutral.
    files: ['src/**/*.ts'],
    ignores: ['src/chat/discord/**', 'src/chat/slack/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'discord.js', message: 'Only src/chat/discord may import discord.js.' },
        { name: '@slack/bolt', message: 'Only src/chat/slack may import @slack/bolt.' },
        { name: '@slack/web-api', message: 'Only src/chat/slack may import @slack/web-api.' },
      ] }],
    },
  },
);
