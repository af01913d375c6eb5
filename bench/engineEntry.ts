/** What the engine benchmark runs, bundled as the command line and the browser's worker ship the engine. */
export { runScenario } from '../src/engine/run.ts';
export { loadScenario } from '../src/engine/scenario/load.ts';
export { benchScenario } from './scenarios.ts';
