import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/*/tables.ts', './src/domain/*/tables.ts', './seed/tables.ts'],
  out: './migrations',
});
