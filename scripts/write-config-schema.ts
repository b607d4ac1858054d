// Writes pipeline.config.schema.json (editor completion for pipeline.config.json) from src/config.ts.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config.js';
import { scriptArgs } from './script-args.js';

scriptArgs('npm run config:schema', 'Writes pipeline.config.schema.json, the JSON Schema of pipeline.config.json for editor completion, from src/config.ts.', {});

writeFileSync('pipeline.config.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log('wrote pipeline.config.schema.json');
