/** `npm run deploy:config`: writes deploy/nginx.conf from lib/host-config.ts (a test fails when they drift). */
import { writeFileSync } from 'node:fs';
import { nginxConfig } from '../lib/host-config';

writeFileSync('deploy/nginx.conf', nginxConfig());
console.log('Wrote deploy/nginx.conf.');
