#!/usr/bin/env node
// The `kring` command. TypeScript sources run through tsx's loader, so there is no separate build of the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
