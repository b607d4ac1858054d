// Run before each test file, also where a worker runs many files with one module cache (vitest.config.ts).
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
