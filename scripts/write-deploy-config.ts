/** `npm run deploy:config`: writes deploy/nginx.conf from lib/security-headers.ts (a test fails when they drift). */
import { writeFileSync } from 'node:fs';
import { nginxConfig } from '../lib/security-headers';

writeFileSync('deploy/nginx.conf', nginxConfig());
console.log('Wrote deploy/nginx.conf.');
