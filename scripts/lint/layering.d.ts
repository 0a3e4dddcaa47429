import type { Rule } from 'eslint';
export type Layer =
  'shared' | 'web' | 'renderer' | 'display' | 'hub' | 'main' | 'preload' | 'city' | 'scripts' | 'tests';
export function layerOf(file: string): Layer | null;
export const LAYERS: Record<Layer, { imports: Layer[]; places: string[]; runtime: string }>;
declare const plugin: { rules: { layering: Rule.RuleModule } };
export default plugin;
