#!/usr/bin/env node
// `npm run sim`: starts the command line from its prebuilt bundle (no transpiling at start), rebuilt first when stale.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.mjs';

await import(pathToFileURL(await ensureBundle()).href);
