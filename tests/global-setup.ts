// End-to-end tests spawn the built CLI (node dist/cli.js), exactly what `npm run pipeline` runs.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
