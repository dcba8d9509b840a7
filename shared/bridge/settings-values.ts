// Plain data without schemas, so the settings panel can list the choices without the schema library.

/** Light, dark, or whatever the OS uses. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** Comfortable rows, or compact ones for drafts with 20–40 mappings. */
export const DENSITIES = ['comfortable', 'compact'] as const;
