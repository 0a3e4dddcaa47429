export type Place = 'anywhere' | 'pages' | 'node' | 'electron' | 'tools';
export const DEPENDENCIES: Record<string, readonly Place[]>;
