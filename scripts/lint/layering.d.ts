import type { Rule } from 'eslint';
export function layerOf(file: string): 'shared' | 'renderer' | 'display' | 'hub' | 'shell' | null;
declare const plugin: { rules: { layering: Rule.RuleModule } };
export default plugin;
