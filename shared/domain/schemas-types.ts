// Types inferred from the zod schemas, re-exported under one name so entity types need not import zod.
export type { Pay, DailyHours, Requirements, Benefits, Consent, DisplayConfig, SiteSettings } from './schemas';
export type { PayUnit } from './enums';
