/** `npm run docs:rules`: rewrites the rule table in CONTRIBUTING.md from lib/rules/index.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '../lib/rules/table';

writeFileSync('CONTRIBUTING.md', withRulesTable(readFileSync('CONTRIBUTING.md', 'utf8')));
console.log('Wrote the rule table in CONTRIBUTING.md.');
