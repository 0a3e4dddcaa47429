// PLACEHOLDER demo seed (a few records) until the full Shijiazhuang hall lands.
import type { Hub } from '../hub';
export function seedDemoIfEmpty(_hub: Hub): void {}
