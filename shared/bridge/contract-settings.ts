import * as z from 'zod';
import { DENSITIES, THEMES } from './settings-values';

export { DENSITIES, THEMES };

/** The app settings the UI reads and changes (the host keeps them in its settings store, not in a draft). */
export const AppSettingsSchema = z.object({
  theme: z.enum(THEMES),
  density: z.enum(DENSITIES),
  /** The domain open last, so a reload or a restart reopens it. */
  last_domain_id: z.string().nullable(),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

/** The channels of app settings. */
export const settingsContract = {
  'settings:get': { input: z.object({}), result: AppSettingsSchema },
  'settings:set': {
    input: z.strictObject({ theme: z.enum(THEMES).optional(), density: z.enum(DENSITIES).optional() }),
    result: AppSettingsSchema,
  },
};
