// Content script entry: watches X's composers and checks drafts with the engine.
import { analyze } from '../engine/index.js';

// Placeholder until the composer watcher lands: proves the engine loads in the page.
void analyze('');
